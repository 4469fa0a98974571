import Mustache

/// Renders a `ScriptModel` through Mustache templates, with HTML escaping off: every template is
/// read as plain text, so `{{value}}` writes the value unchanged (values are made safe before).
public struct Renderer: Sendable {
    let library: MustacheLibrary

    /// Why templates could not be used.
    public struct TemplateError: Error, CustomStringConvertible {
        /// The template's file for a user's template, else its name.
        public let template: String
        public let reason: String
        public var description: String { "template '\(template)': \(reason)" }
    }

    public init(templates: TemplateSet = .embedded) throws(TemplateError) {
        var library = MustacheLibrary()
        for (name, text) in templates.texts {
            do {
                // The pragma on its own first line is a standalone tag: it sets the content type
                // and leaves no trace in the output.
                library.register(
                    try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}\n" + text), named: name)
            } catch {
                throw TemplateError(
                    template: templates.paths[name] ?? name,
                    reason: TemplateSyntax.describe(error, prefixLines: 1))
            }
        }
        self.library = library
    }

    /// The script text for `model`, from the template named after its kind.
    public func render(_ model: ScriptModel) throws(TemplateError) -> String {
        guard let text = library.render(Self.context(model), withTemplate: model.kind.rawValue) else {
            throw TemplateError(template: model.kind.rawValue, reason: "no such template")
        }
        return text
    }

    /// The model as the names templates use.
    static func context(_ model: ScriptModel) -> [String: Any] {
        [
            "kind": model.kind.rawValue,
            "directives": model.directives.map { $0.text(comments: model.comments) },
            "comments": model.comments,
            "hasModules": model.modules != nil,
            "modules": model.modules ?? "",
            "hasPython": model.pipInstalls != nil,
            "pipInstalls": model.pipInstalls ?? [],
            "venvOnEveryNode": model.venvOnEveryNode,
            "command": model.command,
            "bundledPayload": model.bundledPayload,
        ]
    }
}
