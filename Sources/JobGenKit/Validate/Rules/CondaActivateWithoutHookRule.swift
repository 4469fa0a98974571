/// JG608: `conda activate` in a script that never sets up conda's shell function.
public struct CondaActivateWithoutHookRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG608", name: "conda-activate-without-hook",
        title: "conda activate without conda's shell hook",
        severity: .warning,
        rationale: """
            `conda activate` is a shell function, defined by the block `conda init` writes in `~/.bashrc`. A batch \
            job runs a non-interactive, non-login bash, which reads no `~/.bashrc`, so the command \
            is the conda program itself and the job stops with "CommandNotFoundError: Your shell \
            has not been properly configured to use 'conda activate'". Set the function up first: \
            `eval "$(conda shell.bash hook)"`, `source "$(conda info --base)/etc/profile.d/conda.sh"`, \
            `source ~/.bashrc`, a pasted `conda init` block, or a site module (`module load \
            anaconda3`, `miniforge`, `mamba`...). A `#!/bin/bash -l` (login) shell reads the \
            profile files and needs none of these.
            """,
        triggering: [
            """
            #!/bin/bash
            #SBATCH --job-name=finetune
            #SBATCH --gres=gpu:1
            #SBATCH --time=04:00:00
            module load cuda/12.2
            ↓conda activate torch-2.3
            python train.py --epochs 20
            """,
            """
            #!/bin/bash
            #SBATCH --array=1-24
            #SBATCH --mem=16G
            set -euo pipefail
            export PATH=$HOME/miniconda3/bin:$PATH
            cd "$SLURM_SUBMIT_DIR" && ↓conda activate /project/envs/qiime2
            qiime tools import --input-path reads_$SLURM_ARRAY_TASK_ID
            eval "$(conda shell.bash hook)"
            """,
        ],
        nonTriggering: [
            """
            #!/bin/bash
            #SBATCH --nodes=4
            source $WORK/start-project-env
            conda activate lm-eval
            srun python eval.py
            """,
            """
            #!/bin/bash
            #SBATCH --time=01:00:00
            eval "$(conda shell.bash hook)"
            conda activate torch
            python train.py
            """,
            """
            #!/bin/bash
            #SBATCH --cpus-per-task=4
            source "$(conda info --base)/etc/profile.d/conda.sh"
            conda activate bio
            snakemake --cores 4
            """,
            """
            #!/bin/bash
            #SBATCH --cpus-per-task=4
            module purge
            module load StdEnv/2023 miniforge3/24.3
            conda activate bio
            """,
            """
            #!/bin/bash
            #SBATCH --ntasks=1
            source ~/.bashrc
            conda activate rnaseq
            """,
            """
            #!/bin/bash -l
            #SBATCH --ntasks=1
            conda activate rnaseq
            # conda activate old-env
            """,
            """
            #!/bin/bash
            #SBATCH --ntasks=1
            __conda_setup="$('/home/me/miniconda3/bin/conda' 'shell.bash' 'hook' 2> /dev/null)"
            if [ $? -eq 0 ]; then
                eval "$__conda_setup"
            else
                . "/home/me/miniconda3/etc/profile.d/conda.sh"
            fi
            unset __conda_setup
            conda activate rnaseq
            """,
        ])

    public func check(_ script: BatchScript) -> [Diagnostic] {
        // Most scripts have no `conda activate` at all: ask the parsed commands first.
        let activates = script.shell?.commands.contains { command in
            guard let program = command.program, program.index + 1 < command.words.count else { return false }
            return program.word.basename == "conda" && command.words[program.index + 1].text == "activate"
        }
        guard activates == true else { return [] }
        // Here-document lines run in another shell, which a hook in this one does not reach.
        let activations = script.bodyCommands.compactMap { command in
            command.heredocOpener == nil ? Self.condaActivateWord(command).map { (command, $0) } : nil
        }
        guard !activations.isEmpty else { return [] }
        if let shebang = Shebang(script), Self.isLogin(shebang.argument) { return [] }
        let setup =
            script.bodyCommands.first { $0.heredocOpener == nil && Self.setsUpConda($0) }?.line ?? Int.max
        return activations.compactMap { command, conda in
            guard command.line < setup else { return nil }
            let later = setup == Int.max ? "nothing in the script" : "only line \(setup), after it,"
            return description.diagnostic(
                in: script,
                at: SourcePosition(
                    line: command.line, column: command.column(ofWord: conda) ?? command.column),
                "'conda activate' on line \(command.line) fails in a batch job: \(later) sets up conda's shell function, so conda stops with CommandNotFoundError",
                hint:
                    "add eval \"$(conda shell.bash hook)\" before line \(command.line) (or source \"$(conda info --base)/etc/profile.d/conda.sh\")"
            )
        }
    }

    /// `-l`, `-xl`, `--login` among the `#!` line's arguments.
    private static func isLogin(_ argument: Substring) -> Bool {
        argument.split(whereSeparator: { $0 == " " || $0 == "\t" }).contains { word in
            word == "--login" || (word.hasPrefix("-") && !word.hasPrefix("--") && word.contains("l"))
        }
    }

    /// The `conda` (or `/path/to/conda`) word that starts a command and is followed by
    /// `activate`, if the line has one.
    private static func condaActivateWord(_ command: BodyCommand) -> String? {
        let words = command.words
        for (index, word) in words.enumerated().dropLast()
        where (word == "conda" || word.hasSuffix("/conda")) && words[index + 1] == "activate"
            && (index == 0 || startsCommand(after: words[index - 1]))
        {
            return String(word)
        }
        return nil
    }

    private static let separators: Set<Substring> = [
        "&&", "||", "|", ";", "then", "do", "else", "{", "(", "!",
    ]

    private static func startsCommand(after word: Substring) -> Bool {
        separators.contains(word) || word.hasSuffix(";")
    }

    private static let condaModules = ["conda", "miniforge", "mamba"]

    private static func setsUpConda(_ command: BodyCommand) -> Bool {
        let text = command.text
        guard let first = command.words.first else { return false }
        if first == "module" || first == "ml" {
            return command.words.count > 1 && command.words[1] != "unload"
                && command.words.dropFirst().contains { word in
                    condaModules.contains { word.containsBytes($0, ignoringASCIICase: true) }
                }
        }
        if text.containsBytes("__conda_setup=") { return true }
        if text.containsBytes("conda") && text.containsBytes("shell.") && text.containsBytes("hook") {
            return true
        }
        guard first == "source" || first == ".", command.words.count > 1 else { return false }
        // A virtualenv's activate sets up no conda; any other sourced file may (a site's or a
        // project's start script often runs `conda init`'s block), and jobgen cannot see inside.
        let path = command.words[1].filter { $0 != "\"" && $0 != "'" }
        return !path.hasSuffix("/bin/activate") || condaModules.contains { path.containsBytes($0) }
    }
}
