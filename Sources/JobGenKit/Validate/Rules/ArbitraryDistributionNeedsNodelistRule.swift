/// JG516: `--distribution=arbitrary` without a node list.
public struct ArbitraryDistributionNeedsNodelistRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG516", name: "arbitrary-distribution-needs-nodelist",
        title: "Arbitrary distribution without a node list", severity: .error,
        rationale: """
            With `--distribution=arbitrary` tasks are placed in the order of the node list, so \
            sbatch refuses it without `--nodelist`/`-w` or `--nodefile` ("With Arbitrary \
            distribution you need to specify a nodelist or hostfile with the -w option").
            """,
        triggering: ["#!/bin/bash\n#SBATCH ↓--distribution=arbitrary\nhostname\n"],
        nonTriggering: ["#!/bin/bash\n#SBATCH --distribution=arbitrary -w n1,n1,n2\nhostname\n"])

    public func check(_ script: BatchScript) -> [Diagnostic] {
        guard let use = script.last("distribution"), let value = use.value,
            let distribution = try? Distribution(slurm: value), distribution.levels.first == "arbitrary",
            script.last("nodelist") == nil, script.last("nodefile") == nil
        else { return [] }
        return [
            description.diagnostic(
                in: script, at: use.position,
                "--distribution=\(value) on line \(use.position.line) needs --nodelist or --nodefile; sbatch refuses it",
                hint: "list the nodes in task order, e.g. --nodelist=n1,n1,n2, or use --distribution=block")
        ]
    }
}
