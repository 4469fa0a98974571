import ArgumentParser
import Foundation
import JobGenKit

/// `jobgen validate`: checks batch scripts exactly as sbatch reads them.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check Slurm batch scripts as sbatch reads them.",
        usage: """
            jobgen validate [--format text|json|gcc] [--strict] [--slurm-version X.Y] [--cluster NAME|FILE]
                              [--disable CODE,...] [--show-suppressed] FILE... | -
              jobgen validate --effective [--env] [--format text|json] [--slurm-version X.Y] FILE... | -
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

            --effective prints, instead of findings, what sbatch will use for each option: after \
            aliases, abbreviations and repeats (each option's own rule for the release: the last \
            value wins, or the values add up), and with --env after the SBATCH_* variables of this \
            shell, which sbatch applies over the script's lines. It is what sbatch --test-only -v \
            lists as "defined options".

            A '# jobgen disable=CODE,...' comment line turns rules off for the next command, or \
            for the whole file when it is among the #SBATCH lines; --disable CODE,... turns them \
            off for every file (with the config file's validate.disable; see 'jobgen config show'). Suppressed findings do not count for the exit status; the summary \
            counts them, and --show-suppressed lists them, marked.

            Directories are searched for *.sh, *.sbatch, *.slurm, *.job and *.batch files. \
            Exit status: 0 no errors (warnings allowed), 1 errors found (with --strict, warnings \
            too), 2 bad usage or a file that cannot be read.

            Examples:
              jobgen validate job.sh
              jobgen validate --format json scripts/
              cat job.sh | jobgen validate -
              jobgen validate --effective --env job.sh
              jobgen validate --disable JG603,JG605 scripts/
              jobgen validate --explain JG201
            """
    )

    @Flag(help: "Treat warnings as errors for the exit status.")
    var strict = false

    @Flag(help: "Print the options sbatch will use for each script instead of the findings.")
    var effective = false

    @Flag(help: "With --effective: apply this shell's SBATCH_* variables, as sbatch does.")
    var env = false

    @Flag(help: "Also list the findings that '# jobgen disable=' comments or --disable turned off.")
    var showSuppressed = false

    @Flag(help: "Print the rule reference (docs/rules.md) and exit.")
    var rulesMarkdown = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Output format (default: the config file's validate.format, else text).",
            valueName: "text|json|gcc"),
        completion: .list(DiagnosticFormat.allCases.map(\.rawValue)))
    var format: String?

    @Option(
        name: .customLong("slurm-version"),
        help: ArgumentHelp(
            "The Slurm release to check for (default: the sbatch on PATH, else \(SlurmVersion.newestKnown)).",
            valueName: "X.Y"),
        completion: Completions.slurmReleases)
    var slurmVersion: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Check requests against a cluster profile: a file, or a name 'jobgen cluster list' shows, such as a built-in \(BuiltInClusters.names.joined(separator: ", ")) (default: JOBGEN_CLUSTER, then the config file's cluster, then $CC_CLUSTER, then the user or site profile named as scontrol's ClusterName).",
            valueName: "NAME|FILE"),
        completion: Completions.clusterNames)
    var cluster: String?

    @Option(
        name: .long,
        help: ArgumentHelp("Turn rules off for every file (repeatable).", valueName: "CODE,..."),
        completion: Completions.ruleCodes)
    var disable: [String] = []

    @Option(
        name: .long, help: ArgumentHelp("Print a rule's page and exit.", valueName: "CODE"),
        completion: Completions.ruleCodes)
    var explain: String?

    @Argument(
        help: ArgumentHelp("Scripts or directories to check ('-' reads standard input).", valueName: "FILE"),
        completion: .file())
    var paths: [String] = []

    mutating func run() throws {
        do {
            try check()
        } catch let error as ValidateUsageError {
            Terminal.printError("jobgen validate: \(error.description)")
            throw ExitCode(2)
        } catch let error as ClusterFileError {
            Terminal.printError("jobgen validate: --cluster \(error.description)")
            throw ExitCode(65)
        } catch let error as ConfigProblems {
            for problem in error.problems { Terminal.printError("jobgen validate: config: \(problem)") }
            throw ExitCode(65)
        }
    }

    private func check() throws {
        let request = try ValidateRequest(format: format, slurmVersion: slurmVersion, disable: disable)
        if rulesMarkdown {
            print(RulesDocument.markdown(), terminator: "")
            return
        }
        if let explain {
            print(try RulePage.page(code: explain), terminator: "")
            return
        }
        let config = try ConfigFiles.current()
        let outputFormat = request.format ?? config.validateFormat
        let disabled = request.disabled.union(config.disabledRules)
        guard !paths.isEmpty else {
            throw ValidateUsageError(
                "no script given; example: jobgen validate job.sh (or '-' for standard input)")
        }

        if env && !effective {
            throw ValidateUsageError(
                "--env goes with --effective; example: jobgen validate --effective --env job.sh")
        }
        // The profile is read on another core while the scripts are found and checked.
        let (requestedCluster, effective) = (cluster, effective)
        let profile =
            ValidateHeadStart.profile(named: effective ? nil : requestedCluster)
            ?? BackgroundWork { () throws(ClusterFileError) in
                effective ? nil : try ClusterFiles.resolve(requestedCluster)
            }
        let target = ValidateTarget.resolve(request.slurmVersion)
        if effective {
            let (inputs, failures) = ScriptInputs.read(paths)
            // A config's gcc is for findings; --effective has no such form.
            try printEffective(
                inputs, failures: failures.map(\.description), target: target,
                format: request.format ?? (outputFormat == .gcc ? .text : outputFormat), disabled: disabled)
            return
        }
        let (sources, missing) = ScriptInputs.locate(paths)
        let checked = try ParallelValidation.check(sources, target: target, disabled: disabled) {
            () throws(ClusterFileError) in try profile.value()
        }
        let findings = checked.findings
        let failures = (missing + checked.unreadable).map(\.description)
        let diagnostics = findings.flatMap(\.reported)
        let shown = showSuppressed ? findings.flatMap(\.all) : diagnostics
        let colour = outputFormat == .text && Terminal.wantsColour
        FileHandle.standardOutput.write(Data(outputFormat.render(shown, colour: colour).utf8))
        for failure in failures { Terminal.printError(failure) }
        if outputFormat == .text {
            let suppressed = findings.reduce(0) { $0 + $1.suppressed.count }
            Terminal.printSummary(diagnostics, files: findings.count, suppressed: suppressed)
        }

        if !failures.isEmpty { throw ExitCode(2) }
        let failing = diagnostics.contains { $0.severity == .error || (strict && $0.severity == .warning) }
        if failing { throw ExitCode(1) }
    }
}

