import Foundation
import JobGenKit
import Testing

/// `scontrol` output of other Slurm releases, saved byte for byte in Tests/Fixtures/scontrol/RELEASE/
/// (written for these tests from the fields each release's `scontrol` prints): 20.11 has no
/// CPUEfctv (cores kept for the system come off CPUTot here), 25.05 adds fields, `(null)` node
/// sets, a partition without nodes and a GPU type of count 0.
@Suite("Cluster profiles from other releases' scontrol")
struct ScontrolReleasesTests {
    static func imported(_ release: String) throws -> ScontrolImport {
        let directory = repositoryRoot.appendingPathComponent("Tests/Fixtures/scontrol/\(release)")
        func read(_ name: String) throws -> String {
            try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
        }
        return ScontrolImport(
            nodes: try read("scontrol-show-node.txt"), partitions: try read("scontrol-show-partition.txt"),
            config: try read("scontrol-show-config.txt"))
    }

    @Test func release20_11() throws {
        let imported = try Self.imported("20.11")
        let cluster = imported.resources
        #expect(cluster.name == "oldlab" && cluster.slurmVersion == "20.11.9" && cluster.enforcePartLimits == "ALL")
        let cpu = try #require(cluster.nodeTypes.first)
        // CPUTot 40 less CoreSpecCount 2; RealMemory 191000 less MemSpecLimit 4000.
        #expect(cpu.cpus == 38 && cpu.memory == 187000 && cpu.count == 2 && cpu.nodes == "cn[001-002]")
        #expect(cluster.nodeTypes.last?.gpus == [.init(type: "v100", count: 4)], "a drained node is still a node type")
        #expect(cluster.partition(named: "compute")?.memory == MemoryLimits(defaultPerCPU: 4000))
        #expect(cluster.partition(named: "compute")?.defaultTime == 60 && cluster.defaultPartition?.name == "compute")
        #expect(cluster.accounting == true && imported.skipped.isEmpty, "\(imported.skipped)")
        #expect(ProfileCheck.read(yaml: try cluster.yaml(), file: "oldlab.yaml").problems.isEmpty)
    }

    @Test func release25_05() throws {
        let imported = try Self.imported("25.05")
        let cluster = imported.resources
        #expect(cluster.name == "newlab" && cluster.enforcePartLimits == "ANY" && cluster.accounting == false)
        let cpu = try #require(cluster.nodeTypes.first)
        #expect(cpu.cpus == 190 && cpu.memory == 768000 && cpu.count == 2, "CPUEfctv already leaves out CoreSpecCount")
        #expect(cluster.nodeTypes.last?.gpus == [.init(type: "h100", count: 4)], "a GPU type of count 0 is no GPU")
        #expect(cluster.partition(named: "cpu")?.maxNodes == 10 && cluster.partition(named: "gpu")?.maxNodes == 5)
        #expect(cluster.partition(named: "empty")?.state == "INACTIVE")
        #expect(imported.skipped == ["partition empty has no nodes"])
        #expect(ProfileCheck.read(yaml: try cluster.yaml(), file: "newlab.yaml").problems.isEmpty)
    }
}
