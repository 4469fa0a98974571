import Foundation
import Testing

/// `--cluster` and a spec's `cluster:` on the generating commands, run on the built jobgen.
@Suite("jobgen KIND --cluster")
struct ClusterDefaultsCommandTests {
    /// No profile from the person running the tests: no user directory and neither
    /// JOBGEN_CLUSTER nor CC_CLUSTER (empty is read as unset).
    static func environment(_ extra: [String: String] = [:]) throws -> [String: String] {
        [
            "XDG_CONFIG_HOME": "/nonexistent/jobgen-tests", "JOBGEN_CLUSTER": "", "CC_CLUSTER": "",
            "JOBGEN_CLUSTER_PATH": "",
        ]
        .merging(extra) { _, new in new }
    }

    static func run(_ arguments: [String], _ extra: [String: String] = [:], in directory: URL? = nil) throws
        -> JobGenProcess.Result
    {
        try JobGenProcess.run(arguments, in: directory, environment: try environment(extra))
    }

    static func directives(_ script: String) -> [String] {
        script.split(separator: "\n").filter { $0.hasPrefix("#SBATCH") }.map(String.init)
    }

    @Test func wholeNodeOnNarvalHasATaskPerCore() throws {
        let result = try Self.run(["whole-node", "--cluster", "narval", "--bare"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(
            Self.directives(result.stdout) == [
                "#SBATCH --time=01:00:00", "#SBATCH --nodes=2", "#SBATCH --ntasks-per-node=64",
                "#SBATCH --mem-per-cpu=1G",
            ])
        #expect(result.stdout.contains("\nmodule load StdEnv/2023 gcc/12.3 openmpi/4.1.5\n"))
    }

    @Test(arguments: [
        ("narval", "a100:1", "6", "127488M"), ("fir", "h100:1", "6", "294912M"),
        ("nibi", "h100:1", "7", "256000M"),
        ("rorqual", "h100:1", "8", "127488M"), ("trillium", "h100:1", "12", "192512M"),
    ])
    func gpuOnABuiltInHasItsTypeAndBundle(cluster: String, gpus: String, cpusPerTask: String, memory: String)
        throws
    {
        let result = try Self.run(["gpu", "--cluster", cluster, "--bare"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(
            Self.directives(result.stdout) == [
                "#SBATCH --time=08:00:00", "#SBATCH --ntasks=2", "#SBATCH --cpus-per-task=\(cpusPerTask)",
                "#SBATCH --mem-per-gpu=\(memory)", "#SBATCH --gpus-per-node=\(gpus)",
            ])
        #expect(result.stdout.contains("\nmodule load StdEnv/2023 gcc/12.3 cuda/12 openmpi/4.1.5\n"))
    }

    @Test(arguments: ["fir", "nibi", "rorqual", "trillium"])
    func wholeNodeOnThe192CoreClusters(cluster: String) throws {
        let result = try Self.run(["whole-node", "--cluster", cluster])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("#SBATCH --ntasks-per-node=192 "))
    }

    @Test func flagsOverrideTheClustersDefaults() throws {
        let result = try Self.run([
            "gpu", "--cluster", "narval", "--bare", "--gpus-per-node", "a100:2", "--mem", "200G", "--ntasks",
            "4",
            "--modules", "StdEnv/2023", "cuda/12",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            Self.directives(result.stdout) == [
                "#SBATCH --time=08:00:00", "#SBATCH --ntasks=4", "#SBATCH --cpus-per-task=6",
                "#SBATCH --mem=200G",
                "#SBATCH --gpus-per-node=a100:2",
            ])
        #expect(result.stdout.contains("\nmodule load StdEnv/2023 cuda/12\n"))
        let wholeNode = try Self.run(["whole-node", "--cluster", "narval", "--ntasks-per-node", "16"])
        #expect(wholeNode.stdout.contains("#SBATCH --ntasks-per-node=16 "))
    }

    /// Without any cluster named, the output is the generic one, byte for byte.
    @Test(arguments: ["distributed", "whole-node", "gpu"])
    func noClusterIsTheGenericOutput(kind: String) throws {
        let directory = try JobGenProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let copy = directory.appendingPathComponent("jobgen")
        try FileManager.default.copyItem(at: JobGenProcess.executable, to: copy)
        let result = try JobGenProcess.run([kind], executable: copy, environment: try Self.environment())
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == (try JobGenProcess.golden("default-\(kind).sh")))
        #expect(result.stderr.isEmpty)
    }

    /// --cluster beats the spec's cluster, which beats JOBGEN_CLUSTER, which beats CC_CLUSTER.
    @Test func theOrderOfResolution() throws {
        let directory = try JobGenProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "kind: whole-node\ncluster: narval\n".write(
            to: directory.appendingPathComponent("job.yaml"), atomically: true, encoding: .utf8)
        try "kind: whole-node\n".write(
            to: directory.appendingPathComponent("plain.yaml"), atomically: true, encoding: .utf8)
        func tasksPerNode(_ arguments: [String], _ extra: [String: String]) throws -> String? {
            let result = try Self.run(arguments + ["--bare"], extra, in: directory)
            #expect(result.status == 0, "\(arguments) \(extra): \(result.stderr)")
            return Self.directives(result.stdout).first { $0.contains("ntasks-per-node") }
        }
        let both = ["JOBGEN_CLUSTER": "fir", "CC_CLUSTER": "fir"]
        #expect(
            try tasksPerNode(["render", "job.yaml", "--cluster", "fir"], [:])
                == "#SBATCH --ntasks-per-node=192")
        #expect(try tasksPerNode(["render", "job.yaml"], both) == "#SBATCH --ntasks-per-node=64")
        #expect(
            try tasksPerNode(["render", "plain.yaml"], ["JOBGEN_CLUSTER": "narval", "CC_CLUSTER": "fir"])
                == "#SBATCH --ntasks-per-node=64")
        #expect(
            try tasksPerNode(["render", "plain.yaml"], ["CC_CLUSTER": "narval"])
                == "#SBATCH --ntasks-per-node=64")
        #expect(try tasksPerNode(["whole-node"], ["CC_CLUSTER": "narval"]) == "#SBATCH --ntasks-per-node=64")
        // $CC_CLUSTER naming no profile (a retired cluster) leaves the generic defaults.
        #expect(try tasksPerNode(["whole-node"], ["CC_CLUSTER": "graham"]) == "#SBATCH --ntasks-per-node=40")
    }

