/// JG104: sbatch refuses DOS (CR LF) line breaks.
public struct CRLFLineEndingsRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG104", name: "crlf-line-endings", title: "DOS line endings (CR LF)", severity: .error,
        rationale: """
            sbatch refuses a script with DOS line breaks ("Batch script contains DOS line breaks"). \
            Files edited on Windows have them; `dos2unix` fixes the file.
            """,
        triggering: ["#!/bin/bash↓\r\nhostname\r\n", "#!/bin/bash\nhostname↓\r\n"],
        nonTriggering: ["#!/bin/bash\nhostname\n", "#!/bin/bash\necho 'a\rb'\n"])

    public func check(_ script: BatchScript) -> [Diagnostic] {
        guard let line = script.crlfLines.first else { return [] }
        let more = script.crlfLines.count - 1
        return [
            description.diagnostic(
                in: script, at: SourcePosition(line: line, column: script.lines[line - 1].utf8.count),
                "line \(line) ends in CR LF (DOS line break)" + (more > 0 ? ", and so do \(more) more lines" : "")
                    + "; sbatch refuses the script",
                hint: "convert the file: dos2unix FILE")
        ]
    }
}
