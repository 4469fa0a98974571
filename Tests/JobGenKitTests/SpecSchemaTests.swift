import Foundation
@testable import JobGenKit
import Testing

@Suite("docs/spec.schema.json")
struct SpecSchemaTests {
    static func schema() throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(SpecSchema.json().utf8)) as? [String: Any])
    }

    @Test("the committed docs/spec.schema.json is generated from the spec's keys and grammars")
    func committedSchemaIsCurrent() throws {
        let committed = try String(
            contentsOf: repositoryRoot.appendingPathComponent("docs/spec.schema.json"), encoding: .utf8)
        #expect(
            committed == SpecSchema.json(),
            "docs/spec.schema.json is stale: regenerate it with 'swift run jobgen render --print-schema > docs/spec.schema.json'"
        )
    }

    /// Every example the schema shows is a value jobgen reads.
    @Test func everyExampleIsAccepted() throws {
        let properties = try #require(try Self.schema()["properties"] as? [String: [String: Any]])
        #expect(properties.count == JobSpec.keys.count && JobSpec.keys.count == 8 + SbatchField.all.count)
        for (key, property) in properties where key != "kind" {
            for example in property["examples"] as? [Any] ?? [] {
                let object: [String: Any] = ["kind": "gpu", key: example]
                let text = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
                #expect(throws: Never.self, "\(key): \(example)") { _ = try JobSpec(specText: text) }
            }
        }
    }

    /// The values the hand-written schema let through and jobgen refuses.
    @Test func schemaRefusesWhatJobgenRefuses() throws {
        let schema = try Self.schema()
        let properties = try #require(schema["properties"] as? [String: [String: Any]])
        let exclusive = try #require(properties["exclusive"]?["oneOf"] as? [[String: Any]])
        #expect(exclusive.contains { ($0["enum"] as? [String]) == ["user", "mcs"] })
        #expect(throws: SpecError.self) {
            try ClusterProfile.generic.resolve(JobSpec(specText: "kind: gpu\nexclusive: topo\n")).checkCombinations()
        }
        let nodesRefused = try #require(properties["nodes"]?["not"] as? [String: [Any]])
        #expect(nodesRefused["enum"]?.count == 2)
        let kindRules = try #require(schema["allOf"] as? [[String: Any]])
        let gpuRules = kindRules.filter {
            (($0["if"] as? [String: Any])?["properties"] as? [String: [String: String]])?["kind"]?["const"] == "gpu"
        }
        let constrained = gpuRules.flatMap { (($0["then"] as? [String: Any])?["properties"] as? [String: Any])?.keys ?? [:].keys }
        #expect(Set(constrained) == ["gpus", "gpus-per-node"])
    }
}
