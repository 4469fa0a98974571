import Foundation
import Testing

/// `jobgen submit KIND` reads the kind commands' flags in every spelling `jobgen KIND` reads.
/// Without sbatch on PATH a submission that parsed, rendered and validated ends at exit 69
/// ("sbatch was not found"); a flag it misread ends at exit 64 first.
@Suite("jobgen submit KIND: the kind commands' argument forms")
struct SubmitArgumentFormsTests {
    static func submitWithoutSbatch(_ arguments: [String]) throws -> JobGenProcess.Result {
        let emptyPath = try JobGenProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: emptyPath) }
        return try JobGenProcess.run(["submit"] + arguments, environment: ["PATH": emptyPath.path])
    }

    @Test(arguments: [
        ["distributed", "-A", "def-x", "-n4"],
        ["distributed", "-A", "def-x", "--exclusive=user"],
        ["distributed", "-Adef-x", "-n8", "-t1:00:00", "--wait"],
        ["whole-node", "-A", "def-x", "-N3", "--test-only", "--ntasks-per-node=16", "--exclusive=mcs"],
        ["gpu", "-A", "def-x", "-G", "a100:2", "-c4", "--exclusive"],
        ["distributed", "-A", "def-x", "--wait", "-n4", "--", "--partition=debug"],
    ])
    func sbatchSpellingsReachSbatch(arguments: [String]) throws {
        let result = try Self.submitWithoutSbatch(arguments)
        #expect(result.status == 69, "\(result.stderr)")
        #expect(result.stderr.contains("sbatch was not found on PATH"), "\(result.stderr)")
        #expect(!result.stderr.contains("Unknown option"), "\(result.stderr)")
    }

    /// An attached value reaches its flag's grammar, which names it.
    @Test(arguments: [
        (["distributed", "-n0"], "jobgen: error: --ntasks '0'"),
        (["whole-node", "--wait", "-N0"], "jobgen: error: --nodes '0'"),
        (["gpu", "--exclusive=always"], "jobgen: error: --exclusive 'always'"),
    ])
    func attachedValuesAreCheckedByTheirFlag(arguments: [String], message: String) throws {
        let result = try Self.submitWithoutSbatch(arguments)
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
    }
}