extension Validate {
    /// `--effective`: the options of every script that sbatch would take; a script sbatch would
    /// refuse has no effective options, so its errors are printed instead (exit status 1).
    private func printEffective(
        _ inputs: [ScriptInput], failures: [String], target: SlurmVersion, format: DiagnosticFormat,
        disabled: Set<String>
    ) throws {
        guard format != .gcc else { throw ValidateUsageError("--effective prints text or json, not gcc") }
        let validator = Validator(target: target)
        let environment = env ? ProcessInfo.processInfo.environment : [:]
        var entries: [EffectiveReport.Entry] = []
        var refused: [Diagnostic] = []
        for input in inputs {
            let script = BatchScript(bytes: input.bytes, name: input.name, release: target)
            let errors = validator.check(script, disabled: disabled).reported.filter { $0.severity == .error }
            if !errors.isEmpty {
                refused += errors
                continue
            }
            let options = EffectiveOptions.of(
                script, environment: environment, submitDirectory: FileManager.default.currentDirectoryPath)
            entries.append(EffectiveReport.Entry(file: input.name, release: target, options: options))
        }
        for failure in failures { Terminal.printError(failure) }
        if !refused.isEmpty {
            FileHandle.standardError.write(Data(DiagnosticFormat.text.render(refused).utf8))
            Terminal.printError(
                "sbatch would refuse \(Set(refused.map(\.file)).count) of the scripts (errors above): no effective options for them"
            )
        }
        let text = format == .json ? EffectiveReport.json(entries) : EffectiveReport.text(entries)
        FileHandle.standardOutput.write(Data(text.utf8))
        if !failures.isEmpty { throw ExitCode(2) }
        if !refused.isEmpty { throw ExitCode(1) }
    }
}

/// A usage problem: printed to standard error, exit status 2.
struct ValidateUsageError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
