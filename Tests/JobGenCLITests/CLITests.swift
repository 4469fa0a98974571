import Foundation
import Testing

@Suite("jobgen command line")
struct CLITests {
    static let seedRuns: [(String, [String])] = [
        (
            "submit-mpi4py-distributed.sh",
            [
                "distributed", "--account", "def-someprof", "--time", "08:00:00", "--ntasks", "4",
                "--mem-per-cpu", "4G",
                "--modules", "StdEnv/2023", "gcc", "mpi4py/4.0.0", "python/3.12", "--pip", "numpy==2.1.1",
                "--run", "python mpi4py-np-bc.py",
            ]
        ),
        (
            "submit-mpi4py-whole-nodes.sh",
            [
                "whole-node", "-A", "def-someprof", "-t", "01:00:00", "-N", "2", "--ntasks-per-node=40",
                "--mem-per-cpu=1G",
                "--modules", "StdEnv/2023", "gcc", "openmpi", "mpi4py/4.0.0", "python/3.12", "--pip",
                "numpy==2.1.1", "--run", "python mpi4py-np-bc.py",
            ]
        ),
        (
            "submit-mpi4py-gpu.sh",
            [
                "gpu", "--account=def-someprof", "--time=08:00:00", "-n", "2", "--mem-per-cpu", "2G",
                "--gpus", "1",
                "--modules", "StdEnv/2023", "gcc", "cuda/12", "mpi4py/4.0.0", "python/3.11", "--pip", "cupy",
                "numba", "--run", "python use_cupy.py",
            ]
        ),
    ]

