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
}
