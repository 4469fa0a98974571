/// JG109: bash cannot parse the script: the job waits in the queue, then fails at once.
public struct ShellSyntaxErrorRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG109", name: "shell-syntax-error", title: "The script is not valid bash", severity: .error,
        rationale: """
            sbatch does not read the script's body, so a syntax error is found only when the job \
            starts, after its wait in the queue: bash stops at once and runs nothing. jobgen parses \
            the script as bash does (`bash -n` is the referee of its tests) and reports where bash \
            stops: a quote or an `if`/`fi`, `do`/`done`, `case`/`esac`, `{`/`}`, `(`/`)` left open, \
            a closing word with nothing to close, or a `<placeholder>` left from a template (bash \
            reads `<` and `>` as redirections).
            """,
        triggering: [
            "#!/bin/bash\n#SBATCH --ntasks=4\n↓if [ -f input.dat ]; then\n  srun ./solver input.dat\n",
            "#!/bin/bash\n#SBATCH --time=10\nsrun ./app --config <config-file>↓\n",
            "#!/bin/bash\necho ↓\"results in $HOME/out\nsrun ./app\n",
            "#!/bin/bash\nmodule load gcc\nsrun ./app\n↓fi\n",
        ],
        nonTriggering: [
            "#!/bin/bash\n#SBATCH --ntasks=4\nif [ -f input.dat ]; then\n  srun ./solver input.dat\nfi\n",
            "#!/bin/bash\nfiles=(a.dat b.dat)\nfor f in \"${files[@]}\"; do\n  case $f in\n    a*) echo \"$f\" ;;\n  esac\ndone\n",
            "#!/bin/bash\necho $((1<<4)) \"$(date +%s)\" `hostname`\n[[ $x < 3 ]] && echo small\n",
        ])

    public func check(_ script: BatchScript) -> [Diagnostic] {
        guard let error = script.shell?.syntaxError else { return [] }
        return [
            description.diagnostic(
                in: script, at: error.position,
                "bash stops on line \(error.position.line): \(error.message); the job fails as soon as it starts",
                hint: Self.hint(for: error.message))
        ]
    }

    static func hint(for message: String) -> String {
        if message.contains("end of file") || message.contains("EOF") {
            return "close what is left open; `bash -n` on the script shows the same error before you submit"
        }
        if message.contains("`newline'") || message.contains("`>'") || message.contains("`<'") {
            return
                "a `<` or `>` needs a file name after it: fill in a template's <placeholder>, or quote the text"
        }
        return
            "remove or complete the construct; `bash -n` on the script shows the same error before you submit"
    }
}
