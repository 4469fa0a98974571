/// What `jobgen try` was asked, besides the script: how long the try may run, whether to shrink
/// the job, which array task to run, and where tries go on the cluster.
public struct TrySettings: Sendable {
    /// The longest the try may run, in minutes (never more than the script's own limit).
    public var minutes: Int
    /// Run on one node and at most two tasks (and one GPU per node) instead of the job's shape.
    public var scaleDown: Bool
    /// The array task to run; nil: the array's lowest index.
    public var index: Int?
    /// The cluster's partition and QoS for tries (a profile's `tries`), replacing the script's.
    public var partition: String?
    public var qos: String?

    public static let defaultMinutes = 10

    public init(
        minutes: Int = Self.defaultMinutes, scaleDown: Bool = false, index: Int? = nil, partition: String? = nil,
        qos: String? = nil
    ) {
        self.minutes = minutes
        self.scaleDown = scaleDown
        self.index = index
        self.partition = partition
        self.qos = qos
    }
}

/// Why a script cannot be tried, with what would make it possible.
public struct TryPlanError: Error, Sendable, Equatable, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
