import JobGenKit
import Testing

@Suite("Effective options: what sbatch uses after aliases, repeats and the environment")
struct EffectiveOptionsTests {
    static func effective(
        _ directives: String, _ release: SlurmVersion = .v22_05, environment: [String: String] = [:]
    ) -> [String: String] {
        let script = BatchScript(text: "#!/bin/bash\n\(directives)hostname\n", name: "t.sh", release: release)
        let options = EffectiveOptions.of(script, environment: environment, submitDirectory: "/work")
        return Dictionary(uniqueKeysWithValues: options.map { ($0.name, $0.value) })
    }

    @Test func repeatsFollowEachOptionsRuleForTheRelease() {
        let lines = "#SBATCH --mail-type=BEGIN\n#SBATCH --mail-type=END\n#SBATCH -t 10 --time=20\n"
        #expect(Self.effective(lines, .v22_05) == ["mail-type": "BEGIN,END", "time": "00:20:00"])
        #expect(Self.effective(lines, .v25_05) == ["mail-type": "END", "time": "00:20:00"])
        #expect(
            Self.effective("#SBATCH --mail-type=BEGIN\n#SBATCH --mail-type=NONE\n")["mail-type"] == "BEGIN")
    }

    @Test func aliasesAndPrefixesNameTheOptionSbatchApplies() {
        #expect(
            Self.effective("#SBATCH --tasks-per-node=4 --job-n=x --mem=4096 -o out.log\n")
                == ["ntasks-per-node": "4", "job-name": "x", "mem": "4G", "output": "/work/out.log"])
    }

    @Test func sharedSettingsPrintTheLastOne() {
        #expect(
            Self.effective("#SBATCH --exclusive\n#SBATCH --oversubscribe\n")
                == ["exclusive": "oversubscribe", "oversubscribe": "oversubscribe"])
        #expect(
            Self.effective("#SBATCH --requeue --no-requeue\n") == [
                "requeue": "no-requeue", "no-requeue": "no-requeue",
            ])
    }

    @Test func theEnvironmentComesAfterTheScript() {
        let env = ["SBATCH_ACCOUNT": "def-env", "SBATCH_TIMELIMIT": "45", "SBATCH_OVERCOMMIT": "no"]
        let options = Self.effective("#SBATCH -A def-script --time=10 --overcommit\n", environment: env)
        #expect(options == ["account": "def-env", "time": "00:45:00"])
        // A memory option of the script clears the environment's other memory options.
        #expect(
            Self.effective("#SBATCH --mem-per-cpu=2G\n", environment: ["SBATCH_MEM_PER_NODE": "4G"])
                == ["mem-per-cpu": "2G"])
    }

    @Test func commandLineOnlyOptionsAndLaterComponentsAreNotTheJobs() {
        #expect(
            Self.effective("#SBATCH --wrap=hostname -v --ntasks=1\n#SBATCH hetjob\n#SBATCH --ntasks=4\n") == [
                "ntasks": "1"
            ])
    }

    @Test func sourcesSayWhichLineCounts() throws {
        let script = BatchScript(
            text: "#!/bin/bash\n#SBATCH -t 10\n#SBATCH -t 20\nhostname\n", release: .v22_05)
        let time = try #require(EffectiveOptions.of(script).first)
        #expect(time.source == .script(line: 3) && time.lines == [2, 3] && time.exact)
    }

    @Test(arguments: [
        (1, "1"), (1024, "1G"), (512, "512"), (1536, "1536"), (1024 * 1024, "1T"), (0, "0?"),
    ])
    func memoryPrintsAsSbatchDoes(_ megabytes: Int, _ printed: String) {
        let text = "#SBATCH --mem=\(megabytes)\n"
        #expect(Self.effective(text)["mem"] == printed)
    }

    @Test(arguments: [
        ("--signal=SIGUSR1@90", "signal", "USR1@90"), ("--signal=10@60", "signal", "USR1"),
        ("--signal=B:usr2@", "signal", "B:USR2@0"),
        ("--profile=all", "profile", "Energy,Lustre,Network,Task"),
        ("--profile=task,energy", "profile", "Energy,Task"),
        ("--distribution=*:*,Pack", "distribution", "block:cyclic,pack"),
        ("--cpu-freq=low-high:ondemand", "cpu-freq", "Low-High:OnDemand"),
        ("--get-user-env", "get-user-env", "0"),
        ("--get-user-env=10L", "get-user-env", "10L"), ("--switches=1@10", "switches", "1@00:10:00"),
    ])
    func valuesPrintAsSbatchDoes(_ directive: String, _ name: String, _ printed: String) {
        #expect(Self.effective("#SBATCH \(directive)\n")[name] == printed)
    }
}
