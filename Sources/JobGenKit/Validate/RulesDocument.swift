/// The rule reference, generated from the rules' own metadata: `docs/rules.md` and the pages
/// `jobgen validate --explain CODE` prints.
public enum RulesDocument {
    /// The whole reference, as committed in `docs/rules.md`.
    public static func markdown(rules: [any Rule] = AllRules.list) -> String {
        var text = """
            # jobgen validate: rule reference

            Generated from the rules' metadata by `jobgen validate --rules-markdown`; do not edit by hand.
            In the examples, `↓` marks where the rule reports, and `«XX»` stands for the raw byte 0xXX.

            | Code | Name | Severity | Title |
            |---|---|---|---|

            """
        for rule in rules {
            let d = rule.description
            text +=
                "| [\(d.code)](#\(d.code.lowercased())) | `\(d.name)` | \(d.severity.rawValue) | \(d.title) |\n"
        }
        for rule in rules { text += "\n" + page(rule) }
        return text
    }

    /// One rule's page: title, severity, rationale and examples.
    public static func page(_ rule: any Rule) -> String {
        let d = rule.description
        var text =
            "## \(d.code)\n\n**\(d.title)** (`\(d.name)`), severity: \(d.severity.rawValue)\n\n\(d.rationale)\n"
            + "\nSlurm releases: \(d.releases).\n"
        text += "\nTriggers:\n"
        for example in d.triggering { text += "\n```bash\n" + visible(example) + "\n```\n" }
        text += "\nDoes not trigger:\n"
        for example in d.nonTriggering { text += "\n```bash\n" + visible(example) + "\n```\n" }
        return text
    }

    /// Shows the characters a code block would hide.
    private static func visible(_ example: String) -> String {
        var text = ""
        for scalar in example.unicodeScalars {
            switch scalar {
            case "\r": text += "␍"
            case "\u{0}": text += "␀"
            default: text.unicodeScalars.append(scalar)
            }
        }
        while text.hasSuffix("\n") { text.removeLast() }
        return text.isEmpty ? "(empty file)" : text
    }
}
