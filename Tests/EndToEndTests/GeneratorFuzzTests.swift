import Foundation
import JobGenKit
import Testing

/// Random parameter sets, the same every run (fixed seed), judged by jobgen and by the real sbatch:
/// what jobgen renders sbatch accepts, and what jobgen refuses as a fatal combination sbatch
/// refuses too (the refused spec is rendered without jobgen's checks and submitted as is).
@Suite("Generator fuzzing against the real sbatch")
struct GeneratorFuzzTests {
    /// SplitMix64: a small deterministic generator, so a failing case can be replayed.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pool: [(String, [String])] = [
        ("time", ["10", "5:30", "1:00:00", "0-2", "1-0:30", "UNLIMITED", "25:99:99"]),
        ("ntasks", ["1", "2", "3", "4", "8"]), ("nodes", ["1", "2", "1-2"]),
        ("ntasks-per-node", ["1", "2", "4"]),
        ("cpus-per-task", ["1", "2", "4"]),
        // One memory option at a time: two are refused while reading the flags, before any script.
        (
            "memory",
            [
                "mem=0", "mem=1G", "mem=2048", "mem-per-cpu=100", "mem-per-cpu=500M", "mem-per-gpu=1G",
                "mem-per-gpu=100",
            ]
        ), ("gpus", ["1", "2", "a100:1", "a100:2", "4"]),
        ("gpus-per-node", ["1", "2", "a100:1", "a100:2"]), ("gres", ["gpu:1", "gpu:a100:1", "gpu", "gpu:2"]),
        ("output", ["o-%j.out", "%x_%A_%a.log"]), ("array", ["0-3", "1,3,5", "0-7:2", "0-9%2"]),
        ("dependency", ["singleton", "afterok:1", "after:1+5"]),
        ("mail-type", ["END", "BEGIN,END,FAIL", "all"]),
        ("exclusive", ["", "user", "mcs"]), ("tmp", ["100M", "1"]),
        (
            "sbatch",
            [
                "requeue", "nice=5", "hint=compute_bound", "gpus-per-task=1", "gpus-per-task=a100:1",
                "cpus-per-gpu=1",
                "ntasks-per-gpu=1", "sockets-per-node=1", "gpus-per-socket=1",
                "ntasks-per-core=1",
            ]
        ),
    ]

    static func set(_ key: String, _ value: String, in flags: inout SpecFlags) {
        switch key {
        case "memory":  // "mem=4G": one memory option at a time
            let parts = value.split(separator: "=", maxSplits: 1).map(String.init)
            flags.set(parts[0], to: parts[1])
        case "sbatch": flags.sbatch.append(value)
        default: flags.set(key, to: value)
        }
    }

    enum Outcome: Sendable {
        case rendered(String)
        case refused(String, reason: String)
    }

    /// jobgen's verdict, and the script sbatch is asked about.
    static func judge(kind: JobKind, flags: SpecFlags) throws -> Outcome {
        let spec = try flags.spec(kind: kind)
        let generator = ScriptGenerator(renderer: try Renderer())
        let resolved = ClusterProfile.generic.resolve(spec)
        let unchecked = try generator.renderer.render(ScriptModel(spec: resolved))
        do {
            return .rendered(try generator.script(for: spec))
        } catch let error as SpecError {
            return .refused(unchecked, reason: error.description)
        } catch let rejected as RejectedScript {
            return .refused(unchecked, reason: rejected.diagnostics.map(\.message).joined(separator: "; "))
        }
    }

    @Test(.needsLocalCluster, .timeLimit(.minutes(5)))
    func randomParameterSetsAgreeWithSbatch() async throws {
        // JOBGEN_FUZZ_SEED replays or widens the search; the default keeps every run the same.
        let seed = ProcessInfo.processInfo.environment["JOBGEN_FUZZ_SEED"].flatMap { UInt64($0) } ?? 2026
        var random = SeededGenerator(state: seed)
        var cases: [(JobKind, SpecFlags, [String])] = []
        for _ in 0..<160 {
            let kind = JobKind.allCases.randomElement(using: &random)!
            var flags = SpecFlags()
            var shown = [kind.rawValue]
            for (key, values) in Self.pool.shuffled(using: &random).prefix(
                Int.random(in: 1...6, using: &random))
            {
                let value = values.randomElement(using: &random)!
                Self.set(key, value, in: &flags)
                shown.append("--\(key) \(value)")
            }
            cases.append((kind, flags, shown))
        }
        let outcomes = try cases.map { try Self.judge(kind: $0.0, flags: $0.1) }
        let verdicts = try await withThrowingTaskGroup(of: (Int, SbatchReferee.Verdict).self) {
            group in
            var verdicts = [SbatchReferee.Verdict?](repeating: nil, count: outcomes.count)
            var next = 0
            func submit(_ group: inout ThrowingTaskGroup<(Int, SbatchReferee.Verdict), Error>) {
                guard next < outcomes.count else { return }
                let index = next
                next += 1
                let script: String
                switch outcomes[index] {
                case .rendered(let text), .refused(let text, _): script = text
                }
                group.addTask { (index, try SbatchReferee.verdict(of: script)) }
            }
            for _ in 0..<8 { submit(&group) }
            while let (index, verdict) = try await group.next() {
                verdicts[index] = verdict
                submit(&group)
            }
            return verdicts.map { $0! }
        }
        var rendered = 0
        var refusedAgreed = 0
        var outOfScope = 0
        var disagreements: [String] = []
        for (index, outcome) in outcomes.enumerated() {
            let shown = cases[index].2.joined(separator: " ")
            switch (outcome, verdicts[index]) {
            case (.rendered, .accepted): rendered += 1
            case (.rendered, .refused), (.refused(_, _), .refused): outOfScope += 1
            case (.rendered, .invalid(let said)):
                disagreements.append("jobgen renders, sbatch rejects: \(shown): \(said)")
            case (.refused(_, _), .invalid): refusedAgreed += 1
            case (.refused(_, let reason), .accepted):
                disagreements.append("jobgen refuses, sbatch accepts: \(shown): \(reason)")
            }
        }
        print(
            "generator fuzz (seed \(seed)): \(cases.count) sets, \(rendered) rendered and accepted, \(refusedAgreed) refused by both, "
                + "\(outOfScope) resource refusals (out of scope), \(disagreements.count) disagree")
        #expect(disagreements.isEmpty, "\(disagreements.joined(separator: "\n"))")
        #expect(rendered >= 20 && refusedAgreed >= 10, "the sets must exercise both sides")
    }
}
