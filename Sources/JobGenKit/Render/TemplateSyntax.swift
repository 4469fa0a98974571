import Mustache

/// Plain-language reports of swift-mustache's parse errors, so a broken user template is named
/// by file, line and column instead of being shown as the parser's error value.
enum TemplateSyntax {
    /// `error` (thrown while parsing `text` with `prefixLines` lines put in front of it) as
    /// "line L, column C: what is wrong: the line". Line numbers count from the user's own text.
    static func describe(_ error: any Error, prefixLines: Int) -> String {
        guard let parserError = error as? MustacheTemplate.ParserError else { return "\(error)" }
        let context = parserError.context
        let line = max(1, context.lineNumber - prefixLines)
        return "line \(line), column \(context.columnNumber): \(problem(parserError.error))"
            + " (the line reads: \(context.line))"
    }

    /// What the parser's error means, with an example of the correct form.
    static func problem(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else {
            // The parser's only other error is running out of text inside a tag.
            return "the template ends inside a tag; close it with }}"
        }
        switch error {
        case .sectionCloseNameIncorrect:
            return "this closing tag does not match the section it closes (e.g. {{#name}} ... {{/name}})"
        case .unfinishedName:
            return "a tag is not finished; write a name then }} (e.g. {{name}})"
        case .expectedSectionEnd:
            return "a section is never closed (e.g. {{#name}} needs a matching {{/name}})"
        case .invalidSetDelimiter:
            return "a set-delimiter tag is malformed (e.g. {{=<% %>=}})"
        case .transformAppliedToInheritanceSection:
            return "a transform cannot be applied to a {{<parent}} or {{$block}} tag"
        case .illegalTokenInsideInheritSection:
            return "only {{$block}} sections may appear directly inside {{<parent}} ... {{/parent}}"
        case .textInsideInheritSection:
            return "text inside {{<parent}} ... {{/parent}} must be inside a {{$block}} section"
        case .invalidConfigVariableSyntax:
            return "a {{% ...}} pragma is malformed (e.g. {{% CONTENT_TYPE: TEXT}})"
        case .unrecognisedConfigVariable:
            return "unknown {{% ...}} pragma (the one known is CONTENT_TYPE, e.g. {{% CONTENT_TYPE: TEXT}})"
        }
    }
}
