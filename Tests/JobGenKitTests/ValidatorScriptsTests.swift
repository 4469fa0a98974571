import Foundation
import JobGenKit
import Testing

/// The repository's root, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

@Suite("Validator on whole scripts")
struct ValidatorScriptsTests {
    static let seedScripts = ["submit-mpi4py-distributed.sh", "submit-mpi4py-whole-nodes.sh", "submit-mpi4py-gpu.sh"]

    @Test("the Alliance wiki's seed scripts validate with no error", arguments: seedScripts)
    func seedScriptHasNoError(_ name: String) throws {
        let url = repositoryRoot.appendingPathComponent("Tests/Fixtures/seed/\(name)")
        let bytes = Array(try Data(contentsOf: url))
        let diagnostics = Validator().validate(bytes: bytes, name: name)
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        // The seed scripts are parsed as sbatch would: four or five directives each.
        #expect(BatchScript(bytes: bytes, name: name).options.count >= 4)
    }

    @Test func aScriptWithManyMistakesReportsEachWhereItIs() {
        let script = """
            #!/bin/bash
            #SBATCH --ntask=2 --time=10
            #SBATCH --mem-per-cpu=4 G
            module load gcc
            #SBATCH --mem=4G
            """
        let found = Validator().validate(BatchScript(text: script, name: "job.sh")).map {
            "\($0.rule)@\($0.line):\($0.column)"
        }
        #expect(found == ["JG402@2:9", "JG302@3:25", "JG201@5:1"])
    }

    @Test("random bytes never crash the validator", arguments: 0..<200)
    func randomBytes(_ seed: Int) {
        var generator = SplitMix(seed: UInt64(seed))
        let length = Int(generator.next() % 600)
        // Bias towards the bytes that matter to the parser so that the fuzzing reaches it.
        let alphabet = Array("#!SBATCH -=\"'\\\n\r\t :abc0129".utf8) + [0, 0xC3, 0xFF, 0x80]
        var bytes: [UInt8] = seed % 2 == 0 ? Array("#!/bin/bash\n#SBATCH ".utf8) : []
        for _ in 0..<length {
            let roll = generator.next()
            bytes.append(roll % 3 == 0 ? UInt8(truncatingIfNeeded: roll >> 8) : alphabet[Int(roll >> 8) % alphabet.count])
        }
        let diagnostics = Validator().validate(bytes: bytes, name: "fuzz.sh")
        for diagnostic in diagnostics {
            #expect(diagnostic.line >= 1 && diagnostic.column >= 1)
            #expect(!diagnostic.message.isEmpty)
        }
    }
}

/// A small deterministic random generator, so fuzz failures reproduce.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
