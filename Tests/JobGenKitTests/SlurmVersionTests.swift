import JobGenKit
import Testing

/// The target Slurm release and the rules that follow it.
@Suite("Slurm version")
struct SlurmVersionTests {
    @Test(arguments: [
        ("22.05", SlurmVersion(22, 5)), ("22.05.8", .v22_05), ("slurm 22.05.8", .v22_05),
        ("slurm-wlm 22.05.8", .v22_05), ("slurm 24.11.1", .v24_11), ("23.02", .v23_02),
    ])
    func parses(text: String, version: SlurmVersion) {
        #expect(SlurmVersion(text) == version)
    }

    @Test(arguments: ["", "22", "22.5", "x.05", "22.05x", "slurm"])
    func rejects(text: String) {
        #expect(SlurmVersion(text) == nil)
    }

    @Test func ordersAndPrints() {
        #expect(SlurmVersion.v22_05 < .v23_02 && .v23_11 < .v24_05)
        #expect(SlurmVersion.v22_05.description == "22.05")
        #expect(SlurmVersion.newestKnown >= .v25_05)
    }

    static func findings(_ body: String, _ target: SlurmVersion) -> [Diagnostic] {
        Validator(target: target).validate(
            BatchScript(text: "#!/bin/bash\n\(body)hostname\n", name: "t.sh", release: target))
    }

    /// (directives, rule, severity for 22.05 or nil for none, severity for the newest or nil)
    @Test(arguments: [
        ("#SBATCH --segment=2\n", "JG406", Severity?.some(.error), Severity?.none),
        ("#SBATCH --tres-per-task=cpu:2\n", "JG406", .error, nil),
        ("#SBATCH --exclusive=topo\n", "JG406", .error, nil),
        ("#SBATCH --exclusive=user\n", "JG406", nil, nil),
        ("#SBATCH --exclusive\n#SBATCH --oversubscribe\n", "JG515", .warning, .error),
    ])
    func versionedRules(body: String, rule: String, old: Severity?, newest: Severity?) {
        let atOld = Self.findings(body, .v22_05).filter { $0.rule == rule }
        let atNewest = Self.findings(body, .newestKnown).filter { $0.rule == rule }
        #expect(atOld.map(\.severity) == (old.map { [$0] } ?? []))
        #expect(atNewest.map(\.severity) == (newest.map { [$0] } ?? []))
        if old != nil { #expect(atOld.allSatisfy { $0.message.contains("22.05") }) }
    }

    @Test func newerOptionNamesTheReleaseItNeeds() throws {
        let found = try #require(Self.findings("#SBATCH --segment=2\n", .v23_11).first { $0.rule == "JG406" })
        #expect(found.message.contains("needs Slurm 24.05"))
        #expect(Self.findings("#SBATCH --segment=2\n", .v24_05).allSatisfy { $0.rule != "JG406" })
    }

    @Test func removedAndMissingOptionsNameTheReleasesThatHaveThem() throws {
        let power = try #require(Self.findings("#SBATCH --power=level\n", .v24_05).first)
        #expect(power.rule == "JG406" && power.message.contains("removed from sbatch after Slurm 23.11"))
        #expect(Self.findings("#SBATCH --power=level\n", .v22_05).isEmpty)
        let exportFile = try #require(Self.findings("#SBATCH --export-file=env.txt\n", .v23_11).first)
        #expect(exportFile.rule == "JG406")
        #expect(exportFile.message.contains("20.11-23.02, 24.05-26.05"))
        #expect(Self.findings("#SBATCH --walltime=10\n", .v22_05).map(\.rule) == ["JG401"])
    }
}
