import Dispatch
import Foundation
import JobGenKit
import Synchronization

/// Validates many scripts on all cores; scripts are independent, so only the order of the
/// results needs care.
enum ParallelValidation {
    /// Each input's findings, in the order of `inputs`.
    static func findings(
        for inputs: [ScriptInput], target: SlurmVersion, disabled: Set<String>,
        cluster: ClusterResources? = nil
    ) -> [Findings] {
        let validator = Validator(target: target, cluster: cluster)
        @Sendable func check(_ input: ScriptInput) -> Findings {
            validator.check(bytes: input.bytes, name: input.name, disabled: disabled)
        }
        guard inputs.count > 1 else { return inputs.map(check) }
        let chunkCount = min(inputs.count, ProcessInfo.processInfo.activeProcessorCount * 8)
        let results = Mutex([[Findings]](repeating: [], count: chunkCount))
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let range = (inputs.count * chunk / chunkCount)..<(inputs.count * (chunk + 1) / chunkCount)
            let found = inputs[range].map(check)
            results.withLock { $0[chunk] = found }
        }
        return results.withLock { $0.flatMap { $0 } }
    }
}
