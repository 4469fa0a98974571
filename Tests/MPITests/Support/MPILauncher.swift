import Foundation
import Testing

/// What one `mpirun` launch produced.
struct LaunchResult {
    let command: String
    let exitCode: Int32
    let timedOut: Bool
    let standardOutput: String
    let standardError: String

    /// Everything a failing test should show: the command, exit status and both streams.
    var transcript: String {
        """
        $ \(command)
        exit code: \(exitCode)\(timedOut ? " (killed after timeout)" : "")
        --- stdout ---
        \(standardOutput)
        --- stderr ---
        \(standardError)
        """
    }
}

/// Launches executables of this package under the system's real `mpirun`, oversubscribed and
/// allowed to run as root, with a hard timeout so that no test can hang.
enum MPILauncher {
    /// The build directory holding `jobgen-mpi` and `mpi-probe`: the test bundle lives in the
    /// same `.build/<triple>/debug` directory as the package's executables.
    static let productsDirectory: URL = {
        let testBinary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let candidates = [
            testBinary.deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            Bundle.main.bundleURL,
        ]
        return candidates.first {
            FileManager.default.isExecutableFile(atPath: $0.appendingPathComponent("jobgen-mpi").path)
        } ?? candidates[0]
    }()

    /// Environment for mpirun: root allowed (CI containers run as root) and oversubscription.
    static var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["OMPI_ALLOW_RUN_AS_ROOT"] = "1"
        environment["OMPI_ALLOW_RUN_AS_ROOT_CONFIRM"] = "1"
        environment["OMPI_MCA_rmaps_base_oversubscribe"] = "1"
        return environment
    }

    /// Runs `executable arguments...` on `ranks` processes and waits at most `timeout` seconds;
    /// past it, mpirun (and with it every rank) is terminated, then killed.
    static func run(
        ranks: Int, _ executable: String, _ arguments: [String], timeout: TimeInterval = 120,
        extraEnvironment: [String: String] = [:]
    ) throws -> LaunchResult {
        let program = productsDirectory.appendingPathComponent(executable).path
        let mpirunArguments = ["--oversubscribe", "-n", String(ranks), program] + arguments
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("mpitests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outputURL = scratch.appendingPathComponent("stdout")
        let errorURL = scratch.appendingPathComponent("stderr")
        for url in [outputURL, errorURL] {
            guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
            }
        }
        let output = try FileHandle(forWritingTo: outputURL)
        let error = try FileHandle(forWritingTo: errorURL)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["mpirun"] + mpirunArguments
        process.environment = environment.merging(extraEnvironment) { _, extra in extra }
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()

        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline {
            usleep(20_000)
        }
        let timedOut = process.isRunning
        if timedOut {
            process.terminate()
            let grace = Date().addingTimeInterval(5)
            while process.isRunning && Date() < grace { usleep(20_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        process.waitUntilExit()
        try output.close()
        try error.close()
        return LaunchResult(
            command: "mpirun " + mpirunArguments.joined(separator: " "),
            exitCode: timedOut ? -1 : process.terminationStatus,
            timedOut: timedOut,
            standardOutput: try String(contentsOf: outputURL, encoding: .utf8),
            standardError: try String(contentsOf: errorURL, encoding: .utf8))
    }
}

/// The processor name OpenMPI reports for this machine: `gethostname()` with any domain part
/// removed (OpenMPI's default, `opal_keep_fqdn_hostnames=false`).
var localHostName: String {
    var buffer = [CChar](repeating: 0, count: 256)
    guard gethostname(&buffer, buffer.count - 1) == 0 else { return "" }
    let name = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return name.split(separator: ".").first.map(String.init) ?? name
}
