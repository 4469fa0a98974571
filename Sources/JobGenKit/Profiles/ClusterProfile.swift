/// What a cluster decides for the user: the defaults each job kind starts from, the generic ones
/// overlaid by the `defaults` section of the cluster's profile.
public struct ClusterProfile: Sendable {
    /// The cluster's name, `generic` when none is named.
    public let name: String
    private let specs: [JobKind: JobSpec]

    /// The profile of `cluster`, or the generic one for nil. Throws when the cluster's defaults
    /// hold a value jobgen cannot write (a profile that `ProfileCheck` passed has none).
    public init(cluster: ClusterResources?) throws(ClusterDefaultsError) {
        name = cluster?.name ?? "generic"
        var specs: [JobKind: JobSpec] = [:]
        for kind in JobKind.allCases {
            specs[kind] = try Self.defaults(of: kind, overlaidBy: cluster?.defaults)
        }
        self.specs = specs
    }

    /// The defaults of the seed's scripts, for any Slurm cluster.
    public static let generic = try! ClusterProfile(cluster: nil)

    /// The spec a `kind` job starts from before the user's values are laid over it.
    public func defaults(_ kind: JobKind) -> JobSpec { specs[kind]! }

    /// The user's spec completed with this profile's defaults. Defaults give way as a group
    /// where sbatch's options overlap: any memory option replaces the default memory and any GPU
    /// option the default GPUs; task counts are laid over the defaults one by one.
    public func resolve(_ spec: JobSpec) -> JobSpec {
        var resolved = defaults(spec.kind).overridden(by: spec)
        if resolved.payload == nil { resolved.payload = .bundled }
        return resolved
    }
}
