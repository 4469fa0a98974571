import Foundation

/// One run of the real `sbatch` on a checked script.
struct SbatchSubmission {
    enum Source {
        /// Script text, fed on sbatch's standard input.
        case text(String)
        /// A script file, passed by path so sbatch names the job after it.
        case file(String)
    }

    let source: Source
    let options: SubmitOptions

    /// sbatch's arguments: ours, then the user's extras, then the script path if any.
    var arguments: [String] {
        var arguments = options.testOnly ? ["--test-only"] : ["--parsable"]
        if options.wait { arguments.append("--wait") }
        arguments += options.sbatchArguments
        if case .file(let path) = source { arguments.append(path) }
        return arguments
    }

    /// Runs sbatch: prints the job id as soon as sbatch reports it, passes sbatch's messages on,
    /// and returns the exit code jobgen should end with (with --wait: the job's).
    func run() throws -> Int32 {
        guard let sbatch = Self.executable(named: "sbatch") else {
            throw Failure(
                message: "sbatch was not found on PATH; jobgen submit needs Slurm's client commands "
                    + "(Debian: apt-get install slurm-client), or pipe the script yourself: jobgen distributed | sbatch",
                code: 69)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: sbatch)
        process.arguments = arguments
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        // sbatch's own messages (errors, --test-only's answer) go straight to our stderr.
        process.standardError = FileHandle.standardError
        do { try process.run() } catch {
            throw Failure.internalError("could not start \(sbatch): \(error.localizedDescription)")
        }
        if case .text(let text) = source { input.fileHandleForWriting.write(Data(text.utf8)) }
        try? input.fileHandleForWriting.close()

        var jobID: String?
        var pending = Data()
        while true {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            pending.append(chunk)
            while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: pending[..<newline], as: UTF8.self)
                pending.removeSubrange(...newline)
                // --parsable prints "id" or "id;cluster" when the job is accepted.
                let id = line.split(separator: ";").first.map(String.init) ?? line
                if jobID == nil, !id.isEmpty, id.allSatisfy(\.isNumber) {
                    jobID = id
                    FileHandle.standardOutput.write(Data("\(id)\n".utf8))
                } else {
                    FileHandle.standardOutput.write(Data("\(line)\n".utf8))
                }
            }
        }
        if !pending.isEmpty { FileHandle.standardOutput.write(pending) }
        process.waitUntilExit()
        let status = process.terminationStatus

        if options.testOnly {
            guard status == 0 else {
                throw Failure(
                    message:
                        "the controller would not accept this job (sbatch --test-only exited \(status); its message is above)",
                    code: 69)
            }
            return 0
        }
        guard let jobID else {
            throw Failure(
                message:
                    "sbatch refused the job (exit \(status); its message is above); nothing was submitted",
                code: 69)
        }
        if options.wait && status != 0 {
            Console.warning("job \(jobID) ended with exit code \(status)")
        }
        return options.wait ? status : 0
    }

    /// The first executable called `name` on PATH.
    static func executable(named name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":", omittingEmptySubsequences: true) {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// A warning for every SBATCH_* environment variable: sbatch lets them override the script.
    static func environmentOverrideWarnings() -> [String] {
        ProcessInfo.processInfo.environment.keys.filter { $0.hasPrefix("SBATCH_") }.sorted().map { name in
            "\(name) is set in the environment and overrides the script's matching #SBATCH directive "
                + "(sbatch: command line > SBATCH_* > #SBATCH); unset it to use the script's value"
        }
    }
}
