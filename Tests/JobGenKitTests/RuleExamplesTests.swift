import JobGenKit
import Testing

/// One example script of one rule.
struct RuleExampleCase: Sendable, CustomTestStringConvertible {
    let code: String
    let index: Int
    let text: String
    let triggers: Bool

    var testDescription: String { "\(code) \(triggers ? "triggering" : "non-triggering") #\(index + 1)" }

    static let all: [RuleExampleCase] = AllRules.list.flatMap { rule in
        let d = rule.description
        return d.triggering.enumerated().map {
            RuleExampleCase(code: d.code, index: $0, text: $1, triggers: true)
        }
            + d.nonTriggering.enumerated().map {
                RuleExampleCase(code: d.code, index: $0, text: $1, triggers: false)
            }
    }
}

@Suite("Rule examples")
struct RuleExamplesTests {
    @Test(
        "each rule reports exactly at its triggering examples' ↓ markers and not on the others",
        arguments: RuleExampleCase.all)
    func example(_ example: RuleExampleCase) throws {
        let rule = try #require(Validator.rule(code: example.code)).forExamples
        let decoded = RuleExample(example.text)
        let release = rule.description.exampleRelease
        let positions = rule.check(decoded.script(release: release), for: release).map(\.position)
        if example.triggers {
            #expect(!decoded.markers.isEmpty, "a triggering example must mark where the rule reports")
            #expect(positions.sorted() == decoded.markers.sorted())
        } else {
            #expect(positions.isEmpty)
        }
    }

    @Test(
        "every diagnostic a rule emits carries the rule's code and severity", arguments: RuleExampleCase.all)
    func diagnosticsCarryMetadata(_ example: RuleExampleCase) throws {
        let rule = try #require(Validator.rule(code: example.code)).forExamples
        let release = rule.description.exampleRelease
        for diagnostic in rule.check(RuleExample(example.text).script(release: release), for: release) {
            #expect(diagnostic.rule == rule.description.code)
            #expect(diagnostic.severity == rule.description.severity)
            #expect(!diagnostic.message.isEmpty && !diagnostic.hint.isEmpty)
        }
    }

    @Test func codesAreStableUniqueAndEachRuleHasBothKindsOfExample() {
        let codes = AllRules.list.map(\.description.code)
        #expect(Set(codes).count == codes.count)
        for rule in AllRules.list {
            let d = rule.description
            #expect(
                d.code.count == 5 && d.code.hasPrefix("JG") && Int(d.code.dropFirst(2)) != nil, "\(d.code)")
            #expect(!d.triggering.isEmpty && !d.nonTriggering.isEmpty, "\(d.code)")
        }
    }

    @Test func exampleDecoderFindsMarkersAndRawBytes() {
        let decoded = RuleExample("ab\n c↓d«FF»\n↓")
        #expect(decoded.bytes == Array("ab\n cd".utf8) + [0xFF, 0x0A])
        #expect(decoded.markers == [SourcePosition(line: 2, column: 3), SourcePosition(line: 3, column: 1)])
    }
}
