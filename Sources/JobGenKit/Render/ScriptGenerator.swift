/// The generator's whole path for one script: spec, profile defaults, model, template.
public struct ScriptGenerator: Sendable {
    public var profile: ClusterProfile
    public var renderer: Renderer
    /// `--bare`: no explanatory comments.
    public var comments: Bool
    /// The shell-ready `jobgen-mpi` path for the bundled payload.
    public var bundledExecutable: String

    public init(
        profile: ClusterProfile = .generic, renderer: Renderer, comments: Bool = true,
        bundledExecutable: String = BundledPayload.executableName
    ) {
        self.profile = profile
        self.renderer = renderer
        self.comments = comments
        self.bundledExecutable = bundledExecutable
    }

    /// The script for `spec` after the profile's defaults and the fatal-combination checks.
    public func script(for spec: JobSpec) throws -> String {
        let resolved = profile.resolve(spec)
        try resolved.checkCombinations()
        return try renderer.render(
            ScriptModel(spec: resolved, comments: comments, bundledExecutable: bundledExecutable))
    }
}
