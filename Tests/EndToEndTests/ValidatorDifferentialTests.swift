import Foundation
import JobGenKit
import Testing

/// jobgen's validator against the real sbatch of the local cluster, directive by directive.
@Suite("Validator against the real sbatch")
struct ValidatorDifferentialTests {
    /// What sbatch made of a one-directive script.
    enum Verdict: Equatable {
        case accepted
        /// sbatch (or the controller) found the request invalid.
        case invalid(String)
        /// A resource or policy refusal of this cluster ("Requested node configuration is not
        /// available"): the request is well formed, so it is out of scope.
        case refused(String)
    }

    /// Controller answers that judge the cluster, not the request's grammar.
    static let resourceRefusals = [
        "Requested node configuration is not available", "More processors requested than permitted",
        "Invalid feature specification", "Requested reservation is invalid", "Invalid license specification",
        "Invalid account", "Invalid qos", "Invalid partition", "Memory required by task is not available",
        "Requested time limit is invalid", "Node count specification invalid",
    ]

    static let corpus: [String] = {
        let url = LocalCluster.repositoryRoot.appendingPathComponent("Tests/Fixtures/sbatch-directives.txt")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty }
    }()

    static func script(_ directive: String) -> String { "#!/bin/bash\n#SBATCH \(directive)\nhostname\n" }

    static func verdict(_ directive: String) throws -> Verdict {
        let result = try Command.run(
            "sbatch", ["--test-only"], input: script(directive), environment: LocalCluster.environment,
            timeout: .seconds(60))
        if result.status == 0 { return .accepted }
        let said = (result.stderr + result.stdout).trimmingCharacters(in: .whitespacesAndNewlines)
        if resourceRefusals.contains(where: { said.contains($0) }) { return .refused(said) }
        return .invalid(said)
    }

    @Test func corpusCoversEveryCheckedGrammar() {
        #expect(Self.corpus.count >= 150)
        let used = Set(Self.corpus.flatMap { BatchScript(text: Self.script($0)).options.map(\.option.grammar) })
        let checked = Set(ValueGrammar.allCases).subtracting([.flag, .text])
        #expect(checked.subtracting(used).isEmpty, "no directive for \(checked.subtracting(used))")
    }

    @Test(.needsLocalCluster, .timeLimit(.minutes(5)))
    func jobgenCallsInvalidExactlyWhatSbatchRejects() async throws {
        let verdicts = try await withThrowingTaskGroup(of: (Int, Verdict).self) { group in
            var verdicts = [Verdict?](repeating: nil, count: Self.corpus.count)
            var next = 0
            func submit(_ group: inout ThrowingTaskGroup<(Int, Verdict), Error>) {
                guard next < Self.corpus.count else { return }
                let index = next
                next += 1
                group.addTask { (index, try Self.verdict(Self.corpus[index])) }
            }
            for _ in 0..<8 { submit(&group) }
            while let (index, verdict) = try await group.next() {
                verdicts[index] = verdict
                submit(&group)
            }
            return verdicts.map { $0! }
        }

        var agreed = 0, refused = 0, newerOptions = 0
        var disagreements: [String] = []
        for (directive, verdict) in zip(Self.corpus, verdicts) {
            let diagnostics = Validator().validate(BatchScript(text: Self.script(directive), name: "corpus.sh"))
            let errors = diagnostics.filter { $0.severity == .error }
            switch verdict {
            case .refused:
                refused += 1
            case .accepted where errors.isEmpty, .invalid where !errors.isEmpty:
                agreed += 1
            case .invalid where diagnostics.contains { $0.rule == NewerOptionRule().description.code }:
                // Options of newer Slurm: jobgen warns (JG406) instead of refusing them everywhere.
                newerOptions += 1
            case .accepted:
                disagreements.append("sbatch accepts '\(directive)', jobgen says: \(errors.map(\.message))")
            case .invalid(let said):
                disagreements.append("sbatch rejects '\(directive)' (\(said)), jobgen finds no error")
            }
        }
        let judged = Self.corpus.count - refused
        print(
            "differential: \(Self.corpus.count) directives, \(refused) resource refusals (out of scope), "
                + "\(agreed)/\(judged) agree, \(newerOptions) newer-Slurm options warned, \(disagreements.count) disagree")
        #expect(disagreements.isEmpty, "\(disagreements.joined(separator: "\n"))")
    }
}
