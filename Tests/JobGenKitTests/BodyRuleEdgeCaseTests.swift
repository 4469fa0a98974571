import Testing

@testable import JobGenKit

/// The body rules (JG601-JG606, JG609) on parsed commands, beyond their documented examples.
@Suite("Body rules on parsed commands")
struct BodyRuleEdgeCaseTests {
    private func codes(_ text: String, _ code: String) -> [String] {
        let rule = Validator.rule(code: code)!
        return rule.check(BatchScript(text: text, name: "t.sh")).map { "\($0.line):\($0.column)" }
    }

    @Test(
        arguments: [
            ("time -p python a.py", "python"), ("env -u X A=1 -- python a.py", "python"),
            ("exec -a name python a.py", "python"), ("nohup python a.py", "python"),
            ("builtin command python a.py", "python"), ("stdbuf -oL python a.py", "python"),
            ("stdbuf -o L python a.py", "python"), ("nice -n 5 python a.py", "python"),
            ("timeout -s INT 1h python a.py", "python"), ("command -v python", nil), ("env", nil),
        ] as [(String, String?)])
    func wrappersAreLookedThrough(_ line: String, _ program: String?) {
        let command = ShellScript(text: line + "\n").commands[0]
        #expect(command.program?.word.text == program)
    }

    @Test(
        arguments: [
            ("module load a b", ["a", "b"]), ("module -q add a", ["a"]), ("module swap gcc intel", ["intel"]),
            ("ml a -b c", ["a", "c"]), ("ml load a", ["a"]), ("ml purge", nil), ("module purge", nil),
            ("ml", nil), ("module list", nil), ("ml unload a", nil), ("ml -a", nil),
        ] as [(String, [String]?)])
    func moduleLoads(_ line: String, _ loaded: [String]?) {
        let command = ShellScript(text: line + "\n").commands[0]
        #expect(ModuleCommand.loaded(by: command)?.map(\.text) == loaded)
    }

    @Test func launchCountsAgainstNodeRangesCPUsAndSteps() {
        let range = "#!/bin/bash\n#SBATCH --nodes=2-4\n#SBATCH --ntasks-per-node=4\n"
        #expect(codes(range + "mpirun -np 16 ./a\nmpirun -np 17 ./a\n", "JG609") == ["5:8"])
        let cpus = "#!/bin/bash\n#SBATCH --ntasks=2\n#SBATCH --cpus-per-task=4\n"
        #expect(codes(cpus + "srun -n 8 ./a\nsrun -n 9 ./a\nmpirun -np 3 ./a\n", "JG609") == ["5:6", "6:8"])
        // The application's own -n after the program is not srun's.
        #expect(
            codes("#!/bin/bash\n#SBATCH --ntasks=2\nsrun ./a -n 100\nmpirun ./a -np 9\n", "JG609").isEmpty)
        #expect(codes("#!/bin/bash\n#SBATCH --nodes=0-2\nsrun -n 2 ./a\n", "JG609").isEmpty)
        #expect(codes("#!/bin/bash\n#SBATCH --exclusive\nsrun -n 64 ./a\n", "JG609").isEmpty)
        #expect(
            codes("#!/bin/bash\n#SBATCH --ntasks=2\nmodule load mpich\nmpiexec -n 8 ./a\n", "JG609").isEmpty)
    }

    @Test func serialStepsAndLaunchersInsideHeredocs() {
        let job = "#!/bin/bash\n#SBATCH --ntasks=4\nmodule load openmpi\n"
        #expect(codes(job + "python prep.py\nbash << EOF\nsrun ./a\nEOF\n", "JG605").isEmpty)
        #expect(codes(job + "if python check.py; then echo ok; fi\n", "JG605") == ["4:4"])
        #expect(codes(job + "python -m pip list\n$VENV/bin/python app.py\n", "JG605") == ["5:1"])
    }

    @Test func exportNoneUndoneByTheEnvironment() {
        let job = "#!/bin/bash\n#SBATCH --export=NONE\n"
        #expect(codes(job + "srun ./a\nexport SLURM_EXPORT_ENV=ALL\nsrun ./b\n", "JG606") == ["3:1"])
        #expect(codes(job + "srun --export ALL ./a\nenv SLURM_EXPORT_ENV=ALL srun ./b\n", "JG606").isEmpty)
    }
}
