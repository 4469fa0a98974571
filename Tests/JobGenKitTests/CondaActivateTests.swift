import JobGenKit
import Testing

/// JG608 beyond its documented examples: what counts as setting up conda, and where.
@Suite("conda activate without the hook")
struct CondaActivateTests {
    private func findings(_ body: String, shebang: String = "#!/bin/bash") -> [Diagnostic] {
        CondaActivateWithoutHookRule().check(BatchScript(text: "\(shebang)\n#SBATCH --ntasks=1\n\(body)"))
    }

    @Test(arguments: [
        "eval \"$(/opt/miniconda3/bin/conda shell.zsh hook)\"\n", ". ~/miniforge3/etc/profile.d/conda.sh\n",
        "source $HOME/.bash_profile\n", "ml anaconda3/2024.02\n", "module load mamba\n",
        "source /opt/anaconda3/bin/activate\n",
    ])
    func setUpBeforeIsEnough(_ setup: String) {
        #expect(findings(setup + "conda activate env\n").isEmpty)
    }

    @Test(arguments: ["#!/bin/bash -l", "#!/bin/bash --login", "#!/usr/bin/env -S bash -l"])
    func loginShellsNeedNoSetUp(_ shebang: String) {
        #expect(findings("conda activate env\n", shebang: shebang).isEmpty)
    }

    @Test func everyActivationBeforeTheSetUpIsReported() {
        let found = findings(
            "module load python/3.11\n/opt/conda/bin/conda activate a\nconda activate b\nsource ~/.bashrc\nconda activate c\n"
        )
        #expect(found.map(\.position) == [.init(line: 4, column: 1), .init(line: 5, column: 1)])
        #expect(found[0].message.contains("only line 6, after it, sets up"))
        #expect(found[0].hint.contains("before line 4"))
    }

    @Test func otherCommandsAndHereDocumentsAreLeftAlone() {
        let body = """
            module unload anaconda3
            srun bash <<EOF
            conda activate inner
            EOF
            conda deactivate
            mamba activate env
            echo conda activate later
            source env/bin/activate
            if [ -d env ]; then conda activate ./env; fi

            """
        #expect(findings(body).map(\.position) == [.init(line: 11, column: 21)])
    }
}
