import Testing

@testable import JobGenKit

/// How `jobgen try` turns a script's directives into salloc's command line.
@Suite("jobgen try: the salloc plan")
struct TryPlanTests {
    static func plan(_ directives: String, _ settings: TrySettings = TrySettings(), shebang: String = "#!/bin/bash")
        throws -> TryPlan
    {
        let text = "\(shebang)\n\(directives)\nsrun ./app\n"
        return try TryPlan(script: BatchScript(text: text, name: "job.sh"), text: text, file: "/home/a/job.sh", settings: settings)
    }

    @Test func optionsSallocTakesPassAsWrittenAndTheRestAreNamed() throws {
        let plan = try Self.plan(
            "#SBATCH -A def-prof -N 2 --tasks-per-node=4 --mem=8G\n#SBATCH --output=o.txt --array=1-4 --mail-type=END --dependency=afterok:12 --export=NONE")
        #expect(plan.options == ["--account=def-prof", "--nodes=2", "--ntasks-per-node=4", "--mem=8G", "--job-name=job.sh", "--time=10"])
        #expect(plan.leftOut.map(\.option) == ["--output=o.txt", "--mail-type=END", "--dependency=afterok:12", "--export=NONE"])
        #expect(plan.leftOut[0].reason == "salloc has no --output/-o")
        #expect(plan.notes.contains("array task 1 of --array=1-4 (--index N runs another)"))
    }

    @Test("the try's time is at most the script's", arguments: [
        ("#SBATCH --time=5", 10, "--time=5"), ("#SBATCH --time=2:00:00", 10, "--time=10"),
        ("#SBATCH --time=1-00:00:00", 30, "--time=30"), ("#SBATCH --ntasks=1", 15, "--time=15"),
    ])
    func timeLimit(_ directives: String, _ minutes: Int, _ expected: String) throws {
        let plan = try Self.plan(directives, TrySettings(minutes: minutes))
        #expect(plan.options.last == expected)
        #expect(!plan.options.dropLast().contains { $0.hasPrefix("--time") })
    }

    @Test func scaleDownKeepsOneNodeTwoTasksOneGPU() throws {
        let plan = try Self.plan(
            "#SBATCH --nodes=8 --ntasks-per-node=40 --gpus-per-node=a100:4 --exclusive --cpus-per-task=2 --gres=gpu:a100:4,shard:2",
            TrySettings(scaleDown: true))
        #expect(plan.options == [
            "--nodes=1", "--ntasks-per-node=2", "--gpus-per-node=a100:1", "--cpus-per-task=2", "--gres=gpu:a100:1,shard:2",
            "--job-name=job.sh", "--time=10",
        ])
        let note = try #require(plan.notes.first { $0.hasPrefix("scaled down: ") })
        #expect(note.contains("without --exclusive"))
        #expect(note.hasSuffix("(the script asks --nodes=8 --ntasks-per-node=40 --gpus-per-node=a100:4 --exclusive --gres=gpu:a100:4,shard:2)"))
    }

    @Test func aSmallJobIsNotScaled() throws {
        let plan = try Self.plan("#SBATCH --ntasks=2", TrySettings(scaleDown: true))
        #expect(!plan.notes.contains { $0.hasPrefix("scaled down") })
    }

    @Test func arrayIndexMustBeOneOfTheArrays() throws {
        #expect(throws: TryPlanError.self) { try Self.plan("#SBATCH --array=0-10:5", TrySettings(index: 3)) }
        #expect(throws: TryPlanError.self) { try Self.plan("#SBATCH --ntasks=1", TrySettings(index: 3)) }
        let plan = try Self.plan("#SBATCH --array=0-10:5,20", TrySettings(index: 20))
        #expect(plan.command[2].contains("SLURM_ARRAY_TASK_ID=20 SLURM_ARRAY_TASK_COUNT=4 SLURM_ARRAY_TASK_MIN=0 SLURM_ARRAY_TASK_MAX=20"))
        #expect(!plan.command[2].contains("SLURM_ARRAY_TASK_STEP"), "a list of items has no one step")
    }

    @Test("the interpreter of the #! line runs the text", arguments: [
        ("#!/bin/bash", ["/bin/bash", "-c"]), ("#!/bin/bash -l", ["/bin/bash", "-l", "-c"]),
        ("#!/usr/bin/env python3", ["/usr/bin/env", "python3", "-c"]), ("#!/bin/sh", ["/bin/sh", "-c"]),
    ])
    func interpreter(_ shebang: String, _ expected: [String]) throws {
        let plan = try Self.plan("#SBATCH --ntasks=1", shebang: shebang)
        let run = Array(plan.command.dropFirst(4))
        #expect(Array(run.prefix(expected.count)) == expected)
        #expect(run[expected.count].hasPrefix(shebang + "\n"))
    }

    @Test func anotherInterpreterRunsTheFile() throws {
        let plan = try Self.plan("#SBATCH --ntasks=1", shebang: "#!/usr/bin/perl")
        #expect(Array(plan.command.dropFirst(4)) == ["/usr/bin/perl", "/home/a/job.sh"])
    }

    @Test func profilePartitionReplacesTheScripts() throws {
        let plan = try Self.plan("#SBATCH --partition=gpu --qos=high -p cpu", TrySettings(partition: "debug", qos: "test"))
        #expect(plan.options == ["--partition=debug", "--qos=test", "--job-name=job.sh", "--time=10"])
        #expect(plan.notes.contains("--partition=debug (the cluster's partition for tries); the script asks --partition=cpu"))
    }

    @Test func theCommandLineIsQuotedForTheShell() throws {
        let plan = try Self.plan("#SBATCH --job-name=\"a b\" --comment=\"it's\"")
        #expect(plan.commandLine.hasPrefix("salloc '--job-name=a b' '--comment=it'\\''s' --time=10 bash -c "))
    }
}
