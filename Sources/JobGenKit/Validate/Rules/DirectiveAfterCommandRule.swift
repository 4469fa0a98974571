/// JG201: `#SBATCH` after the first command is silently ignored by sbatch.
public struct DirectiveAfterCommandRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG201", name: "directive-after-command", title: "#SBATCH after the first command",
        severity: .error,
        rationale: """
            sbatch stops reading directives at the first line whose first non-blank character is not \
            `#`. Every `#SBATCH` after it is silently ignored: the job runs with defaults (one task, \
            the default time limit). This is the most common mistake help desks see, e.g. \
            `set -euo pipefail` or `module load` placed on line 2.
            """,
        triggering: [
            "#!/bin/bash\nset -euo pipefail\n↓#SBATCH --time=10\nhostname\n",
            "#!/bin/bash\nhostname\n↓#SLURM --time=5\n",
            "#!/bin/bash\necho $((1<<4))\n↓#SBATCH --time=5\n",
            "#!/bin/bash\n#SBATCH --ntasks=2\nmodule load gcc\n↓#SBATCH --mem=4G\n↓#SBATCH --time=1:00:00\nsrun hostname\n",
        ],
        nonTriggering: [
            "#!/bin/bash\n\n# comment\n#SBATCH --time=10\n\n#SBATCH --ntasks=2\nhostname\n",
            "#!/bin/bash\n#SBATCH --time=10\nhostname\n# SBATCH notes in the body are plain comments\n",
            "#!/bin/bash\n#SBATCH --time=10\n./step1\nsbatch --dependency=afterok:$SLURM_JOB_ID <<EOF\n#!/bin/bash\n#SBATCH --time=20\n./step2\nEOF\n",
            "#!/bin/bash\necho $((1<<4))\ncat > next.sh <<-'END'\n\t#!/bin/bash\n#SBATCH -n 2\n\tEND\n",
            "#!/bin/bash\nprintf '%s\\n' '#!/bin/bash\n#SBATCH --time=5\nsrun ./step2' > step2.sh\nsbatch step2.sh\n",
        ])

    public func check(_ script: BatchScript) -> [Diagnostic] {
        guard let first = script.firstCommandLine else { return [] }
        return script.lateDirectives.map { position in
            description.diagnostic(
                in: script, at: position,
                "ignored by sbatch: directives must come before the first command on line \(first)",
                hint: "move every #SBATCH line above line \(first), right after the #! line")
        }
    }
}
