import Foundation
import Testing

/// `jobgen config show|check`, and the config's settings in `validate` and the profile choice,
/// run as the built binary with its own HOME, XDG_CONFIG_HOME, JOBGEN_CONFIG and PATH.
@Suite("jobgen config show, check, and the config in validate and --cluster")
struct ConfigCommandTests {
    /// A home of its own: config/jobgen/config.yaml (the user's), site.yaml (JOBGEN_CONFIG), an
    /// empty bin/ as PATH (so no sbatch or scontrol unless a test puts one there) and job.sh,
    /// which has one JG603 warning.
    struct Home {
        let root: URL
        var userFile: String { root.appendingPathComponent("config/jobgen/config.yaml").path }
        var siteFile: String { root.appendingPathComponent("site.yaml").path }
        var bin: URL { root.appendingPathComponent("bin") }
        var environment: [String: String] {
            [
                "HOME": root.path, "XDG_CONFIG_HOME": root.appendingPathComponent("config").path,
                "JOBGEN_CONFIG": siteFile, "JOBGEN_CLUSTER_PATH": "", "JOBGEN_CLUSTER": "", "CC_CLUSTER": "",
                "PATH": bin.path, "NO_COLOR": "1",
            ]
        }

        init(site: String = "", user: String? = nil) throws {
            root = try JobGenProcess.temporaryDirectory()
            try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
            try write(siteFile, site)
            if let user { try write(userFile, user) }
            try write(root.appendingPathComponent("job.sh").path, "#!/bin/bash\nhostname\npip install numpy\n")
        }

        func write(_ path: String, _ text: String) throws {
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }

        func run(_ arguments: [String], _ extra: [String: String] = [:]) throws -> JobGenProcess.Result {
            try JobGenProcess.run(arguments, in: root, environment: environment.merging(extra) { _, new in new })
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    @Test func showListsEverySettingWithItsLayer() throws {
        let home = try Home(
            site: "account: def-site\nmodules:\n  distributed: [StdEnv/2023, gcc, openmpi]\nvalidate:\n  disable: [JG603]\n",
            user: "# mine\ncluster: narval\nvalidate:\n  format: gcc\n")
        defer { home.remove() }
        let shown = try home.run(["config", "show"])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(
            shown.stdout == """
                cluster              narval                   user \(home.userFile):2
                account              def-site                 site \(home.siteFile):1
                modules.distributed  StdEnv/2023 gcc openmpi  site \(home.siteFile):3
                modules.whole-node   -                        built-in
                modules.gpu          -                        built-in
                templates            -                        built-in
                validate.format      gcc                      user \(home.userFile):4
                validate.disable     JG603                    site \(home.siteFile):5

                site file: \(home.siteFile)
                user file: \(home.userFile)
                profile:   narval (built-in), from cluster in \(home.userFile)

                """)
    }

    @Test func generatedJobsTakeTheConfigsAccountAndModulesUnderTheFlags() throws {
        let home = try Home(
            site: "account: def-site\nmodules:\n  distributed: [StdEnv/2023, gcc, openmpi]\n",
            user: "account: def-mine\n")
        defer { home.remove() }
        let script = try home.run(["distributed", "--bare"])
        #expect(script.status == 0, "\(script.stderr)")
        #expect(script.stdout.contains("#SBATCH --account=def-mine\n"), "\(script.stdout)")
        #expect(script.stdout.contains("module load StdEnv/2023 gcc openmpi\n"), "\(script.stdout)")
        let flagged = try home.run(["distributed", "--bare", "-A", "def-flag", "--modules", "python"])
        #expect(flagged.stdout.contains("#SBATCH --account=def-flag\n") && flagged.stdout.contains("module load python\n"))
        try home.write(home.userFile, "acount: def-mine\n")
        let bad = try home.run(["distributed"])
        #expect(bad.status == 65 && bad.stdout.isEmpty && bad.stderr.contains("acount"), "\(bad.stderr)")
    }

    @Test func validateTakesTheConfigsFormatAndRulesAndFlagsWin() throws {
        let home = try Home(site: "validate:\n  format: json\n")
        defer { home.remove() }
        let json = try home.run(["validate", "--slurm-version", "24.11", "job.sh"])
        #expect(json.stdout.hasPrefix("[") && json.stdout.contains("\"rule\": \"JG603\""), "\(json.stdout)")
        let text = try home.run(["validate", "--format", "text", "--slurm-version", "24.11", "job.sh"])
        #expect(text.stdout.contains("job.sh:3:1: warning:") && text.stdout.contains("[JG603]"), "\(text.stdout)")
        try home.write(home.userFile, "validate:\n  disable: [JG603]\n")
        let quiet = try home.run(["validate", "--format", "text", "--slurm-version", "24.11", "job.sh"])
        #expect(!quiet.stdout.contains("JG603") && quiet.stderr.contains("1 suppressed"), "\(quiet.stdout)\(quiet.stderr)")
    }

    @Test func aBadConfigStopsValidateWithItsFileLineAndKey() throws {
        let home = try Home(site: "validate:\n  format: xml\n", user: "acount: def-x\n")
        defer { home.remove() }
        let result = try home.run(["validate", "job.sh"])
        #expect(result.status == 65 && result.stdout.isEmpty)
        #expect(
            result.stderr == """
                jobgen validate: config: \(home.siteFile):2: validate.format: 'xml' is not an output format; accepted: text, json, gcc [bad-value]
                jobgen validate: config: \(home.userFile):1: acount: unknown key 'acount'; did you mean 'account'? the keys of a jobgen config file are cluster, account, modules, templates, validate [unknown-key]

                """)
        let shown = try home.run(["config", "show"])
        #expect(shown.status == 65 && shown.stderr.contains("\(home.siteFile):2: validate.format:"))
    }

