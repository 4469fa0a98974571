import Foundation
import JobGenKit
import Testing

/// jobgen's validator against the real sbatch of the local cluster, directive by directive.
@Suite("Validator against the real sbatch")
struct ValidatorDifferentialTests {
    typealias Verdict = SbatchReferee.Verdict

    /// Directives where jobgen knowingly disagrees with sbatch 22.05, each for a reason it
    /// states. The test fails when one of these starts to agree, so the list cannot go stale.
    static let knownDisagreements: [String: String] = [:]

    static let corpus: [String] = {
        let url = LocalCluster.repositoryRoot.appendingPathComponent("Tests/Fixtures/sbatch-directives.txt")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty }
    }()

    static func script(_ directive: String) -> String { "#!/bin/bash\n#SBATCH \(directive)\nhostname\n" }

    static func verdict(_ directive: String) throws -> Verdict {
        try SbatchReferee.verdict(of: script(directive))
    }

    @Test func corpusCoversEveryCheckedGrammar() {
        #expect(Self.corpus.count >= 150)
        let used = Set(
            Self.corpus.flatMap {
                BatchScript(text: Self.script($0), release: .v22_05).options.map(\.option.grammar)
            })
        let checked = Set(ValueGrammar.allCases).subtracting([.flag, .text])
        #expect(checked.subtracting(used).isEmpty, "no directive for \(checked.subtracting(used))")
    }

    @Test(.needsLocalCluster, .timeLimit(.minutes(5)))
    func jobgenCallsInvalidExactlyWhatSbatchRejects() async throws {
        let verdicts = try await concurrentMap(Self.corpus) { try Self.verdict($0) }

        var agreed = 0
        var refused = 0
        var disagreements: [String] = []
        var known: [String] = []
        let target = try SbatchReferee.release()
        for (directive, verdict) in zip(Self.corpus, verdicts) {
            let diagnostics = Validator(target: target).validate(
                BatchScript(text: Self.script(directive), name: "corpus.sh", release: target))
            let errors = diagnostics.filter { $0.severity == .error }
            switch verdict {
            case .refused:
                refused += 1
            case .accepted where errors.isEmpty, .invalid where !errors.isEmpty:
                agreed += 1
            case .accepted where Self.knownDisagreements[directive] != nil,
                .invalid where Self.knownDisagreements[directive] != nil:
                known.append(directive)
            case .accepted:
                disagreements.append("sbatch accepts '\(directive)', jobgen says: \(errors.map(\.message))")
            case .invalid(let said):
                disagreements.append("sbatch rejects '\(directive)' (\(said)), jobgen finds no error")
            }
        }
        let judged = Self.corpus.count - refused
        print(
            "differential: \(Self.corpus.count) directives, \(refused) resource refusals (out of scope), "
                + "\(agreed)/\(judged) agree (target Slurm \(target)), \(known.count) known disagreements, "
                + "\(disagreements.count) other disagreements"
        )
        #expect(disagreements.isEmpty, "\(disagreements.joined(separator: "\n"))")
        let nowAgreeing = Set(Self.knownDisagreements.keys).subtracting(known)
        #expect(
            nowAgreeing.isEmpty,
            "these now agree with sbatch; remove them from knownDisagreements: \(nowAgreeing)")
    }
}
