/// The grammar an sbatch option's value is checked against. Each case maps to one `SlurmValue`
/// type; `text` and `flag` are not checked beyond tokenising.
public enum ValueGrammar: String, Sendable, Equatable, CaseIterable {
    case flag, text
    case wallTime, memory, count, taskCount, cpusPerTask, nice, nodeCount, gpuCount, gpusPerUnit, gres, array,
        dependency
    case mailTypes, filenamePattern, exclusive
    case openMode, signal, distribution, hint, cpuFreq, beginTime, killOnInvalidDep, waitAllNodes
    case gresFlags, profile, propagate, coreSpec, switches, acctgFreq, getUserEnv, extraNodeInfo, priority
}

/// The verdict of a value against its grammar.
public enum ValueCheck: Sendable, Equatable {
    /// sbatch accepts it; `notes` are warnings for legal but surprising values.
    case accepted(notes: [String])
    /// sbatch accepts it, but only through overflow or a nonsense reading (`refusal` says what
    /// sbatch does): a warning for the validator, refused by the generator.
    case tolerated(refusal: String, notes: [String])
    /// sbatch rejects it.
    case rejected(GrammarError)
    /// This grammar is not checked (free text).
    case unchecked
}

extension ValueGrammar {
    /// The `SlurmValue` type that parses this grammar; nil for flags and free text.
    public var valueType: (any SlurmValue.Type)? {
        switch self {
        case .flag, .text: nil
        case .openMode: OpenMode.self
        case .signal: Signal.self
        case .distribution: Distribution.self
        case .hint: Hint.self
        case .cpuFreq: CpuFreq.self
        case .beginTime: BeginTime.self
        case .killOnInvalidDep: KillOnInvalidDep.self
        case .waitAllNodes: WaitAllNodes.self
        case .wallTime: WallTime.self
        case .memory: MemorySize.self
        case .count: PositiveCount.self
        case .taskCount: TaskCount.self
        case .cpusPerTask: CPUsPerTaskCount.self
        case .nice: Nice.self
        case .nodeCount: NodeCount.self
        case .gpuCount: GPUCount.self
        case .gpusPerUnit: GPUsPerUnit.self
        case .gres: Gres.self
        case .array: ArraySpec.self
        case .dependency: Dependency.self
        case .mailTypes: MailTypes.self
        case .filenamePattern: FilenamePattern.self
        case .exclusive: ExclusiveMode.self
        case .gresFlags: GresFlags.self
        case .profile: Profile.self
        case .propagate: Propagate.self
        case .coreSpec: CoreSpec.self
        case .switches: Switches.self
        case .acctgFreq: AcctgFreq.self
        case .getUserEnv: GetUserEnv.self
        case .extraNodeInfo: ExtraNodeInfo.self
        case .priority: Priority.self
        }
    }

    /// A valid value, for messages; nil for flags and free text.
    public var example: String? { valueType?.example }

    /// Checks `text` against this grammar by parsing it with the grammar's `SlurmValue` type.
    public func check(_ text: String) -> ValueCheck {
        // sbatch accepts an empty --array and submits an ordinary job.
        if self == .array, text.isEmpty {
            return .accepted(notes: ["an empty --array is ignored: the job is not an array"])
        }
        guard let valueType else { return .unchecked }
        return Self.run(valueType, text)
    }

    private static func run<V: SlurmValue>(_ type: V.Type, _ text: String) -> ValueCheck {
        do {
            let value = try V(slurm: text)
            if let refusal = value.generatorRefusal {
                return .tolerated(refusal: refusal, notes: value.notes)
            }
            return .accepted(notes: value.notes)
        } catch {
            return .rejected(error)
        }
    }
}
