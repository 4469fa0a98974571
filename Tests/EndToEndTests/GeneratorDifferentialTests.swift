import Foundation
import JobGenKit
import Testing

/// The generator against the real sbatch of the local cluster: every script jobgen renders is
/// accepted, and every value jobgen refuses on grammar grounds, sbatch refuses too.
@Suite("Generator against the real sbatch")
struct GeneratorDifferentialTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let kind: JobKind
        let flags: SpecFlags
        let testDescription: String
    }

    static func make(_ kind: JobKind, _ label: String, _ build: (inout SpecFlags) -> Void) -> Case {
        var flags = SpecFlags()
        build(&flags)
        return Case(kind: kind, flags: flags, testDescription: "\(kind) \(label)")
    }

    /// Parameter sets sized for the local cluster (2 nodes x 4 CPUs x 8000 MB, 2 a100 each).
    static let renderable: [Case] = [
        make(.distributed, "seed values, small") {
            $0["account"] = "def-someprof"
            $0["ntasks"] = "2"
            $0["mem-per-cpu"] = "1G"
            $0.modules = ["StdEnv/2023", "gcc"]
            $0.pip = ["numpy==2.1.1"]
            $0.run = "python mpi4py-np-bc.py"
        },
        make(.distributed, "every sbatch flag") {
            $0["time"] = "1-02:30"
            $0["ntasks"] = "2"
            $0["cpus-per-task"] = "2"
            $0["mem"] = "2G"
            $0["job-name"] = "gen.diff"
            $0["output"] = "logs/%x-%j.out"
            $0["error"] = "logs/%x-%4j.err"
            $0["partition"] = "debug"
            $0["array"] = "0-15:4%2"
            $0["dependency"] = "singleton"
            $0["mail-type"] = "END,fail"
            $0["mail-user"] = "someone@example.org"
            $0.sbatch = ["requeue", "nice=10", "open-mode=append", "signal=B:USR1@60"]
        },
        make(.distributed, "normalised time and %0") {
            $0["ntasks"] = "1"
            $0["mem-per-cpu"] = "100"
            $0["time"] = "25:99:99"
            $0["array"] = "0-3%0"
        },
        make(.wholeNode, "node range, exclusive") {
            $0["nodes"] = "1-2"
            $0["ntasks-per-node"] = "2"
            $0["mem-per-cpu"] = "500M"
            $0["exclusive"] = ""
        },
        make(.wholeNode, "all memory, exclusive=user") {
            $0["nodes"] = "2"
            $0["ntasks-per-node"] = "4"
            $0["mem"] = "0"
            $0["exclusive"] = "user"
        },
        make(.gpu, "seed values, small") {
            $0["ntasks"] = "2"
            $0["mem-per-cpu"] = "1G"
            $0.pip = ["cupy", "numba"]
            $0.run = "python use_cupy.py"
        },
        make(.gpu, "typed gpus per node") {
            $0["ntasks"] = "1"
            $0["mem-per-gpu"] = "1G"
            $0["gpus-per-node"] = "a100:1"
        },
        make(.gpu, "gres and unlimited time") {
            $0["ntasks"] = "1"
            $0["mem-per-cpu"] = "1G"
            $0["gres"] = "gpu:a100:1"
            $0["time"] = "UNLIMITED"
        },
        make(.gpu, "typed gpus, bare") {
            $0["ntasks"] = "2"
            $0["gpus"] = "a100:2"
            $0["mem-per-cpu"] = "1G"
            $0.sbatch = ["gpus-per-task=a100:1"]
        },
        make(.wholeNode, "GPUs on both nodes") {
            $0["ntasks-per-node"] = "1"
            $0["mem-per-cpu"] = "1G"
            $0["gpus"] = "a100:4"
            $0["gpus-per-node"] = "a100:2"
        },
    ]

    @Test(.needsLocalCluster, arguments: renderable)
    func renderedScriptsAreAccepted(_ test: Case) throws {
        let script = try ScriptGenerator(renderer: try Renderer()).script(
            for: try test.flags.spec(kind: test.kind))
        let result = try SbatchReferee.testOnly(script)
        #expect(result.status == 0, "sbatch: \(result.stderr)\n\(script)")
    }

    /// Values jobgen refuses because sbatch's grammar does (the list), written straight
    /// into a directive: sbatch must refuse them as well.
    static let refusedByBoth: [(String, String)] = [
        ("time", "abc"), ("time", "8h"), ("time", "1:2:3:4"), ("mem-per-cpu", "4X"), ("mem-per-cpu", "1.5G"),
        ("mem-per-cpu", "4GiB"), ("ntasks", "0"), ("ntasks", "-3"), ("cpus-per-task", "2.5"),
        ("nodes", "2-1"),
        ("nodes", "abc"), ("array", "1-x"), ("array", "5-1"), ("array", "0-15:0"), ("mail-type", "END;FAIL"),
        ("mail-type", "FINISH"), ("exclusive", "node"), ("gres", "gpu:a100:1:2"), ("dependency", "before:1"),
    ]

    @Test(.needsLocalCluster, arguments: refusedByBoth)
    func refusedValuesAreRefusedBySbatch(option: String, value: String) throws {
        var flags = SpecFlags()
        flags.set(option, to: value)
        #expect(throws: SpecError.self) { try flags.spec(kind: .distributed) }
        let script = "#!/bin/bash\n#SBATCH --\(option)=\(value)\n#SBATCH --mem-per-cpu=100\nhostname\n"
            .replacingOccurrences(
                of: "#SBATCH --mem-per-cpu=100\n",
                with: option == "mem-per-cpu" ? "" : "#SBATCH --mem-per-cpu=100\n")
        let result = try SbatchReferee.testOnly(script)
        #expect(result.status != 0, "sbatch accepted --\(option)=\(value): \(result.stderr)")
    }
}
