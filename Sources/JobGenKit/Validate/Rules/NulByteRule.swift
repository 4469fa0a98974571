/// JG103: Slurm refuses scripts containing a NUL byte.
public struct NulByteRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG103", name: "nul-byte", title: "NUL byte in the script", severity: .error,
        rationale: """
            The Slurm controller refuses scripts that contain a NUL character; they usually come \
            from a file saved as UTF-16 or a binary pasted by mistake.
            """,
        triggering: ["#!/bin/bash\necho a↓\u{0}b\n"],
        nonTriggering: ["#!/bin/bash\necho ab\n"])

    public func check(_ script: BatchScript) -> [Diagnostic] {
        guard let position = script.firstNul else { return [] }
        return [
            description.diagnostic(
                in: script, at: position, "NUL byte on line \(position.line); Slurm refuses the script",
                hint: "remove it; if the file is UTF-16, convert it: iconv -f UTF-16 -t UTF-8")
        ]
    }
}
