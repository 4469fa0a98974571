/// JG407: an option that sbatch reads from its command line only; in a script it is skipped.
public struct CommandLineOnlyOptionRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG407", name: "command-line-only-option", title: "Option sbatch skips in a script",
        severity: .warning,
        rationale: """
            sbatch handles a few options in a first pass over its own command line and skips them \
            when it meets them in `#SBATCH` lines (Slurm's option table marks them for that pass): \
            `--wrap`, `--verbose`/`-v`, `--quiet`/`-Q`, `--help`, `--usage` and `--version`. In a \
            script they do nothing, silently: `#SBATCH --wrap="python run.py"` does not replace the \
            script's body, and `#SBATCH -v` makes sbatch no more verbose.
            """,
        triggering: [
            "#!/bin/bash\n#SBATCH --time=10 ↓--wrap=\"python run.py\"\n",
            "#!/bin/bash\n#SBATCH ↓-v\nhostname\n",
        ],
        nonTriggering: ["#!/bin/bash\n#SBATCH --time=10 --test-only\nhostname\n"])

    public func check(_ script: BatchScript) -> [Diagnostic] {
        script.options.filter { !$0.option.readInScript }.map { use in
            description.diagnostic(
                in: script, at: use.position,
                "\(use.written) on line \(use.position.line) is skipped: sbatch reads --\(use.option.name) from its command line only",
                hint:
                    "give it on the command line (sbatch --\(use.option.name)\(use.option.argument == .required ? "=..." : "") job.sh), or remove the line"
            )
        }
    }
}
