import Foundation
import JobGenKit
import Testing

/// Every sbatch option's `--help` line says what its grammar's `accepted` text says, so help,
/// errors, the man page (generated from the help) and the schema cannot drift apart.
@Suite("jobgen --help: each option's accepted values, from its grammar")
struct GrammarHelpTests {
    static let commands: [[String]] = [
        ["distributed"], ["whole-node"], ["gpu"], ["render"], ["submit", "distributed"], ["explain", "gpu"],
    ]

    /// Every typed sbatch option as help lists it, with what its grammar accepts.
    static let expected: [(option: String, accepted: String)] =
        SbatchField.all.map { field in
            (field.specForm == .flagOrValue ? "--\(field.name)" : "--\(field.name) <\(field.name)>", field.accepted)
        } + [("--sbatch <KEY=VALUE>", ExtraDirective.accepted)]

    /// The help with its line wrapping undone: every run of whitespace one space.
    static func help(_ command: [String]) throws -> String {
        let result = try JobGenProcess.run(command + ["--help"])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test(arguments: commands)
    func everyOptionSaysWhatItsGrammarAccepts(command: [String]) throws {
        let help = try Self.help(command)
        for (option, accepted) in Self.expected {
            let entry = help.range(of: option + " ").map { help[$0.upperBound...].prefix(400) } ?? ""
            #expect(entry.contains(accepted), "\(command) \(option): \(entry)")
        }
    }

    /// The help of every typed option names its short letter where it has one, and the grammar is
    /// the one sbatch's own option table gives the option, so the validator reads the value the
    /// same way.
    @Test func everyTableRowIsAnOptionWithItsLetter() throws {
        let help = try Self.help(["distributed"])
        for field in SbatchField.all {
            if let short = field.short { #expect(help.contains("-\(short), --\(field.name)"), "\(field.name)") }
        }
    }

    @Test func timeHelpNamesNoLimitSpellings() throws {
        #expect(try Self.help(["distributed"]).contains("INFINITE or UNLIMITED"))
    }
}
