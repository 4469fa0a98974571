import JobGenKit
import Testing

@Suite("Built-in cluster profiles (the Alliance clusters)")
struct BuiltInClustersTests {
    @Test func everyBuiltInLoadsWithItsSourceAndNodeTypes() throws {
        #expect(BuiltInClusters.names == ["fir", "narval", "nibi", "rorqual", "trillium"])
        for name in BuiltInClusters.names {
            let cluster = try #require(BuiltInClusters.profile(named: name), "\(name)")
            #expect(cluster.name == name && cluster.source?.contains("docs.alliancecan.ca") == true)
            #expect(!cluster.nodeTypes.isEmpty && cluster.defaultPartition != nil)
        }
        #expect(BuiltInClusters.profile(named: "Narval")?.name == "narval")
        #expect(BuiltInClusters.profile(named: "graham") == nil)
    }

    /// Facts of ../shared/ALLIANCE-CLUSTERS.md, as verdicts.
    @Test(
        arguments: [
            ("narval", "--gpus-per-node=a100:4 --ntasks-per-node=48", nil),
            ("narval", "--gpus-per-node=h100:1", "Requested node configuration is not available"),
            ("narval", "--ntasks-per-node=65", "Requested node configuration is not available"),
            ("narval", "--mem=4000G", nil),
            ("narval", "--mem=4001G", "Requested node configuration is not available"),
            ("fir", "--ntasks-per-node=192 --time=7-00:00:00", nil),
            ("fir", "--time=7-00:01:00", "Requested time limit is invalid (missing or exceeds some limit)"),
            ("nibi", "--gpus-per-node=h100:8", nil),
            ("rorqual", "--gpus-per-node=h100:8", "Requested node configuration is not available"),
            ("trillium", "--nodes=2 --ntasks-per-node=192 --time=24:00:00", nil),
            (
                "trillium", "--time=1-00:30:00",
                "Requested time limit is invalid (missing or exceeds some limit)"
            ),
            ("nibi", "-w g01", nil),
        ] as [(String, String, String?)])
    func verdicts(_ cluster: String, _ request: String, _ refusal: String?) throws {
        let profile = try #require(BuiltInClusters.profile(named: cluster))
        let script = BatchScript(
            text: "#!/bin/bash\n#SBATCH \(request)\nsrun ./app\n", name: "j.sh", release: .v24_11)
        let found = Validator(target: .v24_11, cluster: profile).validate(script).filter {
            $0.rule == "JG701"
        }
        #expect(
            found.map { $0.message.contains("\"\(refusal ?? "-")\"") } == (refusal == nil ? [] : [true]),
            "\(found.map(\.message))")
    }

    /// The site rules of the built-ins (MIG, Trillium's whole nodes and GPU counts, billing,
    /// internet on compute nodes), as the rules that read them report.
    @Test(
        arguments: [
            ("narval", "--gpus-per-node=a100_1g.5gb:1", []),
            ("narval", "--gpus-per-node=a100_1g.5gb:2", ["JG702"]),
            ("fir", "--gpus=nvidia_h100_80gb_hbm3_2g.20gb:1", []),
            ("nibi", "--gpus-per-node=h100_80gb:2", []),
            ("trillium", "--gpus-per-node=h100:2", ["JG703"]),
            ("trillium", "--nodes=2 --gpus-per-node=h100:4", []),
            ("trillium", "--ntasks=40", ["JG704"]),
            ("trillium", "--nodes=1 --ntasks-per-node=192 --mem=100G", ["JG704"]),
            ("narval", "--ntasks=4 --mem-per-cpu=16G", ["JG705"]),
            ("narval", "--gpus-per-node=a100:1 --cpus-per-task=16", ["JG706"]),
            ("narval", "--ntasks=1 --mem=1000G", ["JG705", "JG707"]),
            ("narval", "--exclusive --nodes=2 --ntasks-per-node=40", ["JG708"]),
            ("narval", "--nodes=2 --ntasks-per-node=64", []),
            ("narval", "--ntasks=1 --time=30", ["JG709"]),
            ("trillium", "--nodes=12 --ntasks-per-node=192", ["JG709"]),
            ("trillium", "--nodes=6 --gpus-per-node=h100:4", ["JG709"]),
            ("trillium", "--nodes=10 --ntasks-per-node=192 --time=15", []),
        ] as [(String, String, [String])])
    func siteRules(_ cluster: String, _ request: String, _ codes: [String]) throws {
        let profile = try #require(BuiltInClusters.profile(named: cluster))
        let script = BatchScript(
            text: "#!/bin/bash\n#SBATCH \(request)\nsrun ./app\n", name: "j.sh", release: .v24_11)
        let found = Validator(target: .v24_11, cluster: profile).validate(script).map(\.rule).filter {
            $0.hasPrefix("JG7")
        }
        #expect(found == codes, "\(request) on \(cluster)")
    }

    @Test func theNodeLocalTmpdirPremiseIsTheProfiles() throws {
        let script = BatchScript(
            text: "#!/bin/bash\n#SBATCH --nodes=2\nvirtualenv --no-download $SLURM_TMPDIR/env\nsrun python x.py\n",
            name: "j.sh", release: .v24_11)
        func found(_ cluster: ClusterResources?) -> [Diagnostic] {
            Validator(target: .v24_11, cluster: cluster).validate(script).filter { $0.rule == "JG601" }
        }
        let narval = try #require(BuiltInClusters.profile(named: "narval"))
        #expect(found(narval).count == 1 && !found(narval)[0].message.contains("assumption"))
        #expect(found(nil).count == 1 && found(nil)[0].message.contains("an assumption"))
        var shared = narval
        shared.policies?.nodeLocalTmpdir = false
        #expect(found(shared).isEmpty, "where $SLURM_TMPDIR is shared, every node sees the virtualenv")
    }

    @Test func downloadRulesReadTheProfilesInternet() throws {
        let script = BatchScript(
            text: "#!/bin/bash\nvirtualenv $SLURM_TMPDIR/env\npip install numpy\n", name: "j.sh", release: .v24_11)
        func codes(_ cluster: ClusterResources?) -> [Diagnostic] {
            Validator(target: .v24_11, cluster: cluster).validate(script).filter { ["JG603", "JG604"].contains($0.rule) }
        }
        #expect(codes(BuiltInClusters.profile(named: "fir")).isEmpty, "fir's compute nodes reach the internet")
        let narval = codes(BuiltInClusters.profile(named: "narval"))
        #expect(narval.count == 2 && narval.allSatisfy { $0.message.contains("compute nodes of cluster narval") })
        let generic = codes(nil)
        #expect(generic.count == 2 && generic.allSatisfy { $0.message.contains("an assumption") })
    }
}
