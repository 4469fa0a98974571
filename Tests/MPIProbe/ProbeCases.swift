import Foundation
import MPI

/// The probe cases by name; each takes the root rank to use.
var probeCases: [String: (Int) throws -> Void] {
    [
        "bcast-types": bcastTypes,
        "reduce": reduceCase,
        "gather": gatherCase,
        "scatter": scatterCase,
        "point-to-point": pointToPointCase,
        "object": objectCase,
        "environment": environmentCase,
        "lifetime": lifetimeCase,
        "errors": errorsCase,
    ]
}

/// Broadcasts five known values of every datatype from `root`.
func bcastTypes(root: Int) throws {
    func broadcast<T: ProbeValue>(_: T.Type, _ name: String, _ world: Communicator) throws {
        var values = (0..<5).map { world.rank == root ? T.probe($0 + 10 * root + 1) : T.probe(0) }
        try world.broadcast(&values, root: root)
        report("bcast.\(name)", values)
    }
    try withWorld { world in
        for (name, type) in probeTypes { try broadcast(type, name, world) }
    }
}

/// Reduces per-rank Int32, Bool, Double and complex vectors with every operation.
func reduceCase(root: Int) throws {
    try withWorld { world in
        let r = world.rank
        let integers: [Int32] = [Int32(r + 1), Int32(2 * r - 3), Int32(7 - r), Int32(r * r)]
        let flags = [r % 2 == 0, r != 1, false, true]
        for operation in [ReductionOperation.sum, .product, .minimum, .maximum] {
            report("reduce.\(operation)", try world.reduce(integers, operation, root: root))
            report("allreduce.\(operation)", try world.allreduce(integers, operation))
        }
        for operation in [ReductionOperation.logicalAnd, .logicalOr] {
            report("reduce.\(operation)", try world.reduce(flags, operation, root: root))
            report("allreduce.\(operation)", try world.allreduce(flags, operation))
        }
        report("allreduce.double.sum", try world.allreduce([Double(r) * 0.5 + 0.25], .sum))
        var complex = [MPI.Complex<Double>(Double(r), -2 * Double(r))]
        try world.allreduce(inPlace: &complex, .sum)
        report("allreduce.complex.sum", complex)
    }
}

/// Gathers two Int64 per rank on `root` and on every rank.
func gatherCase(root: Int) throws {
    try withWorld { world in
        let mine = [Int64(world.rank * 10), Int64(world.rank * 10 + 1)]
        report("gather", try world.gather(mine, root: root))
        report("allgather", try world.allgather(mine))
    }
}

/// Scatters 0, 3, 6, ... from `root` in blocks of two.
func scatterCase(root: Int) throws {
    try withWorld { world in
        let all = world.rank == root ? (0..<(2 * world.size)).map { UInt16($0 * 3) } : []
        report("scatter", try world.scatter(all, count: 2, root: root))
    }
}

/// A sendrecv ring, then tagged sends from rank 0 received with wildcards.
func pointToPointCase(root _: Int) throws {
    try withWorld { world in
        let r = world.rank
        let next = (r + 1) % world.size
        let previous = (r - 1 + world.size) % world.size
        let (ring, ringStatus) = try world.sendReceive(
            [Int32(r), Int32(r * r)], to: next, sendTag: 100 + r, receiveCount: 2, from: previous)
        report("sendrecv", ring)
        report("sendrecv.status", ["\(ringStatus.source)", "\(ringStatus.tag)", "\(ringStatus.count)"])
        if r == 0 {
            for destination in 1..<max(world.size, 1) {
                try world.send(
                    (0..<destination).map { Double($0) * 1.5 }, to: destination, tag: 40 + destination)
            }
        } else {
            let (values, status) = try world.receive(Double.self, count: 16)
            report("recv", values)
            report("recv.status", ["\(status.source)", "\(status.tag)", "\(status.count)"])
        }
    }
}

