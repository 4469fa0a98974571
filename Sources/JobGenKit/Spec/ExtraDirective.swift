/// An sbatch option jobgen has no flag for, passed through as `--sbatch KEY=VALUE` (or `KEY` for
/// an option without a value) and written as `#SBATCH --KEY=VALUE`.
public struct ExtraDirective: Sendable, Equatable, CustomStringConvertible {
    public let name: String
    public let value: String?
    /// The value as written on the `#SBATCH` line: prose (`comment`) in double quotes when it
    /// holds spaces, every other value as is.
    public let writtenValue: String?

    public static let accepted = "KEY=VALUE or KEY, KEY an sbatch long option without its dashes"
    public static let example = "reservation=maint"

    /// The sbatch options jobgen has typed flags for; passing them through would write a second,
    /// competing directive.
    static let coveredByFlags = Set(SbatchField.all.map(\.name))

    /// Parses `KEY=VALUE` and checks it against sbatch's option table: KEY must be an option's
    /// full name, take a value exactly when the option does, and the value must pass the
    /// option's grammar.
    public init(_ text: String, field: String = "--sbatch") throws(SpecError) {
        func refuse(_ reason: String, example: String = Self.example) -> SpecError {
            SpecError(field: field, value: text, reason: reason, accepted: Self.accepted, example: example)
        }
        let parts = text.split(ascii: "=", maxSplits: 1, omittingEmptySubsequences: false)
        var key = String(parts[0])
        while key.hasPrefix("-") { key.removeFirst() }
        let value = parts.count == 2 ? String(parts[1]) : nil

        let option: SbatchOption
        switch OptionTable.newest.resolve(key) {
        case .exact(let found):
            option = OptionTable.newest.applied(found)
        case .abbreviation(let found):
            throw refuse(
                "'\(key)' abbreviates --\(found.name); write the full name", example: "\(found.name)=...")
        case .ambiguous(let candidates):
            let names = candidates.map { "--\($0.name)" }.joined(separator: ", ")
            throw refuse("'\(key)' is ambiguous: it begins \(names)")
        case .unknown(let suggestions):
            let hint = suggestions.first.map { "; did you mean --\($0.name)?" } ?? ""
            throw refuse("'\(key)' is not an sbatch option\(hint)")
        }
        if Self.coveredByFlags.contains(option.name) {
            throw refuse("jobgen has its own flag for this option: use --\(option.name) instead of --sbatch")
        }
        switch (option.argument, value) {
        case (.none, .some):
            throw refuse("--\(option.name) takes no value", example: option.name)
        case (.required, nil):
            throw refuse("--\(option.name) needs a value", example: "\(option.name)=...")
        default:
            break
        }
        var written = value
        if let value {
            do {
                if SlurmText.options.contains(option.name) {
                    written = try SlurmText(slurm: value).description
                } else {
                    _ = try SlurmWord(slurm: value)
                }
            } catch {
                throw SpecError(
                    field: field, value: text, reason: "its value: \(error.reason)", accepted: error.accepted,
                    example: "\(option.name)=\(error.example)")
            }
            switch option.grammar.check(value) {
            case .rejected(let error):
                throw refuse(
                    "its value for --\(option.name): \(error.reason)",
                    example: "\(option.name)=\(error.example)")
            case .tolerated(let refusal, _):
                throw SpecError(
                    field: field, value: text, reason: "its value for --\(option.name): \(refusal)",
                    accepted: option.grammar.valueType?.accepted ?? Self.accepted,
                    example: "\(option.name)=\(option.grammar.example ?? "...")")
            case .accepted, .unchecked:
                break
            }
        }
        name = option.name
        self.value = value
        writtenValue = written
    }

    /// `KEY=VALUE` or `KEY`, as given on the command line.
    public var description: String { value.map { "\(name)=\($0)" } ?? name }
}
