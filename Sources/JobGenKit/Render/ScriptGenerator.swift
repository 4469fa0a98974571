/// The generator's whole path for one script: spec, profile defaults, model, template, and the
/// validator's verdict on the rendered text.
public struct ScriptGenerator: Sendable {
    public var profile: ClusterProfile
    public var renderer: Renderer
    /// `--bare`: no explanatory comments.
    public var comments: Bool
    /// The shell-ready `jobgen-mpi` path for the bundled payload.
    public var bundledExecutable: String
    public var validator: Validator

    public init(
        profile: ClusterProfile = .generic, renderer: Renderer, comments: Bool = true,
        bundledExecutable: String = BundledPayload.executableName, validator: Validator = Validator()
    ) {
        self.profile = profile
        self.renderer = renderer
        self.comments = comments
        self.bundledExecutable = bundledExecutable
        self.validator = validator
    }

    /// The script for `spec` after the profile's defaults and the fatal-combination checks.
    public func script(for spec: JobSpec) throws -> String {
        let resolved = profile.resolve(spec)
        try resolved.checkCombinations()
        return try script(forResolved: resolved)
    }

    /// The script for a spec the profile has already resolved and checked. Throws
    /// `RejectedScript` when the validator finds an error in the rendered text: what is judged is
    /// what sbatch will read, so a template or a value that slipped through is caught here.
    public func script(forResolved spec: JobSpec) throws -> String {
        try generate(forResolved: spec).text
    }

    /// As `script(forResolved:)`, with the validator's warnings and notes on the script.
    public func generate(forResolved spec: JobSpec) throws -> GeneratedScript {
        let text = try renderer.render(
            ScriptModel(spec: spec, comments: comments, bundledExecutable: bundledExecutable))
        let diagnostics = validator.validate(bytes: Array(text.utf8), name: RejectedScript.scriptName)
        if diagnostics.contains(where: { $0.severity == .error }) {
            throw RejectedScript(text: text, diagnostics: diagnostics)
        }
        return GeneratedScript(text: text, diagnostics: diagnostics)
    }
}

/// A rendered script that passed validation, and what the validator said short of an error.
public struct GeneratedScript: Sendable {
    public let text: String
    /// Warnings and notes, in script order.
    public let diagnostics: [Diagnostic]
}

/// A rendered script the validator found errors in; it must not be emitted.
public struct RejectedScript: Error, Sendable {
    /// The name diagnostics carry for a script that exists only in memory.
    public static let scriptName = "<generated>"
    public let text: String
    public let diagnostics: [Diagnostic]
}