/// A Codable value sent from `root` with `broadcastObject`.
func objectCase(root: Int) throws {
    struct Settings: Codable, Equatable {
        var name: String
        var sizes: [Int]
        var limits: [String: Double]
    }
    try withWorld { world in
        let sent = Settings(name: "from rank \(root) ✓", sizes: [root, 2, 3], limits: ["walltime": 1.5])
        let received = try world.broadcastObject(world.rank == root ? sent : nil, root: root)
        report("object.name", received.name)
        report("object.sizes", received.sizes)
        report("object.limits.walltime", "\(received.limits["walltime"] ?? -1)")
        reportError("object.nil-root") { _ = try world.broadcastObject(Optional<Settings>.none, root: root) }
    }
}

/// Rank, size, processor name, thread level, wall time and barrier.
func environmentCase(root _: Int) throws {
    let provided = try MPI.initialize(threadLevel: .funneled)
    let world = try MPI.world
    reportingRank = world.rank
    report("size", "\(world.size)")
    report("thread-level", provided >= .funneled ? "at least funneled" : "\(provided)")
    report("processor-name", try world.processorName)
    let start = MPI.wallTime()
    usleep(50_000)
    report("wtime-50ms", MPI.wallTime() - start >= 0.045 ? "elapsed" : "too short")
    try world.barrier()
    report("barrier", "passed")
    try MPI.finalize()
}

/// Initialisation twice, finalisation twice, use and initialisation after finalisation.
func lifetimeCase(root _: Int) throws {
    reportError("world-before-initialize") { _ = try MPI.world }
    try MPI.initialize()
    reportingRank = try MPI.world.rank
    reportError("second-initialize") { try MPI.initialize() }
    report("is-initialized", "\(MPI.isInitialized)")
    try MPI.finalize()
    report("is-finalized", "\(MPI.isFinalized)")
    reportError("finalize-again") { try MPI.finalize() }
    reportError("world-after-finalize") { _ = try MPI.world }
    reportError("initialize-after-finalize") { try MPI.initialize() }
    reportError("run-after-finalize") { try MPI.run { _ in } }
}

/// Arguments refused before MPI is called, and errors MPI itself returns.
func errorsCase(root _: Int) throws {
    try withWorld { world in
        var buffer: [Int32] = [1, 2, 3]
        let badRoot = world.size
        reportError("bcast.bad-root") { try world.broadcast(&buffer, root: badRoot) }
        reportError("bcast.negative-root") { try world.broadcast(&buffer, root: -1) }
        reportError("reduce.bad-root") { _ = try world.reduce(buffer, .sum, root: badRoot) }
        reportError("gather.bad-root") { _ = try world.gather(buffer, root: badRoot) }
        reportError("scatter.bad-root") { _ = try world.scatter(buffer, count: 1, root: badRoot) }
        reportError("object.bad-root") { _ = try world.broadcastObject("x", root: badRoot) }
        reportError("send.bad-destination") { try world.send(buffer, to: badRoot) }
        reportError("send.bad-tag") { try world.send(buffer, to: world.rank, tag: -5) }
        reportError("bcast.count-over-int32") {
            try buffer.withUnsafeMutableBufferPointer { real in
                // A count MPI cannot take is refused before MPI reads the memory.
                let huge = UnsafeMutableBufferPointer(start: real.baseAddress, count: Int(Int32.max) + 1)
                try world.broadcast(huge, root: 0)
            }
        }
        reportError("allreduce.complex-minimum") {
            _ = try world.allreduce([MPI.Complex<Float>(1, 1)], .minimum)
        }
        if world.size >= 2, world.rank < 2 {
            reportError("recv.truncated") {
                if world.rank == 0 {
                    try world.send([Int32](repeating: 7, count: 10), to: 1, tag: 5)
                } else {
                    _ = try world.receive(Int32.self, count: 4, from: 0, tag: 5)
                }
            }
        }
        try world.barrier()
    }
}
