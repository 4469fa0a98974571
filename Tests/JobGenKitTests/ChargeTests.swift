import JobGenKit
import Testing

/// Charges against hand-computed figures from the Alliance's billing (../shared/ALLIANCE-CLUSTERS.md):
/// a core-equivalent is 1 core + 4096 MB; a GPU bundle is 1 GPU with the cluster's cores and memory
/// (Narval: a100 of 4.0 RGU, 12 cores, 127488 MB; Fir: h100 of 12.2, 12 cores, 294912 MB; Rorqual:
/// h100, 16 cores, 127488 MB).
@Suite("Charge at the time limit")
struct ChargeTests {
    static func estimate(_ directives: String, on cluster: ClusterResources) -> ChargeEstimate {
        let script = BatchScript(text: "#!/bin/bash\n#SBATCH \(directives)\nsrun ./app\n")
        return .of(JobRequest(EffectiveOptions.of(script)), on: cluster)
    }

    static func charge(_ directives: String, on name: String) throws -> Charge {
        let cluster = try #require(BuiltInClusters.profile(named: name))
        let estimate = estimate(directives, on: cluster)
        return try #require(estimate.charge, "\(estimate)")
    }

    static func close(_ value: Double?, _ expected: Double) -> Bool {
        guard let value else { return false }
        return abs(value - expected) < 1e-9
    }

    @Test func cpuJobChargedByCores() throws {
        // 16 cores, 16 x 2048 MB = 32768 MB = 8 core-equivalents of memory: 16 per hour, 10 h.
        let charge = try Self.charge("--ntasks=16 --mem-per-cpu=2G --time=10:00:00", on: "narval")
        #expect(charge.unit == .coreEquivalentHours)
        #expect(Self.close(charge.perHour, 16) && Self.close(charge.amount, 160))
        #expect(charge.workedOut == "max(16, 32768 / 4096) = max(16, 8) = 16")
    }

    @Test func cpuJobChargedByMemory() throws {
        // 4 cores with 4 x 16G = 65536 MB: 16 core-equivalents, 2 h.
        let perCPU = try Self.charge("--ntasks=4 --mem-per-cpu=16G --time=2:00:00", on: "narval")
        #expect(Self.close(perCPU.perHour, 16) && Self.close(perCPU.amount, 32))
        // 2 nodes x 40G = 81920 MB: 20 core-equivalents against 4 cores, 1.5 h.
        let perNode = try Self.charge("--nodes=2 --ntasks-per-node=2 --mem=40G --time=1:30:00", on: "fir")
        #expect(Self.close(perNode.perHour, 20) && Self.close(perNode.amount, 30))
    }

    @Test func memoryNotGivenUsesTheDefaultOrCountsCoresOnly() throws {
        // Narval's default is 256 MB per core: 4 cores, 1024 MB, 4 per hour.
        let narval = try Self.charge("--ntasks=4 --time=1:00:00", on: "narval")
        #expect(Self.close(narval.amount, 4))
        #expect(narval.assumptions.contains { $0.contains("256 MB per CPU") })
        // Trillium's profile knows no default.
        let trillium = try Self.charge("--ntasks=4 --time=1:00:00", on: "trillium")
        #expect(Self.close(trillium.amount, 4))
        #expect(trillium.assumptions.contains { $0.contains("counts cores only") })
    }

    @Test func gpuJobChargedByItsGPUs() throws {
        // 2 x 4.0 RGU = 8; cores 4 / 12 x 4 = 1.33; memory 32768 / 127488 x 4 = 1.03: 8 per hour, 5 h.
        let narval = try Self.charge(
            "--gpus-per-node=a100:2 --ntasks=4 --mem=32G --time=5:00:00", on: "narval")
        #expect(narval.unit == .rguHours)
        #expect(Self.close(narval.perHour, 8) && Self.close(narval.amount, 40))
        // Exactly one Fir bundle: 1 h100, 12 cores, 288G: 12.2 every way.
        let fir = try Self.charge(
            "--gpus-per-node=h100:1 --cpus-per-task=12 --mem=288G --time=1:00:00", on: "fir")
        #expect(Self.close(fir.perHour, 12.2) && Self.close(fir.amount, 12.2))
    }

