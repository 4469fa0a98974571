/// How many nodes, tasks and CPUs the job asks for.
public struct TaskLayout: Sendable, Equatable {
    public var nodes: NodeCount?
    public var ntasks: PositiveCount?
    public var ntasksPerNode: PositiveCount?
    public var cpusPerTask: PositiveCount?

    public init(
        nodes: NodeCount? = nil, ntasks: PositiveCount? = nil, ntasksPerNode: PositiveCount? = nil,
        cpusPerTask: PositiveCount? = nil
    ) {
        self.nodes = nodes
        self.ntasks = ntasks
        self.ntasksPerNode = ntasksPerNode
        self.cpusPerTask = cpusPerTask
    }

    /// True when nothing is set.
    public var isEmpty: Bool { self == TaskLayout() }

    /// `other`'s fields where set, else these.
    public func overridden(by other: TaskLayout) -> TaskLayout {
        TaskLayout(
            nodes: other.nodes ?? nodes, ntasks: other.ntasks ?? ntasks,
            ntasksPerNode: other.ntasksPerNode ?? ntasksPerNode, cpusPerTask: other.cpusPerTask ?? cpusPerTask
        )
    }
}
