/// JG301: an unmatched quote in a directive stops sbatch.
public struct UnmatchedQuoteRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG301", name: "unmatched-quote", title: "Unmatched quote in a directive", severity: .error,
        rationale: """
            sbatch groups words in `'...'` or `"..."` and stops with "Unmatched `\"` in [...]" when a \
            quote is not closed on the same line.
            """,
        triggering: ["#!/bin/bash\n#SBATCH --job-name=↓\"my job\nhostname\n", "#!/bin/bash\n#SBATCH --comment=↓'it\nhostname\n"],
        nonTriggering: [
            "#!/bin/bash\n#SBATCH --job-name=\"my job\"\nhostname\n",
            "#!/bin/bash\n#SBATCH --comment=it\\'s # it's fine in a comment\nhostname\n",
        ])

    public func check(_ script: BatchScript) -> [Diagnostic] {
        script.directiveLines.compactMap { line in
            line.unmatchedQuote.map { quote in
                description.diagnostic(
                    in: script, at: quote.position,
                    "unmatched \(quote.quote) on line \(line.line); sbatch stops here",
                    hint: "close the quote on the same line, or escape it with a backslash: \\\(quote.quote)")
            }
        }
    }
}
