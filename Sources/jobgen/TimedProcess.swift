import Dispatch
import Foundation

/// A helper program run for its standard output, given up on after a time limit (a Slurm client
/// whose controller is unreachable retries for a minute).
enum TimedProcess {
    /// What `executable` prints, or nil when it cannot start, fails or runs past `seconds`.
    static func output(
        of executable: String, _ arguments: [String], environment: [String: String]? = nil, seconds: Int
    ) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do { try process.run() } catch { return nil }
        // Read while it runs: output larger than the pipe's buffer would otherwise block it.
        let data = LockedData()
        DispatchQueue.global().async {
            data.set(output.fileHandleForReading.readDataToEndOfFile())
        }
        if finished.wait(timeout: .now() + .seconds(seconds)) == .timedOut {
            process.terminate()
            finished.wait()
            return nil
        }
        guard process.terminationStatus == 0, let bytes = data.wait() else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The output, handed from the reading thread.
    private final class LockedData: @unchecked Sendable {
        private var data: Data?
        private let ready = DispatchSemaphore(value: 0)

        func set(_ data: Data) {
            self.data = data
            ready.signal()
        }

        func wait() -> Data? {
            ready.wait()
            return data
        }
    }
}
