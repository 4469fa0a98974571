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
}
