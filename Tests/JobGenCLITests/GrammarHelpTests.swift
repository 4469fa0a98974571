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

    static let expected: [(option: String, accepted: String)] = [
        ("--account <account>", SlurmWord.accepted), ("--time <time>", WallTime.accepted),
        ("--nodes <nodes>", NodeCount.accepted), ("--ntasks <ntasks>", PositiveCount.accepted),
        ("--cpus-per-task <cpus-per-task>", PositiveCount.accepted), ("--mem <mem>", MemorySize.accepted),
        ("--mem-per-cpu <mem-per-cpu>", MemorySize.accepted), ("--gpus <gpus>", GPUCount.accepted),
        ("--gpus-per-node <gpus-per-node>", GPUsPerUnit.accepted), ("--gres <gres>", Gres.accepted),
        ("--job-name <job-name>", SlurmText.accepted), ("--output <output>", FilenamePattern.accepted),
        ("--array <array>", ArraySpec.accepted), ("--dependency <dependency>", Dependency.accepted),
        ("--mail-type <mail-type>", MailTypes.accepted), ("--exclusive", ExclusiveMode.accepted),
        ("--sbatch <KEY=VALUE>", ExtraDirective.accepted),
    ]

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

    @Test func timeHelpNamesNoLimitSpellings() throws {
        #expect(try Self.help(["distributed"]).contains("INFINITE or UNLIMITED"))
    }
}