    @Test(arguments: seedRuns)
    func seedFromFlags(golden: String, arguments: [String]) throws {
        let result = try JobGenProcess.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == (try JobGenProcess.seed(golden)))
        #expect(result.stderr.isEmpty)
    }

    /// Bad values: exit 64, nothing on stdout, stderr names the flag, the value, what is accepted
    /// and an example.
    @Test(arguments: [
        (["distributed", "--time", "abc"], "--time", "abc"),
        (["distributed", "--time", "8h"], "--time", "8h"),
        (["distributed", "--mem-per-cpu", "4X"], "--mem-per-cpu", "4X"),
        (["distributed", "--mem-per-cpu", "1.5G"], "--mem-per-cpu", "1.5G"),
        (["distributed", "--mem-per-cpu", "4GiB"], "--mem-per-cpu", "4GiB"),
        (["distributed", "--ntasks", "0"], "--ntasks", "0"),
        (["distributed", "--ntasks", "-3"], "--ntasks", "-3"),
        (["whole-node", "--nodes", "0"], "--nodes", "0"),
        (["gpu", "--gpus", "0"], "--gpus", "0"),
        (["gpu", "--gpus-per-node", "0"], "--gpus-per-node", "0"),
        (["gpu", "--gres", "gpu:0"], "--gres", "gpu:0"),
        (["distributed", "--account", ""], "--account", ""),
        (["distributed", "--account="], "--account", ""),
        (["distributed", "--account", "def someprof"], "--account", "def someprof"),
        (["distributed", "--mail-type", "END;FAIL"], "--mail-type", "END;FAIL"),
        (["distributed", "--array", "5-1"], "--array", "5-1"),
        (["distributed", "--ntasks", "2147483648"], "--ntasks", "2147483648"),
        // Accepted by sbatch only through a wrap-around or a nonsense reading: never written.
        (["distributed", "--ntasks", "4294967296"], "--ntasks", "4294967296"),
        (["distributed", "--cpus-per-task", "4294967297"], "--cpus-per-task", "4294967297"),
        (["distributed", "--dependency", "afterok:-1"], "--dependency", "afterok:-1"),
        (["distributed", "--sbatch", "nice=abc"], "--sbatch", "nice=abc"),
        (["distributed", "--sbatch", "mincpus=4294967297"], "--sbatch", "mincpus=4294967297"),
        (["gpu", "--gpus", "a100:1,a100:2"], "--gpus", "a100:1,a100:2"),
        (["distributed", "--array", "4000000000"], "--array", "4000000000"),
        (["distributed", "--mail-type", ","], "--mail-type", ","),
        (["gpu", "--gpus", "a100:"], "--gpus", "a100:"),
        (
            ["distributed", "--job-name", "x\n#SBATCH --partition=evil"], "--job-name",
            "x\\n#SBATCH --partition=evil"
        ),
        (["distributed", "--run", "python a.py\nrm -rf ~"], "--run", "python a.py\\nrm -rf ~"),
        (["distributed", "--mem", "4G", "--mem-per-cpu", "2G"], "--mem", "4G"),
        (["gpu", "--exclusive=always"], "--exclusive", "always"),
        (["distributed", "--pip", "numpy`id`"], "--pip", "numpy`id`"),
        (["distributed", "--sbatch", "time=10"], "--sbatch", "time=10"),
        (["distributed", "--sbatch", "Bad Key"], "--sbatch", "Bad Key"),
        (["distributed", "--sbatch", "reservation=a b"], "--sbatch", "reservation=a b"),
        (["gpu", "--sbatch", "ntasks-per-tres=2", "--ntasks-per-node", "2"], "--ntasks-per-node", "2"),
    ])
    func badInput(arguments: [String], flag: String, value: String) throws {
        let result = try JobGenProcess.run(arguments)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("jobgen: error: \(flag)"), "\(result.stderr)")
        if !value.isEmpty { #expect(result.stderr.contains("'\(value)'"), "\(result.stderr)") }
        #expect(result.stderr.contains("accepted: "))
        #expect(result.stderr.contains("example: \(flag)"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    /// getopt's spellings, as users write them after sbatch: attached short values, `--opt=value`,
    /// `--exclusive=MODE`; a value that looks like an option stays a value.
    @Test(arguments: [
        (
            ["distributed", "-n8", "-t1:00:00", "-Adef-x"],
            ["#SBATCH --ntasks=8", "#SBATCH --time=1:00:00", "#SBATCH --account=def-x"]
        ),
        (
            ["whole-node", "-N3", "--ntasks-per-node=16", "--exclusive=mcs"],
            ["#SBATCH --nodes=3", "#SBATCH --ntasks-per-node=16", "#SBATCH --exclusive=mcs"]
        ),
        (
            ["gpu", "-G", "a100:2", "-c4", "--exclusive"],
            ["#SBATCH --gpus=a100:2", "#SBATCH --cpus-per-task=4", "#SBATCH --exclusive"]
        ),
        (
            ["distributed", "--run", "-n4 --exclusive=mcs", "-J", "-x"],
            ["srun -n4 --exclusive=mcs;", "#SBATCH --job-name=-x"]
        ),
    ])
    func getoptSpellings(arguments: [String], lines: [String]) throws {
        let result = try JobGenProcess.run(arguments + ["--bare"])
        #expect(result.status == 0, "\(result.stderr)")
        let output = result.stdout.split(separator: "\n").map(String.init)
        for line in lines { #expect(output.contains(line), "\(line)") }
    }

    @Test func surprisingValueWarnsAndRenders() throws {
        let result = try JobGenProcess.run(["distributed", "--time", "25:99:99"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("#SBATCH --time=25:99:99 "))
        #expect(result.stderr.contains("jobgen: warning: --time"))
        #expect(result.stderr.contains("1-02:41:00"))
    }

    /// Values sbatch accepts but that mean something else than they seem: a warning naming the
    /// flag on stderr, and the clean spelling in the script.
    static let notedValues: [(kind: String, flag: String, value: String, rendered: String)] = [
        ("distributed", "--ntasks", "+4", "#SBATCH --ntasks=4 "), ("distributed", "--time", "1-", "#SBATCH --time=1-0 "),
        ("distributed", "--mem-per-cpu", "+2G", "#SBATCH --mem-per-cpu=2G "),
        ("distributed", "--mail-type", "END,,FAIL", "#SBATCH --mail-type=END,FAIL"),
        ("distributed", "--array", "[1-5]", "#SBATCH --array=1-5"),
        ("distributed", "--dependency", "AFTEROK:1", "#SBATCH --dependency=afterok:1"),
        ("distributed", "--output", "a\\%j.out", "#SBATCH --output=a\\\\%j.out"),
        ("gpu", "--gpus", "a100", "#SBATCH --gpus=a100:1"),
    ]

    @Test(arguments: notedValues)
    func notedValueWarnsAndRendersClean(_ noted: (kind: String, flag: String, value: String, rendered: String))
        throws
    {
        let result = try JobGenProcess.run([noted.kind, noted.flag, noted.value])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(noted.rendered), "\(result.stdout)")
        #expect(result.stderr.contains("jobgen: warning: \(noted.flag):"), "\(result.stderr)")
    }

    @Test func defaultPayloadIsTheJobgenMPIBesideJobgen() throws {
        let beside = JobGenProcess.buildDirectory.appendingPathComponent("jobgen-mpi").path
        let expected = FileManager.default.isExecutableFile(atPath: beside) ? beside : "jobgen-mpi"
        #expect(try JobGenProcess.run(["distributed"]).stdout.hasSuffix("\nsrun \(expected) bcast;\n"))
        #expect(try JobGenProcess.run(["gpu"]).stdout.hasSuffix("\nsrun \(expected) bcast --device auto;\n"))
    }

    /// Templates are embedded: a jobgen copied alone renders the same scripts, and without a
    /// jobgen-mpi beside it the payload comes from PATH; with one beside it, that one, quoted.
    @Test(arguments: ["distributed", "whole-node", "gpu"])
    func copiedBinaryWorksAlone(kind: String) throws {
        let directory = try JobGenProcess.temporaryDirectory().appendingPathComponent("copy of jobgen")
        defer { try? FileManager.default.removeItem(at: directory.deletingLastPathComponent()) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let copy = directory.appendingPathComponent("jobgen")
        try FileManager.default.copyItem(at: JobGenProcess.executable, to: copy)
        let alone = try JobGenProcess.run([kind], executable: copy)
        #expect(alone.status == 0)
        #expect(alone.stdout == (try JobGenProcess.golden("default-\(kind).sh")))

        let payload = directory.appendingPathComponent("jobgen-mpi")
        #expect(
            FileManager.default.createFile(
                atPath: payload.path, contents: Data("#!/bin/sh\n".utf8),
                attributes: [.posixPermissions: 0o755]))
        let paired = try JobGenProcess.run([kind], executable: copy)
        #expect(paired.stdout.contains("\nsrun '\(payload.path)' bcast"))
    }

    @Test func writeIsAtomicExecutableAndNeedsForce() throws {
        let directory = try JobGenProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = try JobGenProcess.run(["gpu", "--write", "job.sh"], in: directory)
        #expect(first.status == 0)
        #expect(first.stdout.isEmpty)
        let path = directory.appendingPathComponent("job.sh").path
        #expect(FileManager.default.isExecutableFile(atPath: path))
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.hasPrefix("#!/bin/bash\n"))

        let again = try JobGenProcess.run(["distributed", "--write", "job.sh"], in: directory)
        #expect(again.status == 64)
        #expect(again.stderr.contains("--force"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == written)

        let bad = try JobGenProcess.run(
            ["distributed", "--write", "job.sh", "--force", "--ntasks", "0"], in: directory)
        #expect(bad.status == 64)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == written)

        let forced = try JobGenProcess.run(["distributed", "--write", "job.sh", "--force"], in: directory)
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("--ntasks=4"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["job.sh"])
    }

    /// `--print-spec` records everything that shapes the script, `--bare` included.
    @Test(arguments: [false, true])
    func printSpecRendersBackTheSameScript(bare: Bool) throws {
        let directory = try JobGenProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let flags =
            [
                "whole-node", "-A", "def-x", "--nodes", "3", "--exclusive", "--array", "1-3", "--modules", "gcc",
                "openmpi",
                "--pip", "numpy", "--sbatch", "requeue", "--run", "python 'a b.py'",
            ] + (bare ? ["--bare"] : [])
        let spec = try JobGenProcess.run(flags + ["--print-spec"])
        #expect(spec.status == 0)
        #expect(spec.stdout.contains("comments: false") == bare)
        try spec.stdout.write(
            to: directory.appendingPathComponent("job.yaml"), atomically: true, encoding: .utf8)
        let fromSpec = try JobGenProcess.run(["render", "job.yaml"], in: directory)
        #expect(fromSpec.status == 0, "\(fromSpec.stderr)")
        #expect(fromSpec.stdout == (try JobGenProcess.run(flags)).stdout)
        let overridden = try JobGenProcess.run(["render", "job.yaml", "--nodes", "5"], in: directory)
        #expect(overridden.stdout.contains(bare ? "#SBATCH --nodes=5\n" : "#SBATCH --nodes=5 "))
    }

    @Test(arguments: [
        ("kind: distributed\nntasks: 0\n", "ntasks '0'"), ("kind: [\n", "not a readable"),
        ("kind: gpu\nbogus: 1\n", "bogus"),
    ])
    func badSpecFileIsBadData(text: String, message: String) throws {
        let directory = try JobGenProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try text.write(to: directory.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        let result = try JobGenProcess.run(["render", "bad.yaml"], in: directory)
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func missingSpecFileIsUsage() throws {
        let result = try JobGenProcess.run(["render", "/nonexistent/job.yaml"])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
    }

    @Test(arguments: [
        ["--help"], ["distributed", "--help"], ["whole-node", "--help"], ["gpu", "--help"],
        ["render", "--help"],
    ])
    func helpHasExamples(arguments: [String]) throws {
        let result = try JobGenProcess.run(arguments)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Examples:"))
        #expect(result.stdout.contains("jobgen "))
    }

    @Test func version() throws {
        let result = try JobGenProcess.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.first?.isNumber == true)
    }
}
