import JobGenKit
import Testing

@Suite("Billing in cluster profiles")
struct BillingProfileTests {
    /// The Alliance facts (../shared/ALLIANCE-CLUSTERS.md): bundle per cluster, RGU per type.
    @Test(
        arguments: [
            ("fir", "h100", 12, 294_912), ("nibi", "h100", 14, 256_000), ("rorqual", "h100", 16, 127_488),
            ("narval", "a100", 12, 127_488), ("trillium", "h100", 24, 192_512),
        ])
    func everyBuiltInHasTheAllianceBilling(cluster: String, gpu: String, cores: Int, memory: Int) throws {
        let billing = try #require(BuiltInClusters.profile(named: cluster)?.billing, "\(cluster)")
        #expect(billing.memoryPerCoreEquivalent == 4096)
        #expect(billing.gpuBundle == Billing.GPUBundle(gpuType: gpu, cores: cores, memory: memory))
        #expect(billing.rgu(ofType: gpu) == (gpu == "a100" ? 4.0 : 12.2))
    }

    @Test func migInstancesHaveTheirOwnRGU() throws {
        let narval = try #require(BuiltInClusters.profile(named: "narval")?.billing)
        #expect(narval.rgu(ofType: "a100_1g.5gb") == 0.6 && narval.rgu(ofType: "a100_3g.20gb") == 2.0)
        let fir = try #require(BuiltInClusters.profile(named: "fir")?.billing)
        #expect(fir.rgu(ofType: "nvidia_h100_80gb_hbm3_1g.10gb") == 1.7)
        let rorqual = try #require(BuiltInClusters.profile(named: "rorqual")?.billing)
        #expect(rorqual.rgu(ofType: "h100_3g.40gb") == 6.1 && rorqual.rgu(ofType: "mi300a") == nil)
    }

    @Test func billingSurvivesYAMLAndIsOptional() throws {
        let narval = try #require(BuiltInClusters.profile(named: "narval"))
        let again = try ClusterResources(yaml: try narval.yaml(), file: "narval.yaml")
        #expect(again == narval)
        let plain = try ClusterResources(
            yaml: "name: lab\nnodeTypes: []\npartitions: []\n", file: "lab.yaml")
        #expect(plain.billing == nil)
    }
}
