import JobGenKit
import Testing

@Suite("Checking cluster profiles (jobgen cluster check)")
struct ProfileCheckTests {
    /// A good profile; each case below changes one line of it.
    static let good = """
        name: lab
        nodeTypes:
        - name: cpu
          nodes: c[1-2]
          count: 2
          cpus: 64
          memory: 256000
          features: [ib]
          gpus: []
        - {name: gpu, count: 1, cpus: 32, memory: 500000, features: [], gpus: [{type: a100, count: 4}]}
        partitions:
        - {name: cpu, nodeTypes: [cpu], default: true, maxTime: 4320}
        - {name: gpu, nodeTypes: [gpu], default: false}

        """

    static func replacing(_ old: String, with new: String) -> String {
        precondition(good.contains(old))
        return good.replacingOccurrences(of: old, with: new)
    }

    @Test func theGoodProfileAndEveryBuiltInHaveNoProblems() throws {
        #expect(ProfileCheck.read(yaml: Self.good, file: "lab.yaml").problems == [])
        for name in BuiltInClusters.names {
            let text = try #require(BuiltInClusters.text(named: name))
            let checked = ProfileCheck.read(yaml: text, file: BuiltInClusters.file(named: name))
            #expect(checked.problems == [] && checked.profile != nil, "\(name): \(checked.problems)")
        }
    }

    @Test(
        arguments: [
            ("  cpus: 64", "  cpus: 0", ClusterFileError.Problem.notPositive, 6, "nodeTypes[0].cpus"),
            ("  count: 2", "  count: -2", .notPositive, 5, "nodeTypes[0].count"),
            ("  memory: 256000", "  memory: 0", .notPositive, 7, "nodeTypes[0].memory"),
            ("  memory: 256000", "  memroy: 256000", .unknownKey, 7, "nodeTypes[0].memroy"),
            ("  memory: 256000", "  memory: lots", .wrongType, 7, "nodeTypes[0].memory"),
            ("  memory: 256000\n", "", .missingKey, 3, "nodeTypes[0]"),
            ("{name: gpu, count: 1", "{name: cpu, count: 1", .duplicateNodeType, 10, "nodeTypes[1].name"),
            ("{name: gpu, nodeTypes", "{name: cpu, nodeTypes", .duplicatePartition, 13, "partitions[1].name"),
            (
                "nodeTypes: [cpu]", "nodeTypes: [cpu, gpux]", .unknownNodeType, 12,
                "partitions[0].nodeTypes[1]"
            ),
            ("[gpu], default: false", "[gpu], default: true", .severalDefaults, 13, "partitions[1].default"),
            ("nodes: c[1-2]", "nodes: c[1-2", .badHostList, 4, "nodeTypes[0].nodes"),
            ("nodes: c[1-2]", "nodes: c[1-3]", .countMismatch, 4, "nodeTypes[0].nodes"),
            ("maxTime: 4320", "maxTime: -5", .negative, 12, "partitions[0].maxTime"),
            ("features: [ib]", "features: ib", .wrongType, 8, "nodeTypes[0].features"),
            ("partitions:\n", "partition:\n", .unknownKey, 11, "partition"),
            ("  cpus: 64", "  cpus: [64", .notYAML, 7, nil),
        ] as [(String, String, ClusterFileError.Problem, Int, String?)])
    func eachProblemIsNamedWithItsLineAndKey(
        _ old: String, _ new: String, _ problem: ClusterFileError.Problem, _ line: Int, _ key: String?
    ) throws {
        let checked = ProfileCheck.read(yaml: Self.replacing(old, with: new), file: "lab.yaml")
        let found = try #require(checked.problems.first { $0.problem == problem }, "\(checked.problems)")
        #expect(found.line == line && found.key?.description == key, "\(found)")
        #expect(
            found.description.hasPrefix("lab.yaml:\(line): ")
                && found.description.hasSuffix("[\(problem.rawValue)]"))
    }

    @Test func messagesSayWhatIsAccepted() {
        let misspelt = ProfileCheck.read(yaml: Self.replacing("  memory:", with: "  memroy:"), file: "f")
            .problems
        #expect(misspelt.contains { $0.reason.contains("did you mean 'memory'?") })
        let unknown = ProfileCheck.read(
            yaml: Self.replacing("nodeTypes: [cpu]", with: "nodeTypes: [gpux]"), file: "f"
        ).problems
        #expect(unknown.map(\.reason) == ["unknown node type 'gpux'; the profile's node types are cpu, gpu"])
    }

    @Test func everyProblemOfAFileIsFoundInLineOrder() {
        let text = Self.replacing("  cpus: 64", with: "  cpus: 0").replacingOccurrences(
            of: "default: false", with: "default: true")
        // The shape's problems are found first; only a profile of the right shape is checked further.
        let shape = ProfileCheck.read(yaml: text, file: "f").problems
        #expect(shape.map(\.problem) == [.notPositive])
        let consistency = ProfileCheck.read(
            yaml: Self.replacing("nodeTypes: [cpu]", with: "nodeTypes: [x]").replacingOccurrences(
                of: "default: false", with: "default: true"), file: "f"
        ).problems
        #expect(consistency.map(\.problem) == [.unknownNodeType, .severalDefaults])
        #expect(consistency.map(\.line) == [12, 13])
    }

    @Test func loadingAProfileRefusesItsFirstProblem() {
        #expect(throws: ClusterFileError.self) {
            try ClusterResources(yaml: Self.replacing("  cpus: 64", with: "  cpus: 0"), file: "f")
        }
        #expect(throws: Never.self) { try ClusterResources(yaml: Self.good, file: "f") }
    }

    @Test(
        arguments: [
            ("n[1-4,7],gpu01", nil), ("c1", nil), ("n[001-010]", nil),
            ("n[1-4", "'[' without ']'"), ("n1-4]", "']' without '['"), ("n[1-[2]]", "'[' inside '[...]'"),
            ("n[4-1]", "'4-1' in 'n[4-1]' goes down"),
            ("n[a-b]", "'a-b' in 'n[a-b]' is not a number or a range of numbers (such as 1-4)"),
            ("n1,,n2", "an empty name between commas"),
            ("n[1-2]x", "'n[1-2]x': jobgen reads one [range] at the end of a name"),
            ("n[]", "'n[]': empty brackets"), ("n1 n2", "a host list has no spaces (found a space)"),
        ] as [(String, String?)])
    func hostListProblems(_ list: String, _ problem: String?) {
        #expect(HostList.problem(in: list) == problem)
    }
}
