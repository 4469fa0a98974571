/// A batch script that a script submits through a here-document (`sbatch <<EOF` ... `EOF`, a
/// job submitting its follow-up): a script of its own, whose `#SBATCH` lines are its directives.
public struct HeredocSubmission: Sendable {
    /// The submitted script, read for the same release as the outer one.
    public let script: BatchScript
    /// The outer line of the submitted script's line 1.
    public let firstLine: Int
    /// Where `sbatch` stands in the outer script.
    public let submittedAt: SourcePosition
    /// False when the outer shell expands `$VAR`, `$(...)` and backticks in it before sbatch reads
    /// it (an unquoted end word): what those become is not known here.
    public let literal: Bool
    /// Tabs `<<-` took off the start of each line, to put findings back at their column.
    let strippedTabs: [Int]

    /// A position in the submitted script as a position in the outer one.
    public func outerPosition(_ inner: SourcePosition) -> SourcePosition {
        let tabs = inner.line - 1 < strippedTabs.count ? strippedTabs[inner.line - 1] : 0
        return SourcePosition(line: inner.line + firstLine - 1, column: inner.column + tabs)
    }
}

extension BatchScript {
    /// The scripts this one hands to `sbatch` on standard input through a here-document.
    public var heredocSubmissions: [HeredocSubmission] {
        guard let shell, !shell.heredocs.isEmpty else { return [] }
        return shell.commands.compactMap { command -> HeredocSubmission? in
            guard let name = command.program?.word.text, command.program?.word.basename == "sbatch",
                let heredoc = command.heredocs.first, let body = heredoc.body
            else { return nil }
            var text = ""
            var tabs: [Int] = []
            for line in lines[(body.lowerBound - 1)..<min(body.upperBound, lines.count)] {
                let kept = heredoc.stripsTabs ? line.drop { $0 == "\t" } : line[...]
                tabs.append(line.utf8.count - kept.utf8.count)
                text += kept + "\n"
            }
            return HeredocSubmission(
                script: BatchScript(
                    text: text, name: "\(name) (here-document of line \(command.position.line))",
                    release: release),
                firstLine: body.lowerBound, submittedAt: command.position, literal: heredoc.quoted,
                strippedTabs: tabs)
        }
    }
}
