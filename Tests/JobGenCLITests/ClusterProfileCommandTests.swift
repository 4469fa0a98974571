import Foundation
import Testing

/// `jobgen cluster list|show|check|import --write` and `--cluster NAME`, run as the built binary
/// with its own XDG_CONFIG_HOME and JOBGEN_CLUSTER_PATH.
@Suite("jobgen cluster list, show, check and import --write")
struct ClusterProfileCommandTests {
    static func profile(_ name: String, cpus: Int = 64) -> String {
        """
        name: \(name)
        nodeTypes:
        - {name: cpu, nodes: "c[1-2]", count: 2, cpus: \(cpus), memory: 257000, features: [], gpus: []}
        partitions:
        - {name: all, nodeTypes: [cpu], default: true, maxTime: 4320}

        """
    }

    /// A home of its own: config/jobgen/clusters (the user's profiles), site/ (JOBGEN_CLUSTER_PATH)
    /// and saved scontrol output in scontrol/.
    struct Home {
        let root: URL
        var user: URL { root.appendingPathComponent("config/jobgen/clusters") }
        var site: URL { root.appendingPathComponent("site") }
        var environment: [String: String] {
            [
                "HOME": root.path, "XDG_CONFIG_HOME": root.appendingPathComponent("config").path,
                "JOBGEN_CLUSTER_PATH": site.path, "JOBGEN_CLUSTER": "", "CC_CLUSTER": "",
            ]
        }

        init() throws {
            root = try JobGenProcess.temporaryDirectory()
            try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
            let saved = root.appendingPathComponent("scontrol")
            try FileManager.default.createDirectory(at: saved, withIntermediateDirectories: true)
            for (name, text) in [
                "scontrol-show-node.txt": ClusterCommandTests.node,
                "scontrol-show-partition.txt": ClusterCommandTests.partition,
                "scontrol-show-config.txt": ClusterCommandTests.config,
                "wide.sh": "#!/bin/bash\n#SBATCH --nodes=1 --ntasks-per-node=65\nsrun ./app\n",
            ] {
                try text.write(to: saved.appendingPathComponent(name), atomically: true, encoding: .utf8)
            }
        }

        var scontrol: String { root.appendingPathComponent("scontrol").path }
        var wideJob: String { root.appendingPathComponent("scontrol/wide.sh").path }

        func write(_ directory: URL, _ name: String, _ text: String) throws {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }

        func run(_ arguments: [String], _ extra: [String: String] = [:]) throws -> JobGenProcess.Result {
            try JobGenProcess.run(
                arguments, in: root, environment: environment.merging(extra) { _, new in new })
        }
    }

    @Test func importWriteSavesAUserProfileThatValidateFindsByName() throws {
        let home = try Home()
        defer { try? FileManager.default.removeItem(at: home.root) }
        let saved = home.user.appendingPathComponent("lab.yaml").path
        let written = try home.run(["cluster", "import", "--from", home.scontrol, "--write"])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(
            written.stdout.isEmpty && written.stderr.contains("wrote \(saved); use it with --cluster lab"))
        let first = try String(contentsOfFile: saved, encoding: .utf8)
        #expect(first.contains("name: lab") && first.contains("nodes: c[1-2]"))
        let refused = try home.run(["validate", "--slurm-version", "22.05", "--cluster", "lab", home.wideJob])
        #expect(
            refused.status == 1 && refused.stdout.contains("[JG701]"), "\(refused.stdout)\(refused.stderr)")

