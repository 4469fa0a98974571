import Foundation
import JobGenKit
import Testing

@Suite("docs/cluster-profile.schema.json and the keys of ClusterResources")
struct ClusterProfileSchemaTests {
    /// The key paths the schema describes (`partitions[].nodeTypes`), and those it requires.
    static func schemaPaths() throws -> (all: Set<String>, required: Set<String>) {
        let root = try #require(
            JSONSerialization.jsonObject(with: Data(ClusterProfileSchema.json().utf8)) as? [String: Any])
        var all: Set<String> = []
        var required: Set<String> = []
        func walk(_ object: [String: Any], at path: String) {
            let properties = object["properties"] as? [String: [String: Any]] ?? [:]
            let needed = Set(object["required"] as? [String] ?? [])
            for (key, property) in properties {
                let child = path.isEmpty ? key : "\(path).\(key)"
                all.insert(child)
                if needed.contains(key) { required.insert(child) }
                if let items = property["items"] as? [String: Any], items["properties"] != nil {
                    walk(items, at: child + "[]")
                } else if property["properties"] != nil {
                    walk(property, at: child)
                }
            }
        }
        walk(root, at: "")
        return (all, required)
    }

    @Test("the committed docs/cluster-profile.schema.json is generated from ProfileFields")
    func committedSchemaIsCurrent() throws {
        let committed = try String(
            contentsOf: repositoryRoot.appendingPathComponent("docs/cluster-profile.schema.json"),
            encoding: .utf8)
        #expect(
            committed == ClusterProfileSchema.json(),
            "docs/cluster-profile.schema.json is stale: regenerate it with 'swift run jobgen cluster schema > docs/cluster-profile.schema.json'"
        )
    }

    /// A key added to ClusterResources (or a node type, GPU kind or partition) without an entry
    /// in ProfileFields fails here, as does an entry for a key the type does not have.
    @Test func theSchemaDescribesEveryCodedKeyAndNoOther() throws {
        let coded = try CodedKeyPaths(of: ClusterResources.self)
        let schema = try Self.schemaPaths()
        #expect(
            coded.all.subtracting(schema.all).isEmpty,
            "coded by ClusterResources but not in ProfileFields (Sources/JobGenKit/Cluster/ProfileFields.swift): \(coded.all.subtracting(schema.all).sorted())"
        )
        #expect(
            schema.all.subtracting(coded.all).isEmpty,
            "in ProfileFields but not coded by ClusterResources: \(schema.all.subtracting(coded.all).sorted())"
        )
        #expect(
            coded.required == schema.required,
            "required by the decoder: \(coded.required.sorted()); by ProfileFields: \(schema.required.sorted())"
        )
    }

    /// The recording decoder finds the keys it should, so the test above can fail.
    @Test func codedKeyPathsFindNestedAndOptionalKeys() throws {
        let coded = try CodedKeyPaths(of: ClusterResources.self)
        #expect(
            coded.all.contains("nodeTypes[].gpus[].type")
                && !coded.required.contains("nodeTypes[].gpus[].type"))
        #expect(coded.all.contains("partitions[].default") && coded.required.contains("partitions[].default"))
        #expect(coded.all.contains("maxArraySize") && !coded.all.contains("partitions[].isDefault"))
    }

    /// Every number the schema bounds is refused below its bound by the check, with the key.
    @Test func theCheckRefusesWhatTheSchemaBounds() throws {
        let profile = """
            name: lab
            maxArraySize: 0
            nodeTypes:
            - {name: cpu, count: 0, cpus: 0, memory: 0, sockets: 0, features: [], gpus: [{count: 0}], tmpDisk: -1}
            partitions:
            - {name: all, nodeTypes: [cpu], default: true, maxTime: -1, maxNodes: 0}

            """
        let problems = ProfileCheck.read(yaml: profile, file: "lab.yaml").problems
        #expect(
            Set(problems.compactMap { $0.key?.description }) == [
                "maxArraySize", "nodeTypes[0].count", "nodeTypes[0].cpus", "nodeTypes[0].memory",
                "nodeTypes[0].sockets", "nodeTypes[0].gpus[0].count", "nodeTypes[0].tmpDisk",
                "partitions[0].maxTime", "partitions[0].maxNodes",
            ], "\(problems)")
        #expect(problems.first { $0.key?.description == "nodeTypes[0].tmpDisk" }?.problem == .negative)
        #expect(problems.first { $0.key?.description == "nodeTypes[0].cpus" }?.problem == .notPositive)
    }
}
