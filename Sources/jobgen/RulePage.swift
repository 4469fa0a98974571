import Foundation
import JobGenKit

/// A rule's page (docs/rules.md's section), as `jobgen validate --explain CODE` and
/// `jobgen explain CODE` print it.
enum RulePage {
    static func page(code: String) throws(ValidateUsageError) -> String {
        guard let rule = Validator.rule(code: code) else {
            let codes = AllRules.list.map(\.description.code).joined(separator: ", ")
            throw ValidateUsageError("unknown rule code '\(code)'; known codes: \(codes)")
        }
        return RulesDocument.page(rule)
    }

    /// The page when `word` is a rule code (`JG201`, any case) and no file of that name exists;
    /// nil for anything else.
    static func page(ifCode word: String) throws(ValidateUsageError) -> String? {
        let letters = word.prefix(2).uppercased()
        let digits = word.dropFirst(2)
        guard letters == "JG", !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber),
            !FileManager.default.fileExists(atPath: word)
        else { return nil }
        return try page(code: word)
    }
}
