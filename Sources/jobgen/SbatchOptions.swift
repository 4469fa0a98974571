import ArgumentParser
import JobGenKit

/// The sbatch options of every command that makes a job: one option per row of
/// `SbatchField.all`, named, documented and completed from the row, and `--sbatch` for the rest.
///
/// ArgumentParser finds a type's arguments in its mirror, where a struct shows its property
/// wrappers; this type shows one `Option` per table row instead (`customMirror`), and reads the
/// values back by the same names (`init(from:)`), so the table is the only list of them.
struct SbatchOptions: ParsableArguments, CustomReflectable {
    /// The typed options given, by long name; `exclusive` is "" for the flag alone.
    private(set) var given: [String: String] = [:]
    private(set) var sbatch: [String] = []

    init() {}

    init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: ArgumentKey.self)
        for field in SbatchField.all {
            if field.specForm == .flagOrValue {
                let bare = try values.decode(Flag<Bool>.self, forKey: ArgumentKey(field.name)).wrappedValue
                let text = try values.decode(Option<String?>.self, forKey: ArgumentKey(Self.valueKey(field)))
                given[field.name] = text.wrappedValue ?? (bare ? "" : nil)
            } else {
                given[field.name] = try values.decode(Option<String?>.self, forKey: ArgumentKey(field.name))
                    .wrappedValue
            }
        }
        sbatch = try values.decode(Option<[String]>.self, forKey: ArgumentKey("sbatch")).wrappedValue
    }

    func fill(_ flags: inout SpecFlags) {
        flags.sbatchFields = given
        flags.sbatch = sbatch
    }

    var customMirror: Mirror {
        Mirror(
            self, children: Self.arguments.map { (label: "_" + $0.key, value: $0.argument) },
            displayStyle: .struct)
    }

    /// Each argument with the key its value is decoded by, in the order help lists them.
    private static var arguments: [(key: String, argument: Any)] {
        SbatchField.all.flatMap { field -> [(key: String, argument: Any)] in
            let long = NameSpecification.Element.customLong(field.name)
            let names: NameSpecification = field.short.map { [.customShort($0), long] } ?? [long]
            let help = ArgumentHelp(helpText(field))
            guard field.specForm == .flagOrValue else {
                return [(field.name, Option<String?>(name: names, parsing: .unconditional, help: help))]
            }
            // `--exclusive` alone, or `--exclusive=MODE`, which SbatchArgumentForms hands over
            // as the hidden `--exclusive-mode MODE` (ArgumentParser has no optional values).
            return [
                (field.name, Flag<Bool>(wrappedValue: false, name: names, help: help)),
                (
                    valueKey(field),
                    Option<String?>(
                        name: .customLong(valueKey(field)), parsing: .unconditional, help: .hidden)
                ),
            ]
        } + [
            (
                "sbatch",
                Option<[String]>(
                    wrappedValue: [], name: .long, parsing: .singleValue,
                    help: ArgumentHelp(
                        "Any other sbatch option, repeatable: \(ExtraDirective.accepted) (e.g. \(ExtraDirective.example)).",
                        valueName: "KEY=VALUE"))
            )
        ]
    }

    /// The hidden option that carries the value of an option that may go without one.
    static func valueKey(_ field: SbatchField) -> String { field.name + "-mode" }

    /// What the option is, then what its grammar accepts (the words its errors, the man page and
    /// the spec schema use too), and an example unless that text has one.
    static func helpText(_ field: SbatchField) -> String {
        if field.specForm == .flagOrValue {
            return "\(field.summary); --\(field.name)=MODE for \(field.accepted)."
        }
        var text = "\(field.summary): \(field.accepted)"
        if let note = field.note { text += "; \(note)" }
        if !field.accepted.contains("e.g.") { text += " (e.g. \(field.example))" }
        return text + "."
    }
}

/// A coding key of any name, for arguments that are not stored properties.
private struct ArgumentKey: CodingKey {
    let stringValue: String
    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    var intValue: Int? { nil }
    init?(intValue: Int) { nil }
}