    /// --print-spec records the profile used, so the spec renders the same script again.
    @Test func printSpecRecordsTheCluster() throws {
        let directory = try JobGenProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let printed = try Self.run(["gpu", "--cluster", "narval", "--print-spec"])
        #expect(printed.status == 0, "\(printed.stderr)")
        #expect(printed.stdout.hasPrefix("kind: gpu\ncluster: narval\n"))
        #expect(printed.stdout.contains("gpus-per-node: a100:1\n"))
        try printed.stdout.write(
            to: directory.appendingPathComponent("job.yaml"), atomically: true, encoding: .utf8)
        let rendered = try Self.run(["render", "job.yaml"], in: directory)
        #expect(rendered.stdout == (try Self.run(["gpu", "--cluster", "narval"])).stdout)
    }

    /// An unknown profile is refused as `jobgen validate` refuses it (65), naming who named it,
    /// the value and the profiles there are; nothing is written.
    @Test(arguments: [
        (
            ["gpu", "--cluster", "narvall"], [String: String](),
            "jobgen: error: --cluster narvall: no such file"
        ),
        (["render", "job.yaml"], [:], "jobgen: error: spec file 'job.yaml': cluster nope: no such file"),
        (["distributed"], ["JOBGEN_CLUSTER": "nope"], "jobgen: error: JOBGEN_CLUSTER nope: no such file"),
        (
            ["submit", "whole-node", "--cluster", "narvall"], [:],
            "jobgen: error: --cluster narvall: no such file"
        ),
    ])
    func anUnknownClusterIsAClearError(arguments: [String], extra: [String: String], message: String) throws {
        let directory = try JobGenProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "kind: gpu\ncluster: nope\n".write(
            to: directory.appendingPathComponent("job.yaml"), atomically: true, encoding: .utf8)
        let write = arguments[0] == "submit" ? [] : ["--write", "out.sh"]
        let result = try Self.run(arguments + write, extra, in: directory)
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
        #expect(result.stderr.contains("the built-ins (fir, narval, nibi, rorqual, trillium)"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out.sh").path))
    }

