/// JG520: `--gpus-per-socket` needs `--sockets-per-node`.
public struct GPUsPerSocketNeedsSocketsRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG520", name: "gpus-per-socket-needs-sockets", title: "--gpus-per-socket without --sockets-per-node",
        severity: .error,
        rationale: """
            sbatch refuses `--gpus-per-socket` unless the job says how many sockets it uses \
            ("--gpus-per-socket option requires --sockets-per-node specification").
            """,
        triggering: ["#!/bin/bash\n#SBATCH ↓--gpus-per-socket=1\nhostname\n"],
        nonTriggering: ["#!/bin/bash\n#SBATCH --sockets-per-node=2 --gpus-per-socket=1\nhostname\n"])

    public func check(_ script: BatchScript) -> [Diagnostic] {
        guard let use = script.last("gpus-per-socket"), script.last("sockets-per-node") == nil else { return [] }
        return [
            description.diagnostic(
                in: script, at: use.position,
                "--gpus-per-socket on line \(use.position.line) needs --sockets-per-node; sbatch refuses it alone",
                hint: "add the socket count, e.g. --sockets-per-node=2 --gpus-per-socket=1")
        ]
    }
}
