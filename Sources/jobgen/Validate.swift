import ArgumentParser
import Foundation
import JobGenKit

/// `jobgen validate`: checks batch scripts exactly as sbatch reads them.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check Slurm batch scripts as sbatch reads them.",
        usage: """
            jobgen validate [--format text|json|gcc] [--strict] [--slurm-version X.Y] FILE... | -
              jobgen validate --explain CODE
              jobgen validate --rules-markdown
            """,
        discussion: """
            Reports every problem sbatch would stop on (one at a time, at submission) and the ones \
            it silently ignores: directives after the first command, unknown or ambiguous options, \
            bad values, conflicting options, and common HPC mistakes in the script's body.

            Options and values newer than the target Slurm release are errors. The target is \
            --slurm-version (e.g. 22.05), else the release of the sbatch on PATH (sbatch --version), \
            else the newest release jobgen knows (\(SlurmVersion.newestKnown)).

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

    @Flag(help: "Treat warnings as errors for the exit status.")
    var strict = false

    @Flag(help: "Print the rule reference (docs/rules.md) and exit.")
    var rulesMarkdown = false

    // --format and --explain are read from here rather than declared as options, so that a
    // missing or bad value is a usage error with exit status 2, as documented.
    @Argument(
        parsing: .allUnrecognized,
        help: ArgumentHelp(
            "Scripts or directories to check ('-' reads standard input), and: --format text|json|gcc (output format, default text), --slurm-version X.Y (target Slurm release), --explain CODE (print a rule's page).",
            valueName: "FILE"))
    var arguments: [String] = []

    mutating func run() throws {
        do {
            try check()
        } catch let error as ValidateUsageError {
            Terminal.printError("jobgen validate: \(error.description)")
            throw ExitCode(2)
        }
    }

    private func check() throws {
        let request = try ValidateRequest(arguments)
        if rulesMarkdown {
            print(RulesDocument.markdown(), terminator: "")
            return
        }
        if let explain = request.explain {
            guard let rule = Validator.rule(code: explain) else {
                let codes = AllRules.list.map(\.description.code).joined(separator: ", ")
                throw ValidateUsageError("unknown rule code '\(explain)'; known codes: \(codes)")
            }
            print(RulesDocument.page(rule), terminator: "")
            return
        }
        let outputFormat = request.format
        let paths = request.paths
        guard !paths.isEmpty else {
            throw ValidateUsageError(
                "no script given; example: jobgen validate job.sh (or '-' for standard input)")
        }

        let (inputs, failures) = ScriptInputs.read(paths)
        let target = ValidateTarget.resolve(request.slurmVersion)
        let diagnostics = ParallelValidation.diagnostics(for: inputs, target: target)
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
