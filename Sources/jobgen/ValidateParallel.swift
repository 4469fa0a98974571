import Dispatch
import Foundation
import JobGenKit
import Synchronization

/// Validates many scripts on all cores; scripts are independent, so only the order of the
/// results needs care.
enum ParallelValidation {
    static func diagnostics(for inputs: [ScriptInput], target: SlurmVersion) -> [Diagnostic] {
        let validator = Validator(target: target)
        guard inputs.count > 1 else {
            return inputs.flatMap { validator.validate(bytes: $0.bytes, name: $0.name) }
        }
        let chunkCount = min(inputs.count, ProcessInfo.processInfo.activeProcessorCount * 8)
        let results = Mutex([[Diagnostic]](repeating: [], count: chunkCount))
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let range = (inputs.count * chunk / chunkCount)..<(inputs.count * (chunk + 1) / chunkCount)
            let found = inputs[range].flatMap { validator.validate(bytes: $0.bytes, name: $0.name) }
            results.withLock { $0[chunk] = found }
        }
        return results.withLock { $0.flatMap { $0 } }
    }
}
