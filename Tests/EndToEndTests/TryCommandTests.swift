import Foundation
import Testing

/// `jobgen try` against the local cluster's real salloc and srun: the script runs in a short
/// allocation of its own shape, and nothing is left in the queue however the try ends.
@Suite(.needsLocalCluster)
struct TryCommandTests {
    /// A folder with `files` in it, removed after `body`.
    static func inFolder<T>(_ files: [String: String], _ body: (URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jobgen-try-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return try body(folder)
    }

    static func jobgenTry(
        _ arguments: [String], in folder: URL, environment: [String: String] = LocalCluster.environment
    ) throws -> CommandResult {
        try Command.run(
            JobGenBinary.jobgen, ["try"] + arguments, environment: environment, workingDirectory: folder,
            timeout: .seconds(180))
    }

    /// The jobs of this name the controller still has pending or running.
    static func queued(named name: String, environment: [String: String] = LocalCluster.environment) throws
        -> String
    {
        try Command.run("squeue", ["-h", "-n", name, "-o", "%i %T"], environment: environment).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Waits until no job of this name is queued (a released allocation takes a moment to end).
    static func queueEmpties(of name: String, environment: [String: String] = LocalCluster.environment) throws
        -> String
    {
        var left = try queued(named: name, environment: environment)
        for _ in 0..<50 where !left.isEmpty {
            usleep(200_000)
            left = try queued(named: name, environment: environment)
        }
        return left
    }

    static let multiNode = """
        #!/bin/bash
        #SBATCH --time=01:00:00
        #SBATCH --nodes=2
        #SBATCH --ntasks-per-node=2
        #SBATCH --mem-per-cpu=400M
        #SBATCH --output=never-%j.out
        #SBATCH --mail-type=END
        echo "script: job=$SLURM_JOB_ID ntasks=$SLURM_NTASKS nnodes=$SLURM_NNODES step=${SLURM_STEP_ID-none} node=$SLURMD_NODENAME"
        srun bash -c 'echo "task $SLURM_PROCID of $SLURM_NTASKS"'

        """

    @Test("a passing script runs on the first node with the job's environment; its srun gets the whole allocation")
    func passingScript() throws {
        try Self.inFolder(["job.sh": Self.multiNode]) { folder in
            let result = try Self.jobgenTry(["job.sh"], in: folder)
            #expect(result.status == 0, Comment(rawValue: result.report))
            #expect(result.stdout.contains("ntasks=4 nnodes=2 step=none node=n1"), Comment(rawValue: result.report))
            let tasks = result.stdout.split(separator: "\n").filter { $0.hasPrefix("task ") && $0.hasSuffix(" of 4") }
            #expect(tasks.count == 4, Comment(rawValue: result.report))
            #expect(result.stderr.contains("left out --output=never-%j.out: salloc has no --output"))
            #expect(result.stderr.contains("left out --mail-type=END: a try sends no mail"))
            #expect(result.stderr.contains("time limit 10 minute(s) (the script asks 01:00:00)"))
            let written = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            #expect(written == ["job.sh"], "the try's output goes to the terminal, not to --output's file")
        }
    }

    @Test("a failing body's exit code is the try's", arguments: [Int32(3), 42])
    func failingBody(code: Int32) throws {
        let script = "#!/bin/bash\n#SBATCH --ntasks=1\necho before\nfalse_command_that_is_missing_\(code) 2>/dev/null\nexit \(code)\n"
        try Self.inFolder(["job.sh": script]) { folder in
            let result = try Self.jobgenTry(["job.sh"], in: folder)
            #expect(result.status == code, Comment(rawValue: result.report))
            #expect(result.stdout.contains("before"), Comment(rawValue: result.report))
        }
    }

    @Test("a script with errors does not run")
    func invalidScriptDoesNotRun() throws {
        let script = "#!/bin/bash\n#SBATCH --time=25:99:99x\necho ran\n"
        try Self.inFolder(["job.sh": script]) { folder in
            let result = try Self.jobgenTry(["job.sh"], in: folder)
            #expect(result.status == 1, Comment(rawValue: result.report))
            #expect(!result.stdout.contains("ran"))
            #expect(result.stderr.contains("nothing was run"), Comment(rawValue: result.report))
        }
    }

    @Test("--dry-run prints a salloc command line that runs as printed")
    func dryRunRunsAsPrinted() throws {
        try Self.inFolder(["job.sh": Self.multiNode]) { folder in
            let printed = try Self.jobgenTry(["job.sh", "--dry-run", "--time", "3"], in: folder)
            try #require(printed.status == 0, Comment(rawValue: printed.report))
            #expect(printed.stdout.hasPrefix("salloc --nodes=2 --ntasks-per-node=2 --mem-per-cpu=400M --job-name=job.sh --time=3 bash -c "), Comment(rawValue: printed.report))
            #expect(try Self.queued(named: "job.sh").isEmpty, "a dry run asks for nothing")
            let ran = try Command.run(
                "bash", ["-c", printed.stdout], environment: LocalCluster.environment, workingDirectory: folder,
                timeout: .seconds(120))
            #expect(ran.status == 0, Comment(rawValue: ran.report))
            #expect(ran.stdout.contains("ntasks=4 nnodes=2 step=none"), Comment(rawValue: ran.report))
            #expect(ran.stdout.split(separator: "\n").filter { $0.hasPrefix("task ") }.count == 4)
        }
    }

    @Test("an array script runs one task: the lowest index, or --index", arguments: [(nil, 3), (Optional(7), 7)] as [(Int?, Int)])
    func arrayIndex(index: Int?, expected: Int) throws {
        let script = "#!/bin/bash\n#SBATCH --array=3-9:2%2\n#SBATCH --ntasks=1\necho \"task $SLURM_ARRAY_TASK_ID of $SLURM_ARRAY_TASK_COUNT ($SLURM_ARRAY_TASK_MIN-$SLURM_ARRAY_TASK_MAX step $SLURM_ARRAY_TASK_STEP) job $SLURM_ARRAY_JOB_ID=$SLURM_JOB_ID\"\n"
        try Self.inFolder(["array.sh": script]) { folder in
            let result = try Self.jobgenTry(["array.sh"] + (index.map { ["--index", String($0)] } ?? []), in: folder)
            #expect(result.status == 0, Comment(rawValue: result.report))
            let line = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("task ") })
            #expect(line.hasPrefix("task \(expected) of 4 (3-9 step 2) job "), Comment(rawValue: result.report))
            let ids = line.split(separator: " ").last?.split(separator: "=") ?? []
            #expect(ids.count == 2 && ids[0] == ids[1], "SLURM_ARRAY_JOB_ID is the job's id: \(line)")
        }
    }

