import JobGenKit
import Testing

@Suite("Cluster profiles from scontrol")
struct ScontrolImportTests {
    /// Written for this test in the formats `scontrol show node -o` prints (22.05 and newer).
    static let nodes = """
        NodeName=c1 Arch=x86_64 CoresPerSocket=32 CPUAlloc=0 CPUEfctv=64 CPUTot=64 AvailableFeatures=cascade,ib ActiveFeatures=cascade,ib Gres=(null) OS=Linux 5.14 #1 SMP RealMemory=257000 MemSpecLimit=1000 Sockets=2 ThreadsPerCore=1 TmpDisk=100000 State=IDLE Partitions=cpu,all
        NodeName=c2 Arch=x86_64 CoresPerSocket=32 CPUAlloc=0 CPUEfctv=64 CPUTot=64 AvailableFeatures=cascade,ib ActiveFeatures=cascade,ib Gres=(null) OS=Linux 5.14 #1 SMP RealMemory=257000 MemSpecLimit=1000 Sockets=2 ThreadsPerCore=1 TmpDisk=100000 State=DOWN+DRAIN Reason=disk failed [root@2026-01-01] Partitions=cpu,all
        NodeName=g1 Arch=x86_64 CoresPerSocket=24 CPUTot=48 AvailableFeatures=(null) Gres=gpu:a100:4(S:0-1),mps:400 RealMemory=510000 Sockets=2 ThreadsPerCore=1 State=MIXED Partitions=gpu,all
        NodeName=broken CPUTot=x
        """
    static let partitions = """
        PartitionName=cpu AllowGroups=ALL Default=YES MaxNodes=UNLIMITED MaxTime=7-00:00:00 MinNodes=0 Nodes=c[1-2] State=UP TotalNodes=2
        PartitionName=gpu Default=NO MaxNodes=1 MaxTime=1-00:00:00 Nodes=g1 State=UP
        PartitionName=all Default=NO MaxTime=UNLIMITED Nodes=c[1-2],g1 State=UP
        PartitionName=empty Default=NO MaxTime=01:00:00 Nodes=(null) State=DOWN
        PartitionName=short Default=NO DefaultTime=00:30:00 MaxTime=02:00:00 MinNodes=2 MaxCPUsPerNode=32 Nodes=c[1-2] State=UP DefMemPerCPU=2000 MaxMemPerNode=100000
        PartitionName=old Default=NO MaxTime=UNLIMITED Nodes=c1 State=DRAIN DefMemPerNode=UNLIMITED MaxMemPerCPU=4000
        """
    static let config = """
        ClusterName              = lab
        DefMemPerCPU             = 1000
        EnforcePartLimits        = ALL
        MaxArraySize             = 5001
        MaxMemPerNode            = UNLIMITED
        SLURM_VERSION            = 24.11.1

        """

