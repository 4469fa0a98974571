/// JG105: bytes that are not UTF-8.
public struct InvalidUTF8Rule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG105", name: "invalid-utf8", title: "Text that is not UTF-8", severity: .error,
        rationale: """
            A script in Latin-1 or another legacy encoding passes job names, paths and comments to \
            Slurm and the shell as garbage; Slurm's tools and databases expect UTF-8.
            """,
        triggering: ["#!/bin/bash\n#SBATCH --job-name=caf↓«E9»\nhostname\n"],
        nonTriggering: ["#!/bin/bash\n#SBATCH --job-name=café\nhostname\n"])

    public func check(_ script: BatchScript) -> [Diagnostic] {
        guard let position = script.firstInvalidUTF8 else { return [] }
        return [
            description.diagnostic(
                in: script, at: position, "line \(position.line) is not valid UTF-8 at column \(position.column)",
                hint: "convert the file to UTF-8, e.g. iconv -f LATIN1 -t UTF-8 FILE")
        ]
    }
}
