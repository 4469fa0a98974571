import Foundation

/// Runs the `jobgen` executable built beside this test bundle.
struct JobGenProcess {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The directory holding the `jobgen` under test and the `jobgen-mpi` beside it:
    /// `JOBGEN_BIN_DIR` when set (scripts/test points it at the release build for a second pass),
    /// else the build directory holding this test bundle.
    static let buildDirectory: URL = {
        if let directory = ProcessInfo.processInfo.environment["JOBGEN_BIN_DIR"], !directory.isEmpty {
            return URL(fileURLWithPath: directory).resolvingSymlinksInPath()
        }
        let exe =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        var directory = URL(fileURLWithPath: exe).deletingLastPathComponent()
        while !FileManager.default.isExecutableFile(atPath: directory.appendingPathComponent("jobgen").path),
            directory.path != "/"
        {
            directory.deleteLastPathComponent()
        }
        return directory
    }()

    static let executable = buildDirectory.appendingPathComponent("jobgen")

    static func run(
        _ arguments: [String], in directory: URL? = nil, executable: URL = executable,
        environment: [String: String] = [:]
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    static func golden(_ name: String) throws -> String {
        let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        return try String(
            contentsOf: tests.appendingPathComponent("JobGenKitTests/Golden/\(name)"), encoding: .utf8)
    }

    /// One of the Alliance wiki's seed scripts in `Tests/Fixtures/seed/`.
    static func seed(_ name: String) throws -> String {
        let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        return try String(
            contentsOf: tests.appendingPathComponent("Fixtures/seed/\(name)"), encoding: .utf8)
    }

    static func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "jobgen-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }
}