    /// The rendered script is checked against the cluster: one that does not fit is refused.
    @Test func aJobThatDoesNotFitTheClusterIsRefused() throws {
        let directory = try JobGenProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try Self.run(
            ["whole-node", "--cluster", "narval", "--ntasks-per-node", "65", "--write", "job.sh"],
            in: directory)
        #expect(result.status == 64)
        #expect(result.stderr.contains("[JG701]"), "\(result.stderr)")
        #expect(result.stderr.contains("does not fit the cluster narval"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("job.sh").path))
        // The same request is fine where no cluster is named.
        #expect(try Self.run(["whole-node", "--ntasks-per-node", "65"]).status == 0)
    }

    /// sbatch's own --clusters (-M) is still reachable, and does not choose a profile.
    @Test func sbatchsClustersGoesThroughSbatch() throws {
        let result = try Self.run(["distributed", "--sbatch", "clusters=narval", "--bare"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.directives(result.stdout).last == "#SBATCH --clusters=narval")
        #expect(Self.directives(result.stdout).contains("#SBATCH --ntasks=4"))
        #expect(!result.stdout.contains("module load"))
    }

    /// The validator's warnings on a rendered script are shown, not dropped.
    @Test func warningsOfTheRenderedScriptReachStderr() throws {
        let result = try Self.run(["distributed", "--run", "echo $SLURM_NTASK"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("warning: 'SLURM_NTASK'"), "\(result.stderr)")
        #expect(result.stderr.contains("[JG607]"))
    }

    /// explain KIND explains the script the kind writes for the same cluster.
    @Test func explainStartsFromTheClustersDefaults() throws {
        let result = try Self.run(["explain", "gpu", "--cluster", "narval"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("a100 x 1 per node"), "\(result.stdout)")
    }

    @Test(arguments: [["distributed"], ["whole-node"], ["gpu"], ["render"], ["submit", "gpu"]])
    func helpNamesTheClusterAndTheGenericDefaults(command: [String]) throws {
        let help = try Self.run(command + ["--help"]).stdout
        #expect(help.contains("--cluster <NAME|FILE>"), "\(help)")
        if ["distributed", "whole-node", "gpu"].contains(command[0]) {
            let oneLine = help.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(oneLine.contains("(defaults, generic: --time "), "\(help)")
        }
    }

    /// A kind's help gives the defaults of the profile the command would use, as flags: the
    /// generic ones, or those of `--cluster` or JOBGEN_CLUSTER.
    @Test func helpShowsTheActiveProfilesDefaults() throws {
        func overview(_ arguments: [String], _ environment: [String: String] = [:]) throws -> String {
            let help = try Self.run(arguments + ["--help"], environment).stdout
            return help.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        #expect(
            try overview(["gpu"]).contains(
                "A job with GPUs (defaults, generic: --time 08:00:00 --ntasks 2 --mem-per-cpu 2G --gpus 1)."))
        #expect(
            try overview(["whole-node"]).contains(
                "(defaults, generic: --time 01:00:00 --nodes 2 --ntasks-per-node 40 --mem-per-cpu 1G)."))
        let narval = try overview(["gpu", "--cluster", "narval"])
        #expect(
            narval.contains("(defaults, cluster narval: --time 08:00:00 --ntasks 2 --cpus-per-task 6"),
            "\(narval)")
        #expect(narval.contains("--gpus-per-node a100:1)."), "\(narval)")
        #expect(
            try overview(["whole-node"], ["JOBGEN_CLUSTER": "narval"]).contains(
                "(defaults, cluster narval: --time 01:00:00 --nodes 2 --ntasks-per-node 64"))
        // Man pages and completion scripts are made from the generic text.
        let dump = try Self.run(["--experimental-dump-help"], ["JOBGEN_CLUSTER": "narval"]).stdout
        #expect(dump.contains("(defaults, generic: --time 08:00:00 --ntasks 4 --mem-per-cpu 4G)."))
    }
}
