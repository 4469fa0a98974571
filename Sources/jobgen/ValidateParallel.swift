import Dispatch
import Foundation
import JobGenKit
import Synchronization

/// Validates many scripts on all cores; scripts are independent, so only the order of the
/// results needs care.
enum ParallelValidation {
    /// What checking the scripts found: each script's findings and each script that could not
    /// be read, both in the order of the sources.
    struct Outcome {
        var findings: [Findings] = []
        var unreadable: [ScriptReadFailure] = []
    }

    /// Reads and checks `sources` against the profile `cluster` gives once it is read (nil:
    /// none). The scripts are read and the rules that weigh no cluster run while `cluster`
    /// waits, so reading a profile overlaps the checking. Throws what `cluster` throws.
    static func check<Failure: Error>(
        _ sources: [ScriptSource], target: SlurmVersion, disabled: Set<String>,
        cluster: @escaping @Sendable () throws(Failure) -> ClusterResources?
    ) throws(Failure) -> Outcome {
        let plain = Validator(target: target)
        let full = SharedValidator(target: target, cluster: cluster)
        @Sendable func check(_ sources: ArraySlice<ScriptSource>) -> Outcome {
            var outcome = Outcome()
            var scripts: [BatchScript] = []
            for source in sources {
                switch source.read() {
                case .success(let input):
                    scripts.append(BatchScript(bytes: input.bytes, name: input.name, release: target))
                case .failure(let failure): outcome.unreadable.append(failure)
                }
            }
            let plainFindings = scripts.map(plain.plainFindings)
            guard let validator = try? full.validator.get() else { return outcome }
            outcome.findings = zip(scripts, plainFindings).map {
                validator.check($0, plainFindings: $1, disabled: disabled)
            }
            return outcome
        }
        let chunkCount = min(sources.count, ProcessInfo.processInfo.activeProcessorCount * 2)
        let results = Mutex([Outcome](repeating: Outcome(), count: chunkCount))
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let range = (sources.count * chunk / chunkCount)..<(sources.count * (chunk + 1) / chunkCount)
            let outcome = check(sources[range])
            results.withLock { $0[chunk] = outcome }
        }
        _ = try full.validator.get()
        return results.withLock { outcomes in
            Outcome(findings: outcomes.flatMap(\.findings), unreadable: outcomes.flatMap(\.unreadable))
        }
    }
}

/// The validator with the cluster profile, made once by the first chunk that needs it.
private final class SharedValidator<Failure: Error>: Sendable {
    private let made = Mutex<Result<Validator, Failure>?>(nil)
    private let target: SlurmVersion
    private let cluster: @Sendable () throws(Failure) -> ClusterResources?

    init(target: SlurmVersion, cluster: @escaping @Sendable () throws(Failure) -> ClusterResources?) {
        self.target = target
        self.cluster = cluster
    }

    var validator: Result<Validator, Failure> {
        made.withLock { made in
            if let made { return made }
            let result: Result<Validator, Failure>
            do throws(Failure) {
                result = .success(Validator(target: target, cluster: try cluster()))
            } catch {
                result = .failure(error)
            }
            made = result
            return result
        }
    }
}
