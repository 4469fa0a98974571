/// What a cluster decides for the user: the defaults each job kind starts from.
public struct ClusterProfile: Sendable {
    public let name: String
    /// The spec each kind starts from before the user's values are laid over it.
    public let defaults: @Sendable (JobKind) -> JobSpec

    public init(name: String, defaults: @escaping @Sendable (JobKind) -> JobSpec) {
        self.name = name
        self.defaults = defaults
    }

    /// The user's spec completed with this profile's defaults. Defaults give way as a group
    /// where sbatch's options overlap: any memory option replaces the default memory and any GPU
    /// option the default GPUs; task counts are laid over the defaults one by one.
    public func resolve(_ spec: JobSpec) -> JobSpec {
        var resolved = defaults(spec.kind).overridden(by: spec)
        if resolved.payload == nil { resolved.payload = .bundled }
        return resolved
    }
}
