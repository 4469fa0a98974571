import Foundation
import JobGenKit
import Testing

@Suite("docs/rules.md")
struct RulesDocumentTests {
    @Test("the committed docs/rules.md is generated from the current rule metadata")
    func committedReferenceIsCurrent() throws {
        let committed = try String(
            contentsOf: repositoryRoot.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        #expect(
            committed == RulesDocument.markdown(),
            "docs/rules.md is stale: regenerate it with 'swift run jobgen validate --rules-markdown > docs/rules.md'")
    }

    @Test func everyRuleHasAPage() {
        let document = RulesDocument.markdown()
        for rule in AllRules.list {
            #expect(document.contains("## \(rule.description.code)\n"))
        }
    }
}