        let again = try home.run(["cluster", "import", "--from", home.scontrol, "--write", "--name", "lab"])
        #expect(again.status == 64 && again.stderr.contains(saved) && again.stderr.contains("--force"))
        let forced = try home.run([
            "cluster", "import", "--from", home.scontrol, "--write", "--name", "lab", "--force",
        ])
        #expect(forced.status == 0, "\(forced.stderr)")
        let other = try home.run(["cluster", "import", "--from", home.scontrol, "--write", "--name", "lab2"])
        #expect(
            other.status == 0
                && FileManager.default.fileExists(atPath: home.user.appendingPathComponent("lab2.yaml").path))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: home.user.path).sorted() == [
                "lab.yaml", "lab2.yaml",
            ],
            "no temporary file is left")

        let badName = try home.run([
            "cluster", "import", "--from", home.scontrol, "--write", "--name", "../x",
        ])
        #expect(
            badName.status == 64 && badName.stderr.contains("--name '../x'")
                && badName.stderr.contains("letters"))
        let forceAlone = try home.run(["cluster", "import", "--from", home.scontrol, "--force"])
        #expect(forceAlone.status == 64 && forceAlone.stderr.contains("--force goes with --write"))
    }

    @Test func anImportedProfileJobgenWouldRefuseIsNotWritten() throws {
        let home = try Home()
        defer { try? FileManager.default.removeItem(at: home.root) }
        let node = ClusterCommandTests.node.replacingOccurrences(of: "RealMemory=257000", with: "RealMemory=0")
        try home.write(URL(fileURLWithPath: home.scontrol), "scontrol-show-node.txt", node)
        let refused = try home.run(["cluster", "import", "--from", home.scontrol, "--write"])
        #expect(
            refused.status == 65 && refused.stderr.contains("nodeTypes[0].memory: 0 is not positive"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: home.user.path), "nothing written")
        let printed = try home.run(["cluster", "import", "--from", home.scontrol])
        #expect(printed.status == 0 && printed.stdout.contains("name: lab"))
        #expect(printed.stderr.contains("warning: the imported profile:"), "\(printed.stderr)")
    }

    @Test func listGivesEveryProfileInSearchOrderWithTheShadowedMarked() throws {
        let home = try Home()
        defer { try? FileManager.default.removeItem(at: home.root) }
        try home.write(home.user, "lab.yaml", Self.profile("lab"))
        try home.write(home.site, "lab.yaml", Self.profile("lab"))
        try home.write(home.site, "narval.yaml", Self.profile("narval"))
        try home.write(home.site, "broken.yaml", "name: broken\n")
        let listed = try home.run(["cluster", "list"])
        #expect(listed.status == 0, "\(listed.stderr)")
        let lines = listed.stdout.split(separator: "\n").map(String.init)
        let names = lines.map { $0.split(separator: " ").first.map(String.init) ?? "" }
        #expect(names == ["lab", "broken", "lab", "narval", "fir", "narval", "nibi", "rorqual", "trillium"])
        let userLab = home.user.appendingPathComponent("lab.yaml").path
        #expect(
            lines[0].contains(userLab) && lines[0].hasSuffix("1 node type, 2 nodes, 1 partition"),
            "\(lines[0])")
        #expect(lines[1].contains("unusable:") && lines[1].contains("missing key 'nodeTypes'"))
        #expect(lines[2].hasSuffix("(shadowed by \(userLab))"), "\(lines[2])")
        #expect(
            lines[5].contains("built-in") && lines[5].hasSuffix("(shadowed by \(home.site.path)/narval.yaml)")
        )
        #expect(lines[4].contains("built-in") && lines[4].hasSuffix("3 node types, 1032 nodes, 1 partition"))

        let json = try home.run(["cluster", "list", "--format", "json"])
        let objects = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]],
            "\(json.stdout)")
        #expect(objects.count == 9)
        #expect(objects[0]["origin"] as? String == "user" && objects[0]["file"] as? String == userLab)
        #expect(
            objects[2]["origin"] as? String == "JOBGEN_CLUSTER_PATH"
                && objects[2]["shadowedBy"] as? String == userLab)
        #expect(objects[0]["nodes"] as? Int == 2 && objects[0]["shadowedBy"] == nil)
        #expect(objects[1]["problem"] as? String != nil && objects[1]["nodes"] == nil)
        #expect(objects[4]["origin"] as? String == "built-in" && objects[4]["file"] == nil)
        let badFormat = try home.run(["cluster", "list", "--format", "yaml"])
        #expect(badFormat.status == 64 && badFormat.stderr.contains("yaml"))
    }

    @Test func showPrintsTheProfileThatNameFinds() throws {
        let home = try Home()
        defer { try? FileManager.default.removeItem(at: home.root) }
        let builtIn = try home.run(["cluster", "show", "narval"])
        #expect(builtIn.status == 0 && builtIn.stdout.hasPrefix("# Built-in profile: Narval"))
        try home.write(home.site, "narval.yaml", "# ours\n" + Self.profile("narval", cpus: 3))
        let ours = try home.run(["cluster", "show", "narval"])
        #expect(ours.stdout == "# ours\n" + Self.profile("narval", cpus: 3))
        let byPath = try home.run(["cluster", "show", "\(home.site.path)/narval.yaml"])
        #expect(byPath.stdout == ours.stdout)
        try home.write(
            home.user, "bad.yaml", Self.profile("bad").replacingOccurrences(of: "cpus: 64", with: "cpus: 0"))
        let bad = try home.run(["cluster", "show", "bad"])
        #expect(
            bad.status == 65 && bad.stdout.isEmpty
                && bad.stderr.contains("bad.yaml:3: nodeTypes[0].cpus: 0 is not positive"))
        let missing = try home.run(["cluster", "show", "nowhere"])
        #expect(
            missing.status == 65 && missing.stderr.contains("nowhere: no such file")
                && missing.stderr.contains(home.site.path))
    }

    @Test func checkNamesEveryProblemOrSaysOk() throws {
        let home = try Home()
        defer { try? FileManager.default.removeItem(at: home.root) }
        try home.write(home.root, "good.yaml", Self.profile("good"))
        let broken =
            Self.profile("bad").replacingOccurrences(of: "nodeTypes: [cpu]", with: "nodeTypes: [cpu, gpu]")
            .replacingOccurrences(of: "c[1-2]", with: "c[1-2")
            + "- {name: all, nodeTypes: [cpu], default: true}\n"
        try home.write(home.root, "bad.yaml", broken)
        let good = try home.run(["cluster", "check", "good.yaml"])
        #expect(
            good.status == 0 && good.stdout == "good.yaml: ok (1 node type, 1 partition)\n"
                && good.stderr.isEmpty)
        let both = try home.run(["cluster", "check", "good.yaml", "bad.yaml"])
        #expect(both.status == 65 && both.stdout == "good.yaml: ok (1 node type, 1 partition)\n")
        #expect(
            both.stderr.split(separator: "\n").map { $0.split(separator: " ").first ?? "" } == [
                "bad.yaml:3:", "bad.yaml:5:", "bad.yaml:6:", "bad.yaml:6:",
            ], "\(both.stderr)")
        for name in ["[bad-host-list]", "[unknown-node-type]", "[duplicate-partition]", "[several-defaults]"]
        {
            #expect(both.stderr.contains(name), "\(name)")
        }
        #expect(both.stderr.contains("bad.yaml:5: partitions[0].nodeTypes[1]: unknown node type 'gpu'"))
        let builtIns = try home.run(["cluster", "check", "fir", "narval", "nibi", "rorqual", "trillium"])
        #expect(
            builtIns.status == 0 && builtIns.stdout.split(separator: "\n").count == 5, "\(builtIns.stderr)")
        let missing = try home.run(["cluster", "check", "good.yaml", "missing.yaml"])
        #expect(missing.status == 64 && missing.stderr.contains("missing.yaml: no such file"))
        #expect(try home.run(["cluster", "check"]).status == 64)
    }

    @Test func theEnvironmentChoosesAProfileFromTheSearchPath() throws {
        let home = try Home()
        defer { try? FileManager.default.removeItem(at: home.root) }
        try home.write(home.site, "lab.yaml", Self.profile("lab"))
        let bySiteName = try home.run(
            ["validate", "--slurm-version", "22.05", home.wideJob], ["JOBGEN_CLUSTER": "lab"])
        #expect(bySiteName.status == 1 && bySiteName.stdout.contains("[JG701]"), "\(bySiteName.stderr)")
        let byCCCluster = try home.run(
            ["validate", "--slurm-version", "22.05", home.wideJob], ["CC_CLUSTER": "lab"])
        #expect(
            byCCCluster.status == 1 && byCCCluster.stdout.contains("cluster lab"), "\(byCCCluster.stdout)")
        let unknownCCCluster = try home.run(
            ["validate", "--slurm-version", "22.05", home.wideJob], ["CC_CLUSTER": "graham"])
        #expect(unknownCCCluster.status == 0, "no profile named graham: nothing to check against")
        let unknown = try home.run(["validate", "--cluster", "graham", home.wideJob])
        #expect(
            unknown.status == 65 && unknown.stderr.contains("graham: no such file") && unknown.stdout.isEmpty)
    }
}
