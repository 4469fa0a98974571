/// JG101: sbatch refuses a script with nothing but whitespace.
public struct EmptyScriptRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG101", name: "empty-script", title: "Empty script", severity: .error,
        rationale: "sbatch refuses an empty or whitespace-only script (\"Batch script is empty!\").",
        triggering: ["↓", "↓  \n\n\t\n"],
        nonTriggering: ["#!/bin/bash\nhostname\n"])

    public func check(_ script: BatchScript) -> [Diagnostic] {
        guard script.isBlank else { return [] }
        return [
            description.diagnostic(
                in: script, at: SourcePosition(line: 1, column: 1), "the script is empty; sbatch refuses it",
                hint: "start with an interpreter line and a command, e.g. '#!/bin/bash' then 'srun hostname'")
        ]
    }
}
