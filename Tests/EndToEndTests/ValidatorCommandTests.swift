import Foundation
import JobGenKit
import Testing

/// `jobgen validate` as a user runs it: the built binary, real files, stdin, exit statuses.
@Suite("jobgen validate command")
struct ValidatorCommandTests {
    /// The built `jobgen` binary.
    static let jobgen = URL(fileURLWithPath: JobGenBinary.jobgen)
    static let good = "#!/bin/bash\n#SBATCH --time=10 --ntasks=2\nsrun hostname\n"
    static let warned = "#!/bin/bash\n#SBATCH --job-n=x\nhostname\n"
    static let bad = "#!/bin/bash\n#SBATCH --ntask=2\nhostname\n"

    struct JSONDiagnostic: Decodable {
        var file: String
        var line: Int
        var column: Int
        var severity: String
        var rule: String
        var message: String
        var hint: String
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func run(_ arguments: [String], stdin: [UInt8] = [], environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = Self.jobgen
        process.arguments = ["validate"] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let input = Pipe()
        let output = Pipe()
        let error = Pipe()
        (process.standardInput, process.standardOutput, process.standardError) = (input, output, error)
        try process.run()
        input.fileHandleForWriting.write(Data(stdin))
        try input.fileHandleForWriting.close()
        // Small outputs: reading after exit cannot dead-lock on a full pipe at these sizes.
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self))
    }

    func directory(_ files: [String: String]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "jobgen-validate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files {
            let url = dir.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return dir
    }

    @Test(
        arguments: [
            (good, [], 0), (warned, [], 0), (warned, ["--strict"], 1), (bad, [], 1),
        ] as [(String, [String], Int32)])
    func exitStatusFollowsTheWorstFinding(_ script: String, _ flags: [String], _ status: Int32) throws {
        let result = try run(flags + ["-"], stdin: Array(script.utf8))
        #expect(result.status == status, "\(result.stdout)\(result.stderr)")
    }

    @Test func textFormatNamesFileLineColumnSeverityAndCodeWithAHint() throws {
        let dir = try directory(["job.sh": Self.bad])
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("job.sh").path
        let result = try run([path], environment: ["NO_COLOR": "1"])
        #expect(result.stdout.hasPrefix("\(path):2:9: error: ambiguous option '--ntask' on line 2"))
        #expect(result.stdout.contains("[JG402]\n  hint: write the full name"))
        #expect(!result.stdout.contains("\u{1B}["), "no colour when stdout is not a terminal")
        #expect(result.stderr.contains("1 error, 0 warnings in 1 file"))
    }

    @Test(
        "colour only on a terminal, and never with NO_COLOR",
        .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")),
        arguments: [("", true), ("1", false)])
    func colourOnATerminal(_ noColor: String, _ coloured: Bool) throws {
        let dir = try directory(["job.sh": Self.bad])
        defer { try? FileManager.default.removeItem(at: dir) }
        // util-linux `script` runs the command on a pseudo-terminal.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = [
            "-qc", "\(Self.jobgen.path) validate \(dir.appendingPathComponent("job.sh").path)", "/dev/null",
        ]
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = noColor
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(text.contains("\u{1B}[1;31merror\u{1B}[0m") == coloured, "\(text)")
        #expect(text.contains("error: ambiguous option '--ntask'") == !coloured, "\(text)")
    }

    @Test func jsonFormatIsAnArrayOfDiagnostics() throws {
        let result = try run(["--format", "json", "-"], stdin: Array(Self.bad.utf8))
        let parsed = try JSONDecoder().decode([JSONDiagnostic].self, from: Data(result.stdout.utf8))
        let first = try #require(parsed.first)
        #expect(first.file == "-" && first.line == 2 && first.column == 9)
        #expect(first.severity == "error" && first.rule == "JG402")
        #expect(first.message.contains("--ntask") && !first.hint.isEmpty)
        let empty = try run(["--format", "json", "-"], stdin: Array(Self.good.utf8))
        #expect(empty.stdout == "[]\n" && empty.status == 0)
    }

    @Test func gccFormatIsOneLinePerFinding() throws {
        let result = try run(["--format=gcc", "-"], stdin: Array(Self.bad.utf8))
        #expect(
            result.stdout
                == "-:2:9: error: ambiguous option '--ntask' on line 2: it could be --ntasks, --ntasks-per-core, --ntasks-per-gpu, --ntasks-per-node, --ntasks-per-socket, --ntasks-per-tres [JG402]\n"
        )
    }

    @Test func directoriesAreSearchedForScripts() throws {
        let dir = try directory(["a.sh": Self.good, "sub/b.sbatch": Self.bad, "notes.txt": Self.bad])
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try run(["--format", "gcc", dir.path])
        #expect(result.status == 1)
        #expect(result.stdout.split(separator: "\n").count == 1)
        #expect(result.stdout.hasPrefix(dir.appendingPathComponent("sub/b.sbatch").path + ":2:9:"))
    }

    @Test func extensionlessBatchScriptsInDirectoriesAreFound() throws {
        let dir = try directory([
            "submit": Self.bad, "README": "plain notes\n#SBATCH --ntask=2\n", "run": "#!/bin/sh\necho\n",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try run(["--format", "gcc", dir.path])
        #expect(result.status == 1)
        #expect(result.stdout.split(separator: "\n").count == 1, "\(result.stdout)")
        #expect(result.stdout.hasPrefix(dir.appendingPathComponent("submit").path + ":2:9:"))
    }

    @Test(arguments: [
        (["--format", "xml", "-"], "invalid value 'xml' for --format"),
        (["-", "--format"], "missing value for '--format <text|json|gcc>'; see 'jobgen validate --help'"),
        (["--explain"], "missing value for '--explain <CODE>'"),
        (["--bogus", "-"], "unknown option '--bogus'; see 'jobgen validate --help'"),
        ([String](), "no script given"),
        (["/nonexistent/job.sh"], "cannot read '/nonexistent/job.sh'"),
        (["--explain", "JG999"], "unknown rule code 'JG999'"),
        (["--slurm-version", "22", "-"], "invalid value '22' for --slurm-version"),
        (["-", "--slurm-version"], "missing value for '--slurm-version <X.Y>'"),
    ])
    func usageAndInputFailuresExitWith2(_ arguments: [String], _ message: String) throws {
        let result = try run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    static let newerOption = "#!/bin/bash\n#SBATCH --segment=2\nhostname\n"

    /// A script with --segment (Slurm 24.05) under each target: exit status 1 before 24.05.
    static let versionCases: [([String], Int32)] = [
        (["--slurm-version", "22.05"], 1), (["--slurm-version=23.11"], 1), (["--slurm-version", "24.05"], 0),
        (["--slurm-version", "25.05.1"], 0),
    ]

    @Test(arguments: versionCases)
    func slurmVersionSetsTheTarget(_ flags: [String], _ status: Int32) throws {
        let result = try run(flags + ["--format", "gcc", "-"], stdin: Array(Self.newerOption.utf8))
        #expect(result.status == status, "\(result.stdout)\(result.stderr)")
        if status == 1 { #expect(result.stdout.contains("needs Slurm 24.05")) }
    }

    /// Without --slurm-version and without sbatch on PATH, the target is the newest Slurm.
    @Test func withoutSbatchTheTargetIsTheNewestSlurm() throws {
        let result = try run(
            ["-"], stdin: Array(Self.newerOption.utf8), environment: ["PATH": "/nonexistent"])
        #expect(result.status == 0, "\(result.stdout)")
    }

    /// Without --slurm-version, the target is the release of the sbatch on PATH.
    @Test(.needsLocalCluster) func theTargetIsTheSbatchOnPath() throws {
        let answer = try Command.run(
            "sbatch", ["--version"], input: "", environment: LocalCluster.environment, timeout: .seconds(30))
        let installed = try #require(
            SlurmVersion(answer.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))
        let result = try run(["--format", "gcc", "-"], stdin: Array(Self.newerOption.utf8))
        #expect(result.status == (installed < .v24_05 ? 1 : 0), "\(result.stdout)")
        if installed < .v24_05 { #expect(result.stdout.contains("sbatch \(installed) stops")) }
    }

    @Test func explainPrintsTheRulePage() throws {
        let result = try run(["--explain", "jg201"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("## JG201\n\n**#SBATCH after the first command**"))
    }

    @Test("arbitrary bytes on stdin never crash it", arguments: 0..<8)
    func arbitraryBytes(_ seed: Int) throws {
        var state = UInt64(seed + 1) &* 0x9E37_79B9_7F4A_7C15
        let bytes = (0..<4096).map { _ -> UInt8 in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 33)
        }
        let result = try run(
            ["-"], stdin: (seed.isMultiple(of: 2) ? Array("#!/bin/bash\n#SBATCH ".utf8) : []) + bytes)
        #expect(result.status == 0 || result.status == 1, "\(result.stderr)")
    }
}
