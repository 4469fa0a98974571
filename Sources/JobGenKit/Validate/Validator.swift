/// Runs every rule over a script and returns the findings in script order.
public struct Validator: Sendable {
    public let rules: [any Rule]
    /// The Slurm release the scripts are checked for.
    public let target: SlurmVersion
    /// The cluster requests are checked against; nil for none.
    public let cluster: ClusterResources?
    /// `rules`, the cluster's apart (sorted once: a cast per rule and script costs more than most rules).
    private let plainRules: [any Rule]
    private let clusterRules: [any ClusterRule]
    /// The cluster's host lists, read once for every script that names nodes.
    private let nodeLists: NodeLists

    /// A validator with all of jobgen's rules, for the newest Slurm jobgen knows unless told;
    /// with `cluster`, requests are also checked against what that cluster has (JG701).
    public init(
        rules: [any Rule] = AllRules.list, target: SlurmVersion = .newestKnown,
        cluster: ClusterResources? = nil
    ) {
        self.rules =
            cluster == nil
            ? rules
            : rules.map { rule in rule.asClusterRule.map { type(of: $0).init(cluster: cluster) } ?? rule }
        self.target = target
        self.cluster = cluster
        nodeLists = cluster.map(NodeLists.init) ?? .none
        clusterRules = self.rules.compactMap(\.asClusterRule)
        plainRules = self.rules.filter { $0.asClusterRule == nil }
    }

    /// Validates a script read for this validator's target release.
    public func validate(_ script: BatchScript) -> [Diagnostic] {
        validate(script, plainFindings: plainFindings(script))
    }

    /// The findings of the rules that do not weigh the job against a cluster: what can be found
    /// while the profile is still being read (the same for every validator of one target).
    public func plainFindings(_ script: BatchScript) -> [Diagnostic] {
        assert(script.release == target, "a script read for Slurm \(script.release) validated for \(target)")
        // A loop, not flatMap: most rules find nothing, and flatMap grew its array for each.
        var found: [Diagnostic] = []
        for index in plainRules.indices {
            let diagnostics = plainRules[index].check(script, for: target)
            if !diagnostics.isEmpty { found.append(contentsOf: diagnostics) }
        }
        return found
    }

    /// Validates a script whose `plainFindings` are known.
    func validate(_ script: BatchScript, plainFindings: [Diagnostic]) -> [Diagnostic] {
        let facts = cluster.map { JobFacts(script, on: $0, nodeLists: nodeLists) }
        var own = plainFindings
        for index in clusterRules.indices {
            let diagnostics = clusterRules[index].check(script, facts: facts)
            if !diagnostics.isEmpty { own.append(contentsOf: diagnostics) }
        }
        return (own + submittedScriptFindings(script)).sorted {
            ($0.position, $0.rule) < ($1.position, $1.rule)
        }
    }

    /// A here-document fed to `sbatch` is a script of its own: its findings, at their place in
    /// the outer file. Where the outer shell expands the text first, findings on lines holding an
    /// expansion are left out: what sbatch will read there is not known.
    private func submittedScriptFindings(_ script: BatchScript) -> [Diagnostic] {
        script.heredocSubmissions.flatMap { submission in
            validate(submission.script).compactMap { inner -> Diagnostic? in
                let line = submission.script.lines[min(inner.line, submission.script.lines.count) - 1]
                if !submission.literal, line.contains("$") || line.contains("`") { return nil }
                var outer = inner
                outer.file = script.name
                outer.position = submission.outerPosition(inner.position)
                outer.message =
                    "in the script sbatch reads on line \(submission.submittedAt.line): " + inner.message
                return outer
            }
        }
    }

    /// Reads and validates a script from its bytes.
    public func validate(bytes: [UInt8], name: String) -> [Diagnostic] {
        validate(BatchScript(bytes: bytes, name: name, release: target))
    }

    /// Validates a script and splits the findings by the script's `# jobgen disable=` comments
    /// and by `disabled`, codes (any case) turned off for the whole file. JG108's findings, about
    /// the disable comments themselves, are always reported.
    public func check(_ script: BatchScript, disabled: Set<String> = []) -> Findings {
        check(script, plainFindings: plainFindings(script), disabled: disabled)
    }

    /// `check(_:disabled:)` of a script whose `plainFindings` are known.
    public func check(_ script: BatchScript, plainFindings: [Diagnostic], disabled: Set<String> = [])
        -> Findings
    {
        let diagnostics = validate(script, plainFindings: plainFindings)
        let suppressions = Suppressions(script, disabled: disabled)
        guard !suppressions.isEmpty else { return Findings(reported: diagnostics, suppressed: []) }
        var findings = Findings(reported: [], suppressed: [])
        for var diagnostic in diagnostics {
            if diagnostic.rule != UnknownDisableCodeRule.code && suppressions.suppresses(diagnostic) {
                diagnostic.suppressed = true
                findings.suppressed.append(diagnostic)
            } else {
                findings.reported.append(diagnostic)
            }
        }
        return findings
    }

    /// Reads a script from its bytes and checks it, as `check(_:disabled:)`.
    public func check(bytes: [UInt8], name: String, disabled: Set<String> = []) -> Findings {
        check(BatchScript(bytes: bytes, name: name, release: target), disabled: disabled)
    }

    /// The rule with this code (case-insensitive), if any.
    public static func rule(code: String) -> (any Rule)? {
        let wanted = code.uppercased()
        return AllRules.list.first { $0.description.code == wanted }
    }
}

/// One script's findings: those reported and those a disable turned off, each in script order.
public struct Findings: Sendable, Equatable {
    public var reported: [Diagnostic]
    /// Marked `suppressed`.
    public var suppressed: [Diagnostic]

    public init(reported: [Diagnostic], suppressed: [Diagnostic]) {
        self.reported = reported
        self.suppressed = suppressed
    }

    /// Both, in script order.
    public var all: [Diagnostic] {
        suppressed.isEmpty
            ? reported : (reported + suppressed).sorted { ($0.position, $0.rule) < ($1.position, $1.rule) }
    }
}
