/// The grammar an sbatch option's value is checked against. Each case maps to one `SlurmValue`
/// type; `text` and `flag` are not checked beyond tokenising.
public enum ValueGrammar: String, Sendable, Equatable, CaseIterable {
    case flag, text
    case wallTime, memory, count, nodeCount, gpuCount, gpusPerUnit, gres, array, dependency
    case mailTypes, filenamePattern, exclusive
    case openMode, signal, distribution, hint, cpuFreq, beginTime, killOnInvalidDep, waitAllNodes
}

/// The verdict of a value against its grammar.
public enum ValueCheck: Sendable, Equatable {
    /// sbatch accepts it; `notes` are warnings for legal but surprising values.
    case accepted(notes: [String])
    /// sbatch rejects it.
    case rejected(GrammarError)
    /// This grammar is not checked (free text).
    case unchecked
}

extension ValueGrammar {
    /// Checks `text` against this grammar by parsing it with the grammar's `SlurmValue` type.
    public func check(_ text: String) -> ValueCheck {
        switch self {
        case .flag, .text: .unchecked
        case .openMode: Self.run(OpenMode.self, text)
        case .signal: Self.run(Signal.self, text)
        case .distribution: Self.run(Distribution.self, text)
        case .hint: Self.run(Hint.self, text)
        case .cpuFreq: Self.run(CpuFreq.self, text)
        case .beginTime: Self.run(BeginTime.self, text)
        case .killOnInvalidDep: Self.run(KillOnInvalidDep.self, text)
        case .waitAllNodes: Self.run(WaitAllNodes.self, text)
        case .wallTime: Self.run(WallTime.self, text)
        case .memory: Self.run(MemorySize.self, text)
        case .count: Self.run(PositiveCount.self, text)
        case .nodeCount: Self.run(NodeCount.self, text)
        case .gpuCount: Self.run(GPUCount.self, text)
        case .gpusPerUnit: Self.run(GPUsPerUnit.self, text)
        case .gres: Self.run(Gres.self, text)
        // sbatch accepts an empty --array and submits an ordinary job.
        case .array where text.isEmpty:
            .accepted(notes: ["an empty --array is ignored: the job is not an array"])
        case .array: Self.run(ArraySpec.self, text)
        case .dependency: Self.run(Dependency.self, text)
        case .mailTypes: Self.run(MailTypes.self, text)
        case .filenamePattern: Self.run(FilenamePattern.self, text)
        case .exclusive: Self.run(ExclusiveMode.self, text)
        }
    }

    private static func run<V: SlurmValue>(_ type: V.Type, _ text: String) -> ValueCheck {
        do {
            return .accepted(notes: try V(slurm: text).notes)
        } catch {
            return .rejected(error)
        }
    }
}