    @Test("--index that is not one of the array's is refused before anything runs")
    func badIndex() throws {
        try Self.inFolder(["array.sh": "#!/bin/bash\n#SBATCH --array=3-9:2\necho ran\n"]) { folder in
            let result = try Self.jobgenTry(["array.sh", "--index", "4"], in: folder)
            #expect(result.status == 64, Comment(rawValue: result.report))
            #expect(result.stderr.contains("--index 4 is not an index of --array=3-9:2"), Comment(rawValue: result.report))
            #expect(!result.stdout.contains("ran"))
        }
    }

    @Test("--scale-down runs a multi-node script on one node and two tasks, its srun unchanged")
    func scaleDown() throws {
        let script = Self.multiNode.replacingOccurrences(of: "--ntasks-per-node=2", with: "--ntasks-per-node=4 --exclusive")
        try Self.inFolder(["job.sh": script]) { folder in
            let result = try Self.jobgenTry(["job.sh", "--scale-down"], in: folder)
            #expect(result.status == 0, Comment(rawValue: result.report))
            #expect(result.stdout.contains("ntasks=2 nnodes=1 step=none"), Comment(rawValue: result.report))
            #expect(result.stdout.split(separator: "\n").filter { $0.hasPrefix("task ") && $0.hasSuffix(" of 2") }.count == 2)
            #expect(
                result.stderr.contains("scaled down: --nodes=1 --ntasks-per-node=2, without --exclusive (the script asks --nodes=2 --ntasks-per-node=4 --exclusive)"),
                Comment(rawValue: result.report))
        }
    }

    @Test("try KIND renders the kind's script and runs its payload")
    func renderedKind() throws {
        try Self.inFolder([:]) { folder in
            let result = try Self.jobgenTry(["distributed", "-n2", "--mem-per-cpu", "500M"], in: folder)
            #expect(result.status == 0, Comment(rawValue: result.report))
            #expect(
                result.stdout.contains("broadcast OK: 100 x Int32 from rank 0 verified on 2 ranks"),
                Comment(rawValue: result.report))
        }
    }

    @Test("an allocation the cluster cannot give is refused with salloc's reason")
    func refusedForResources() throws {
        try Self.inFolder(["big.sh": "#!/bin/bash\n#SBATCH --ntasks=64\necho ran\n"]) { folder in
            let result = try Self.jobgenTry(["big.sh"], in: folder)
            #expect(result.status == 69, Comment(rawValue: result.report))
            #expect(result.stderr.contains("salloc: error:"), Comment(rawValue: result.report))
            #expect(result.stderr.contains("did not grant the allocation"), Comment(rawValue: result.report))
            #expect(!result.stdout.contains("ran"))
        }
    }

    /// On the heterogeneous cluster's DOWN partition a request waits for ever.
    @Test("a request not granted within --wait-for is withdrawn (exit 75)")
    func timedOutWait() throws {
        guard let environment = LocalCluster.heterogeneousEnvironment else {
            #expect(!LocalCluster.isRequired, "LOCAL_SLURM_HETERO_DIR names no running heterogeneous cluster")
            return
        }
        let name = "try-wait-\(UUID().uuidString.prefix(8))"
        let script = "#!/bin/bash\n#SBATCH --partition=down --job-name=\(name) --ntasks=1\necho ran\n"
        try Self.inFolder(["wait.sh": script]) { folder in
            let result = try Self.jobgenTry(["wait.sh", "--wait-for", "3"], in: folder, environment: environment)
            #expect(result.status == 75, Comment(rawValue: result.report))
            #expect(result.stderr.contains("no allocation within 3 s (--wait-for)"), Comment(rawValue: result.report))
            #expect(!result.stdout.contains("ran"))
            #expect(try Self.queueEmpties(of: name, environment: environment).isEmpty, "the request stays queued")
        }
    }

    @Test("an interrupted try (SIGINT) releases its allocation: no job left in squeue")
    func interrupted() throws {
        let name = "try-int-\(UUID().uuidString.prefix(8))"
        let script = "#!/bin/bash\n#SBATCH --ntasks=1 --job-name=\(name)\ntouch started\nsleep 120\necho finished\n"
        try Self.inFolder(["long.sh": script]) { folder in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: JobGenBinary.jobgen)
            process.arguments = ["try", "long.sh"]
            process.environment = LocalCluster.environment
            process.currentDirectoryURL = folder
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            process.standardInput = FileHandle.nullDevice
            try process.run()
            let started = folder.appendingPathComponent("started")
            for _ in 0..<300 where !FileManager.default.fileExists(atPath: started.path) { usleep(100_000) }
            try #require(FileManager.default.fileExists(atPath: started.path), "the script never started")
            #expect(!(try Self.queued(named: name)).isEmpty, "the try's job runs")
            kill(process.processIdentifier, SIGINT)
            // Well before the script's sleep would end by itself.
            let deadline = ContinuousClock.now + .seconds(30)
            while process.isRunning && ContinuousClock.now < deadline { usleep(50_000) }
            let endedInTime = !process.isRunning
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
            #expect(endedInTime, "jobgen try went on after SIGINT")
            #expect(process.terminationStatus == 130)
            #expect(try Self.queueEmpties(of: name).isEmpty, "the job is still in squeue")
        }
    }

    @Test("a profile's tryPartition and tryQos replace the script's; a partition the profile lacks is refused")
    func profilePartitionForTries() throws {
        let imported = try Command.run(JobGenBinary.jobgen, ["cluster", "import"], environment: LocalCluster.environment)
        try #require(imported.status == 0, Comment(rawValue: imported.report))
        let script = "#!/bin/bash\n#SBATCH --ntasks=1\necho \"partition $SLURM_JOB_PARTITION\"\n"
        try Self.inFolder([
            "job.sh": script, "lab.yaml": imported.stdout + "policies:\n  tryPartition: debug\n  tryQos: normal\n",
            "bad.yaml": imported.stdout + "policies:\n  tryPartition: interactive\n",
        ]) { folder in
            let printed = try Self.jobgenTry(["job.sh", "--cluster", "lab.yaml", "--dry-run"], in: folder)
            #expect(printed.status == 0, Comment(rawValue: printed.report))
            #expect(printed.stdout.hasPrefix("salloc --ntasks=1 --partition=debug --qos=normal --job-name=job.sh --time=10 "))
            #expect(printed.stderr.contains("--partition=debug (the cluster's partition for tries)"))
            let bad = try Self.jobgenTry(["job.sh", "--cluster", "bad.yaml", "--dry-run"], in: folder)
            #expect(bad.status == 65, Comment(rawValue: bad.report))
            #expect(bad.stderr.contains("policies.tryPartition: unknown partition 'interactive'"), Comment(rawValue: bad.report))
        }
    }

    @Test("without salloc on PATH the error says what to install")
    func missingSalloc() throws {
        try Self.inFolder(["job.sh": "#!/bin/bash\n#SBATCH --ntasks=1\necho ran\n"]) { folder in
            var environment = LocalCluster.environment
            environment["PATH"] = "/nonexistent"
            let result = try Command.run(
                JobGenBinary.jobgen, ["try", "job.sh"], environment: environment, workingDirectory: folder)
            #expect(result.status == 69, Comment(rawValue: result.report))
            #expect(result.stderr.contains("salloc was not found on PATH"), Comment(rawValue: result.report))
        }
    }
}