    @Test func gpuJobChargedByBundleCores() throws {
        // 24 cores = 2 Narval bundles = 2 x 4.0 RGU, more than its one GPU's 4.0: 8 per hour, 4 h.
        let charge = try Self.charge(
            "--gpus-per-node=a100:1 --cpus-per-task=24 --mem=8G --time=4:00:00", on: "narval")
        #expect(Self.close(charge.perHour, 8) && Self.close(charge.amount, 32))
        #expect(charge.workedOut.hasPrefix("max(1 x 4, 24 / 12 x 4, 8192 / 127488 x 4) = max(4, 8, 0.26)"))
    }

    @Test func gpuJobChargedByBundleMemory() throws {
        // 249G = 254976 MB = 2 Rorqual bundles of 127488 MB: 2 x 12.2 = 24.4 per hour, 2 h.
        let charge = try Self.charge(
            "--gpus-per-node=h100:1 --ntasks=1 --mem=249G --time=2:00:00", on: "rorqual")
        #expect(Self.close(charge.perHour, 24.4) && Self.close(charge.amount, 48.8))
    }

    @Test func migInstanceChargedByItsOwnRGUOrByTheBundle() throws {
        // A 1g.5gb instance is 0.6 RGU; 1 core is 1/12 x 4.0 = 0.33: 0.6 per hour, 6 h.
        let small = try Self.charge(
            "--gpus-per-node=a100_1g.5gb:1 --ntasks=1 --mem=4G --time=6:00:00", on: "narval")
        #expect(Self.close(small.perHour, 0.6) && Self.close(small.amount, 3.6))
        // 3 cores are a quarter of a bundle, 4.0 / 4 = 1.0 RGU: more than the instance's 0.6.
        let cores = try Self.charge(
            "--gpus-per-node=a100_1g.5gb:1 --cpus-per-task=3 --mem=4G --time=1:00:00", on: "narval")
        #expect(Self.close(cores.perHour, 1.0))
        // Fir's long MIG name: 1.7 RGU for 10 minutes.
        let fir = try Self.charge(
            "--gpus-per-node=nvidia_h100_80gb_hbm3_1g.10gb:1 --mem=10G --time=10:00", on: "fir")
        #expect(Self.close(fir.perHour, 1.7) && Self.close(fir.amount, 1.7 / 6))
    }

    @Test func untypedGPUsTakeTheOnlyTypeOfTheNodesThatCanRunThem() throws {
        let charge = try Self.charge("--gpus-per-node=1 --ntasks=1 --mem=4G --time=1:00:00", on: "narval")
        #expect(Self.close(charge.perHour, 4.0))
        #expect(charge.assumptions.contains { $0.contains("a100") })
    }

    @Test func noChargeWithoutBillingOrAnRGU() throws {
        var narval = try #require(BuiltInClusters.profile(named: "narval"))
        narval.billing = nil
        guard case .unknown(let reason) = Self.estimate("--ntasks=4 --time=1:00:00", on: narval) else {
            Issue.record("a charge without billing")
            return
        }
        #expect(reason.contains("no billing"))
        let nibi = try #require(BuiltInClusters.profile(named: "nibi"))
        guard case .unknown(let mi300a) = Self.estimate("--gpus-per-node=mi300a:4 --time=1:00:00", on: nibi)
        else {
            Issue.record("a charge for a GPU type without an RGU")
            return
        }
        #expect(mi300a.contains("'mi300a'"))
    }

    @Test func withoutATimeLimitOnlyTheChargePerHourIsKnown() throws {
        let charge = try Self.charge("--ntasks=8", on: "narval")
        #expect(charge.amount == nil && Self.close(charge.perHour, 8))
        #expect(charge.assumptions.contains { $0.contains("no --time") })
    }
}
