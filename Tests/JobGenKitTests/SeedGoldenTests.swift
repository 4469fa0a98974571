import Testing

@testable import JobGenKit

/// The three scripts of the seed page, reproduced byte for byte from the seed's own values.
@Suite("Seed scripts")
struct SeedGoldenTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let kind: JobKind
        let golden: String
        let flags: SpecFlags
        var testDescription: String { golden }
    }

    static func flags(_ build: (inout SpecFlags) -> Void) -> SpecFlags {
        var flags = SpecFlags()
        build(&flags)
        return flags
    }

    static let cases: [Case] = [
        Case(
            kind: .distributed, golden: "submit-mpi4py-distributed.sh",
            flags: flags {
                $0["account"] = "def-someprof"
                $0["time"] = "08:00:00"
                $0["ntasks"] = "4"
                $0["mem-per-cpu"] = "4G"
                $0.modules = ["StdEnv/2023", "gcc", "mpi4py/4.0.0", "python/3.12"]
                $0.pip = ["numpy==2.1.1"]
                $0.run = "python mpi4py-np-bc.py"
            }),
        Case(
            kind: .wholeNode, golden: "submit-mpi4py-whole-nodes.sh",
            flags: flags {
                $0["account"] = "def-someprof"
                $0["time"] = "01:00:00"
                $0["nodes"] = "2"
                $0["ntasks-per-node"] = "40"
                $0["mem-per-cpu"] = "1G"
                $0.modules = ["StdEnv/2023", "gcc", "openmpi", "mpi4py/4.0.0", "python/3.12"]
                $0.pip = ["numpy==2.1.1"]
                $0.run = "python mpi4py-np-bc.py"
            }),
        Case(
            kind: .gpu, golden: "submit-mpi4py-gpu.sh",
            flags: flags {
                $0["account"] = "def-someprof"
                $0["time"] = "08:00:00"
                $0["ntasks"] = "2"
                $0["mem-per-cpu"] = "2G"
                $0["gpus"] = "1"
                $0.modules = ["StdEnv/2023", "gcc", "cuda/12", "mpi4py/4.0.0", "python/3.11"]
                $0.pip = ["cupy", "numba"]
                $0.run = "python use_cupy.py"
            }),
    ]

    @Test(arguments: cases)
    func seedReproduced(_ test: Case) throws {
        let generator = ScriptGenerator(renderer: try Renderer())
        let script = try generator.script(for: try test.flags.spec(kind: test.kind))
        #expect(script == (try Golden.seed(test.golden)))
    }

    /// The kinds' defaults are the seed's values, so account, modules, pip and run suffice.
    @Test(arguments: cases)
    func seedFromDefaults(_ test: Case) throws {
        var flags = SpecFlags()
        flags["account"] = test.flags["account"]
        flags.modules = test.flags.modules
        flags.pip = test.flags.pip
        flags.run = test.flags.run
        let script = try ScriptGenerator(renderer: try Renderer()).script(
            for: try flags.spec(kind: test.kind))
        #expect(script == (try Golden.seed(test.golden)))
    }
}
