/// JG110: a here-document that the file ends inside: the rest of the script becomes its text.
public struct UnclosedHeredocRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG110", name: "unclosed-heredoc", title: "Here-document never closed", severity: .warning,
        rationale: """
            A here-document (`cat > next.sh << EOF`, `srun bash << EOF`) ends at a line holding only \
            its end word, at column 1 (after tabs with `<<-`). If no such line comes, bash only \
            warns and feeds the rest of the file to the command: nothing after it runs. The usual \
            cause is an indented end word (`  EOF`), which closes nothing.
            """,
        triggering: [
            "#!/bin/bash\n#SBATCH --nodes=2\nsrun --ntasks-per-node=1 bash ↓<< EOF\nvirtualenv --no-download $SLURM_TMPDIR/env\n  EOF\nsrun python app.py\n",
            "#!/bin/bash\ncat > post.sh ↓<<'END'\n#!/bin/bash\necho done\n",
        ],
        nonTriggering: [
            "#!/bin/bash\nsrun bash << EOF\necho on $(hostname)\nEOF\nsrun python app.py\n",
            "#!/bin/bash\nif true; then\n\tcat <<-EOF\n\thello\n\tEOF\nfi\n",
        ])

    public func check(_ script: BatchScript) -> [Diagnostic] {
        guard let shell = script.shell else { return [] }
        return shell.unclosedHeredocs.map { heredoc in
            let indented = heredoc.indentedEnd.map {
                "; line \($0) holds the end word indented, which closes nothing"
            }
            return description.diagnostic(
                in: script, at: heredoc.opener,
                "the here-document opened on line \(heredoc.opener.line) is never closed with '\(heredoc.delimiter)'\(indented ?? ""): bash feeds the rest of the file to it, so nothing after it runs",
                hint: heredoc.stripsTabs
                    ? "end it with a line holding only \(heredoc.delimiter), after tabs at most"
                    : "end it with a line holding only \(heredoc.delimiter), at column 1 (or open it with <<- and indent with tabs)"
            )
        }
    }
}
