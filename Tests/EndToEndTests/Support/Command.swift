import Foundation

/// What a finished (or timed-out) command left behind.
struct CommandResult: Sendable {
    var command: [String]
    var status: Int32
    var stdout: String
    var stderr: String
    var timedOut: Bool

    /// A readable account for failure messages.
    var report: String {
        var text =
            "$ \(command.joined(separator: " "))\nexit status: \(status)\(timedOut ? " (killed: timed out)" : "")\n"
        if !stdout.isEmpty { text += "--- stdout ---\n\(stdout)\n" }
        if !stderr.isEmpty { text += "--- stderr ---\n\(stderr)\n" }
        return text
    }
}

struct CommandError: Error, CustomStringConvertible {
    var description: String
}

/// Runs real programs with a time limit; output goes through files, so a chatty child never blocks.
enum Command {
    /// Runs `executable` (looked up in PATH) with `arguments`, feeding `input` on stdin.
    /// After `timeout` the process is terminated (then killed) and `timedOut` is set.
    static func run(
        _ executable: String,
        _ arguments: [String],
        input: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        workingDirectory: URL? = nil,
        timeout: Duration = .seconds(120)
    ) throws -> CommandResult {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("jobgen-cmd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        let inURL = scratch.appendingPathComponent("stdin")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        try Data((input ?? "").utf8).write(to: inURL)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + arguments
        process.environment = environment
        if let workingDirectory { process.currentDirectoryURL = workingDirectory }
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let inHandle = try FileHandle(forReadingFrom: inURL)
        defer {
            try? out.close()
            try? err.close()
            try? inHandle.close()
        }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inHandle
        try process.run()

        let deadline = ContinuousClock.now + timeout
        var timedOut = false
        while process.isRunning {
            if ContinuousClock.now >= deadline {
                timedOut = true
                process.terminate()
                let grace = ContinuousClock.now + .seconds(5)
                while process.isRunning && ContinuousClock.now < grace { usleep(20_000) }
                if process.isRunning { kill(process.processIdentifier, SIGKILL) }
                break
            }
            usleep(20_000)
        }
        process.waitUntilExit()
        let stdout = (try? String(contentsOf: outURL, encoding: .utf8)) ?? ""
        let stderr = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
        return CommandResult(
            command: [executable] + arguments, status: process.terminationStatus,
            stdout: stdout, stderr: stderr, timedOut: timedOut)
    }
}