    @Test func checkSaysOkOrEveryProblem() throws {
        let home = try Home(site: "account: def-site\n", user: "modules:\n  gpu: cuda\n  cpu: [gcc]\n")
        defer { home.remove() }
        let both = try home.run(["config", "check"])
        #expect(both.status == 65)
        #expect(both.stdout == "\(home.siteFile): ok (1 setting)\n")
        #expect(
            both.stderr.split(separator: "\n").map { String($0.prefix { $0 != " " }) } == [
                "\(home.userFile):2:", "\(home.userFile):3:",
            ], "\(both.stderr)")
        let one = try home.run(["config", "check", home.siteFile])
        #expect(one.status == 0 && one.stdout == "\(home.siteFile): ok (1 setting)\n")
        let missing = try home.run(["config", "check", "nothere.yaml"])
        #expect(missing.status == 64 && missing.stderr.contains("nothere.yaml: cannot be read"))
    }

    @Test func theConfigsClusterComesAfterJobgenClusterAndBeforeCCCluster() throws {
        let home = try Home(user: "cluster: narval\n")
        defer { home.remove() }
        let wide = "#!/bin/bash\n#SBATCH --time=1:00:00 --ntasks=1 --mem=100000G\nsrun ./app\n"
        try home.write(home.root.appendingPathComponent("wide.sh").path, wide)
        func cluster(_ extra: [String: String]) throws -> String {
            let result = try home.run(["validate", "--slurm-version", "24.11", "wide.sh"], extra)
            return result.stdout.components(separatedBy: "of cluster ").dropFirst().first?.prefix { $0 != " " && $0 != ";" }
                .description ?? "none: \(result.stdout)\(result.stderr)"
        }
        #expect(try cluster(["CC_CLUSTER": "fir"]) == "narval")
        #expect(try cluster(["JOBGEN_CLUSTER": "rorqual", "CC_CLUSTER": "fir"]) == "rorqual")
        try home.write(home.userFile, "cluster: graham\n")
        let missing = try home.run(["validate", "wide.sh"])
        #expect(missing.status == 65 && missing.stderr.contains("\(home.userFile):1: cluster: 'graham': no such file"))
    }
}
