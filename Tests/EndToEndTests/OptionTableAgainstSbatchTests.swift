import Foundation
import JobGenKit
import Testing

/// Data/sbatch-options.tsv against the local cluster's real sbatch: every option name of every
/// release jobgen knows (and prefixes and habits), written as a directive, must be recognised,
/// refused or called ambiguous exactly as jobgen's table for that sbatch's release says, and where
/// `sbatch -v` lists the options it parsed, it must call the option by the table's canonical name.
@Suite("Option table against the real sbatch")
struct OptionTableAgainstSbatchTests {
    /// What getopt_long in sbatch made of one directive.
    enum Reading: Equatable, CustomStringConvertible {
        case recognised(printedAs: Set<String>?)
        case ambiguous
        case unrecognised

        var description: String {
            switch self {
            case .recognised(let names): "recognised" + (names.map { " as \($0.sorted())" } ?? "")
            case .ambiguous: "ambiguous"
            case .unrecognised: "unrecognised"
            }
        }
    }

    /// Names that are no option of their own: prefixes (unique and ambiguous) and habits.
    static let probes = [
        "clust", "cluster-c", "tasks-per", "ntask", "ntasks-per-n", "tim", "time-", "mem-per", "gpus-per",
        "job-n", "acco", "cpus", "mail", "walltime", "tasks", "partion", "nodelis", "mem_per_cpu",
        "exclusive-mode",
    ]

    /// Values sbatch accepts for options whose grammar has no example (free text).
    static let textValues: [String: String] = [
        "account": "def-test", "chdir": "/tmp", "export": "ALL", "gid": "0", "uid": "0", "job-name": "probe",
        "mail-user": "nobody@example.org", "partition": "debug", "qos": "normal", "wckey": "probe",
        "comment": "probe", "constraint": "a100", "prefer": "a100", "nodelist": "n1", "exclude": "n2",
        "licenses": "probe:1", "network": "probe", "mem-bind": "local", "gpu-bind": "closest",
        "gpu-freq": "low", "tres-bind": "gres/gpu:closest", "tres-per-task": "cpu=1",
        "cluster-constraint": "x",
        "clusters": "localcluster", "cluster": "localcluster", "container": "/tmp", "container-id": "probe",
        "context": "probe", "batch": "a100", "extra": "probe", "mcs-label": "probe", "segment": "1",
        "power": "level", "reservation": "probe", "bb": "probe", "wrap": "hostname",
        "export-file": "/dev/null",
        "nodefile": "/dev/null", "resources": "probe", "autocomplete": "--ti", "mem-update": "1",
        "container-type": "probe", "no-kill": "", "oom-kill-step": "", "resv-ports": "",
    ]

    static func directive(_ name: String, table: OptionTable) -> String {
        let option: SbatchOption? =
            switch table.resolve(name) {
            case .exact(let found), .abbreviation(let found): found
            case .ambiguous, .unknown: OptionTable.newest.option(named: name)
            }
        guard let option, option.argument == .required else { return "--\(name)" }
        let value = textValues[option.canonical] ?? option.grammar.example ?? "1"
        return "--\(name)=\(value)"
    }

    static func reading(of output: String) -> Reading {
        if output.contains("unrecognized option") { return .unrecognised }
        if output.contains("is ambiguous") { return .ambiguous }
        guard let start = output.range(of: "defined options\n"),
            let end = output.range(of: "end of defined options", range: start.upperBound..<output.endIndex)
        else { return .recognised(printedAs: nil) }
        let names = output[start.upperBound..<end.lowerBound].split(separator: "\n").compactMap {
            line -> String? in
            // "sbatch: ntasks-per-node     : 2"
            let text = line.hasPrefix("sbatch: ") ? line.dropFirst(8) : line[...]
            guard let colon = text.firstIndex(of: ":"), !text.hasPrefix("-") else { return nil }
            return text[..<colon].trimmingCharacters(in: .whitespaces)
        }
        return .recognised(printedAs: Set(names).subtracting(["test-only", "verbose"]))
    }

    static func expected(_ name: String, table: OptionTable) -> Reading {
        switch table.resolve(name) {
        case .exact(let found), .abbreviation(let found):
            // Skipped in a script (command-line only), or hidden by the test's own -v/--test-only.
            !found.readInScript || ["test-only", "verbose"].contains(found.canonical)
                ? .recognised(printedAs: []) : .recognised(printedAs: [table.applied(found).name])
        case .ambiguous: .ambiguous
        case .unknown: .unrecognised
        }
    }

    @Test(.needsLocalCluster, .timeLimit(.minutes(10)))
    func everyNameReadsAsTheTableSays() async throws {
        let release = try SbatchReferee.release()
        let table = OptionTable.forRelease(release)
        let names = Set(OptionTable.releases.flatMap { OptionTable.forRelease($0).all.map(\.name) }).union(
            Self.probes
        )
        .sorted()
        let readings = try await concurrentMap(names) { name -> (String, String, Reading) in
            let directive = Self.directive(name, table: table)
            let result = try Command.run(
                "sbatch", ["--test-only", "-v"], input: "#!/bin/bash\n#SBATCH \(directive)\nhostname\n",
                environment: LocalCluster.environment, timeout: .seconds(60))
            return (name, directive, Self.reading(of: result.stderr + result.stdout))
        }

        var disagreements: [String] = []
        var named = 0
        var counts: [String: Int] = [:]
        for (name, directive, reading) in readings {
            let expected = Self.expected(name, table: table)
            switch (reading, expected) {
            case (.recognised(nil), .recognised):
                counts["recognised", default: 0] += 1
            case (.recognised(let printed?), .recognised(let wanted)) where printed == wanted:
                counts["recognised", default: 0] += 1
                named += 1
            case (.ambiguous, .ambiguous), (.unrecognised, .unrecognised):
                counts["\(reading)", default: 0] += 1
            default:
                disagreements.append(
                    "#SBATCH \(directive): sbatch \(release) \(reading), the table says \(expected)")
            }
        }
        print(
            "option table: \(names.count) names against sbatch \(release): \(counts["recognised"] ?? 0) recognised "
                + "(\(named) also named by -v as the table's canonical name), \(counts["ambiguous"] ?? 0) ambiguous, "
                + "\(counts["unrecognised"] ?? 0) unrecognised; \(disagreements.count) disagreements")
        #expect(disagreements.isEmpty, "\(disagreements.sorted().joined(separator: "\n"))")
        #expect(
            named >= table.all.count * 3 / 4, "too few options were named by sbatch -v to check the names")
    }
}
