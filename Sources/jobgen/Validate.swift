import ArgumentParser
import Foundation
import JobGenKit

/// `jobgen validate`: checks batch scripts exactly as sbatch reads them.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check Slurm batch scripts as sbatch reads them.",
        discussion: """
            Reports every problem sbatch would stop on (one at a time, at submission) and the ones \
            it silently ignores: directives after the first command, unknown or ambiguous options, \
            bad values, conflicting options, and common HPC mistakes in the script's body.

            Directories are searched for *.sh, *.sbatch, *.slurm, *.job and *.batch files. \
            Exit status: 0 no errors (warnings allowed), 1 errors found (with --strict, warnings \
            too), 2 bad usage or a file that cannot be read.

            Examples:
              jobgen validate job.sh
              jobgen validate --format json scripts/
              cat job.sh | jobgen validate -
              jobgen validate --explain JG201
            """
    )

    @Option(help: "Output format: text, json or gcc.")
    var format: String = "text"

    @Flag(help: "Treat warnings as errors for the exit status.")
    var strict = false

    @Option(help: ArgumentHelp("Print the page of a rule and exit.", valueName: "CODE"))
    var explain: String?

    @Flag(help: "Print the rule reference (docs/rules.md) and exit.")
    var rulesMarkdown = false

    @Argument(
        parsing: .allUnrecognized,
        help: ArgumentHelp("Scripts or directories to check; '-' reads standard input.", valueName: "FILE"))
    var paths: [String] = []

    mutating func run() throws {
        do {
            try check()
        } catch let error as ValidateUsageError {
            Terminal.printError("jobgen validate: \(error.description)")
            throw ExitCode(2)
        }
    }

    private func check() throws {
        if rulesMarkdown {
            print(RulesDocument.markdown(), terminator: "")
            return
        }
        if let explain {
            guard let rule = Validator.rule(code: explain) else {
                let codes = AllRules.list.map(\.description.code).joined(separator: ", ")
                throw ValidateUsageError("unknown rule code '\(explain)'; known codes: \(codes)")
            }
            print(RulesDocument.page(rule), terminator: "")
            return
        }
        guard let outputFormat = DiagnosticFormat(rawValue: format) else {
            throw ValidateUsageError("invalid value '\(format)' for --format; accepted: text, json, gcc; example: --format json")
        }
        if let flag = paths.first(where: { $0.hasPrefix("-") && $0 != "-" }) {
            throw ValidateUsageError("unknown option '\(flag)'; see 'jobgen validate --help'")
        }
        guard !paths.isEmpty else {
            throw ValidateUsageError("no script given; example: jobgen validate job.sh (or '-' for standard input)")
        }

        let (inputs, failures) = ScriptInputs.read(paths)
        let validator = Validator()
        let diagnostics = inputs.flatMap { validator.validate(bytes: $0.bytes, name: $0.name) }
        let colour = outputFormat == .text && Terminal.wantsColour
        FileHandle.standardOutput.write(Data(outputFormat.render(diagnostics, colour: colour).utf8))
        for failure in failures { Terminal.printError(failure) }
        if outputFormat == .text { Terminal.printSummary(diagnostics, files: inputs.count) }

        if !failures.isEmpty { throw ExitCode(2) }
        let failing = diagnostics.contains { $0.severity == .error || (strict && $0.severity == .warning) }
        if failing { throw ExitCode(1) }
    }
}

/// A usage problem: printed to standard error, exit status 2.
struct ValidateUsageError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
