import ArgumentParser
import JobGenKit

extension ArgumentHelp {
    /// An sbatch option's help: what it is, then its grammar's own `accepted` text, the words its
    /// errors, the man page and the spec schema use too, and an example unless `accepted` has one:
    /// the one errors about `field` give.
    static func grammar<V: SlurmValue>(
        _ what: String, _ grammar: V.Type, field: String? = nil, note: String? = nil
    ) -> ArgumentHelp {
        let example = field.flatMap(WordExamples.example) ?? V.example
        var text = "\(what): \(V.accepted)"
        if let note { text += "; \(note)" }
        if !V.accepted.contains("e.g.") { text += " (e.g. \(example))" }
        return ArgumentHelp(text + ".")
    }
}