    @Test func nodesGroupIntoTypesAndPartitionsKeepTheirLimits() throws {
        let imported = ScontrolImport(nodes: Self.nodes, partitions: Self.partitions, config: Self.config)
        let cluster = imported.resources
        #expect(cluster.name == "lab" && cluster.maxArraySize == 5001 && cluster.slurmVersion == "24.11.1")
        #expect(cluster.nodeTypes.map(\.nodes) == ["c[1-2]", "g1"])
        let cpu = try #require(cluster.nodeTypes.first)
        #expect(
            cpu.cpus == 64 && cpu.memory == 256000 && cpu.features == ["cascade", "ib"] && cpu.count == 2)
        #expect(cluster.nodeTypes[1].gpus == [.init(type: "a100", count: 4)])
        #expect(
            cluster.partition(named: "cpu")?.maxTime == 7 * 1440 && cluster.defaultPartition?.name == "cpu")
        #expect(
            cluster.partition(named: "gpu")?.maxNodes == 1 && cluster.partition(named: "all")?.maxTime == nil)
        #expect(cluster.partition(named: "all")?.nodeTypes.count == 2)
        #expect(imported.skipped.count == 2, "the broken node and the empty partition: \(imported.skipped)")
    }

    @Test func partitionAndClusterMemoryLimitsStatesAndDefaultsAreRead() throws {
        let cluster = ScontrolImport(nodes: Self.nodes, partitions: Self.partitions, config: Self.config)
            .resources
        #expect(cluster.memory == MemoryLimits(defaultPerCPU: 1000) && cluster.enforcePartLimits == "ALL")
        let short = try #require(cluster.partition(named: "short"))
        #expect(short.defaultTime == 30 && short.minNodes == 2 && short.maxCPUsPerNode == 32)
        #expect(short.memory == MemoryLimits(defaultPerCPU: 2000, maxPerNode: 100000) && short.state == nil)
        let old = try #require(cluster.partition(named: "old"))
        #expect(old.memory == MemoryLimits(maxPerCPU: 4000) && old.state == "DRAIN" && !old.takesJobs)
        #expect(cluster.partition(named: "empty")?.state == "DOWN" && cluster.partition(named: "empty")?.takesJobs == true)
        #expect(cluster.partition(named: "cpu")?.memory == nil && cluster.partition(named: "cpu")?.defaultTime == nil)
    }

    @Test func theProfileRoundTripsThroughYAML() throws {
        let cluster = ScontrolImport(nodes: Self.nodes, partitions: Self.partitions, config: Self.config)
            .resources
        #expect(try ClusterResources(yaml: cluster.yaml(), file: "lab.yaml") == cluster)
        #expect(throws: ClusterFileError.self) {
            try ClusterResources(yaml: "name: x\nnodeTypes: 3\n", file: "bad.yaml")
        }
    }

    @Test(
        arguments: [
            ("--nodes=1 --ntasks-per-node=64", nil),
            ("--ntasks-per-node=65", "Requested node configuration is not available"),
            ("--partition=gpu --gpus-per-node=a100:4 --mem=490G", nil),
            ("--partition=gpu --mem=500G", "Requested node configuration is not available"),
            ("--partition=gpu --nodes=2", "Node count specification invalid"),
            (
                "--partition=gpu --time=2-00:00:00",
                "Requested time limit is invalid (missing or exceeds some limit)"
            ),
            ("--partition=cpu,gpu --gpus-per-node=a100:1", nil),
            ("--gpus-per-node=a100:1", "Requested node configuration is not available"),
            ("--constraint=skylake", "Invalid feature specification"),
            ("--partition=debug", "Invalid partition name specified"),
            ("--array=0-5000", nil), ("--array=0-5001", "Invalid job array specification"),
            ("--ntasks=129", "More processors requested than permitted"),
            ("--mem=256000", nil), ("--mem=256001", "Requested node configuration is not available"),
            ("--partition=short --nodes=1", "Node count specification invalid"),
            ("--partition=short --mem=100001", "Memory required by task is not available"),
            ("--partition=short --nodes=2 --ntasks-per-node=32 --mem-per-cpu=3000", nil),
            ("--partition=short --nodes=2 --ntasks-per-node=32 --mem-per-cpu=3200", "Memory required by task is not available"),
            ("--partition=short --nodes=2 --ntasks-per-node=33", "More processors requested than permitted"),
            ("--partition=short --ntasks=65", "More processors requested than permitted"),
            ("--partition=old", "Required partition not available (inactive or drain)"),
            ("--partition=old,cpu", nil),
            ("--partition=gpu --nodelist=c1", "Requested nodes not in this partition"),
            ("--nodelist=c9", "Invalid node name specified"), ("--exclude=c3", "Invalid node name specified"),
            ("--nodelist=c[1-2] --nodes=2 --ntasks-per-node=64", nil),
            ("--partition=cpu --exclude=c1 --nodes=2", "Requested node configuration is not available"),
            ("--partition=cpu --exclude=c1 --nodes=1", nil),
            // 1000 MB per CPU by default: 64 tasks fit a node of 256000 MB, at 5000 MB per CPU 51 do.
            ("--nodes=1 --ntasks=64", nil),
            ("--nodes=1 --ntasks=64 --mem-per-cpu=5000", "Requested node configuration is not available"),
            ("--nodes=2 --ntasks=103 --mem-per-cpu=5000", "Requested node configuration is not available"),
            ("--nodes=2 --ntasks=102 --mem-per-cpu=5000", nil),
            ("--nodes=2 --ntasks=100 --mem-per-cpu=2500", nil),
        ] as [(String, String?)])
    func requestsAgainstTheLabCluster(_ request: String, _ refusal: String?) {
        let cluster = ScontrolImport(nodes: Self.nodes, partitions: Self.partitions, config: Self.config)
            .resources
        let script = BatchScript(
            text: "#!/bin/bash\n#SBATCH \(request)\nhostname\n", name: "j.sh", release: .v24_11)
        let found = Validator(target: .v24_11, cluster: cluster).validate(script).filter {
            $0.rule == "JG701"
        }
        #expect(
            found.first.map { $0.message.contains("\"\(refusal ?? "")\"") } ?? (refusal == nil),
            "\(found.map(\.message))")
        #expect(found.count == (refusal == nil ? 0 : 1))
    }

    /// Written for this test in the form `sacctmgr -P show qos` prints (fields by name).
    static let qos = """
        Name|Priority|GraceTime|Preempt|PreemptExemptTime|PreemptMode|Flags|UsageThres|UsageFactor|GrpTRES|GrpTRESMins|GrpTRESRunMins|GrpJobs|GrpSubmit|GrpWall|MaxTRES|MaxTRESPerNode|MaxTRESMins|MaxWall|MaxTRESPU|MaxJobsPU|MaxSubmitPU|MaxTRESPA|MaxJobsPA|MaxSubmitPA|MinTRES
        normal|0|00:00:00|||cluster|||1.000000|||||||||||||||||
        debug|10|00:00:00|||cluster|||1.000000|||||||cpu=64,gres/gpu=2|||01:00:00|cpu=128|2|4||||
        |0|
        """

    @Test func qosFromSacctmgrAreReadAndChecked() throws {
        let config = Self.config + "AccountingStorageType    = accounting_storage/slurmdbd\n"
        let imported = ScontrolImport(nodes: Self.nodes, partitions: Self.partitions, config: config, qos: Self.qos)
        let cluster = imported.resources
        #expect(cluster.qos?.map(\.name) == ["normal", "debug"] && cluster.accounting == true)
        #expect(
            cluster.qos?.last
                == .init(name: "debug", maxWall: 60, maxTRESPerJob: "cpu=64,gres/gpu=2", maxTRESPerUser: "cpu=128",
                    maxJobsPerUser: 2, maxSubmitPerUser: 4))
        #expect(imported.skipped.contains { $0.contains("no Name") })
        #expect(try ClusterResources(yaml: cluster.yaml(), file: "lab.yaml") == cluster)
        func refusal(_ request: String) -> String? {
            let script = BatchScript(text: "#!/bin/bash\n#SBATCH \(request)\nhostname\n", name: "j.sh", release: .v24_11)
            return Validator(target: .v24_11, cluster: cluster).validate(script).first { $0.rule == "JG701" }?.message
        }
        #expect(refusal("--qos=debug") == nil)
        #expect(refusal("--qos=high")?.contains("\"Invalid qos specification\"") == true)
        // Where no QoS is known (no accounting, or not imported), --qos is not checked.
        #expect(ScontrolImport(nodes: Self.nodes, partitions: Self.partitions, config: Self.config).resources.qos == nil)
        #expect(ScontrolImport(nodes: Self.nodes, partitions: Self.partitions, config: config, qos: "").resources.qos == nil)
    }

    @Test func hostListsExpandAndCompact() {
        #expect(HostList.names("n[1-3,07],gpu01") == ["n1", "n2", "n3", "n07", "gpu01"])
        #expect(HostList.compact(["n1", "n2", "n3", "n7", "g01", "login"]) == "n[1-3,7],g01,login")
    }

    @Test("any bytes give a profile or skipped lines, never a crash", arguments: 0..<100)
    func fuzzedOutput(_ seed: Int) {
        var random = SplitMix(seed: UInt64(seed))
        let alphabet = Array(
            "NodeName=PartitionName=CPUTot=RealMemory=Gres=gpu:a100:(S:0-1)[1-3], =\n0123456789UNLIMITED".utf8
        )
        let bytes = (0..<Int(random.next() % 800)).map { _ in
            alphabet[Int(random.next() % UInt64(alphabet.count))]
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let imported = ScontrolImport(nodes: text, partitions: text, config: text, qos: text)
        #expect(imported.resources.nodeTypes.allSatisfy { $0.count >= 1 })
    }
}
