import ArgumentParser
import Foundation
import MPI

/// mpi4py.bench's ringtest: time a message going around the ring of processes.
struct RingTest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ringtest",
        abstract: "Time a message going around the ring of ranks (mpi4py.bench ringtest's format)."
    )

    @Option(name: [.customShort("n"), .long], help: "Message size in bytes.")
    var size = 1
    @Option(name: [.short, .long], help: "Number of warm-up iterations.")
    var skip = 0
    @Option(name: [.short, .long], help: "Number of timed iterations.")
    var loop = 1
    @Flag(name: [.short, .long], help: "Print nothing.")
    var quiet = false

    func validate() throws {
        guard size >= 0 else {
            throw ValidationError("--size \(size) is negative; give a byte count >= 0, e.g. --size 1")
        }
        guard skip >= 0 else {
            throw ValidationError("--skip \(skip) is negative; give a count >= 0, e.g. --skip 0")
        }
        guard loop >= 1 else { throw ValidationError("--loop \(loop) must be at least 1, e.g. --loop 10") }
    }

    func run() throws {
        try runPayload("ringtest") { world in
            let source = (world.rank - 1 + world.size) % world.size
            let destination = (world.rank + 1) % world.size
            var message = [UInt8](repeating: world.rank == 0 ? 42 : 0, count: size)
            var start = MPI.wallTime()
            try world.barrier()
            for iteration in 0..<(loop + skip) {
                if iteration == skip { start = MPI.wallTime() }
                if world.size == 1 {
                    message = try world.sendReceive(
                        message, to: destination, receiveCount: size, from: source
                    ).values
                } else if world.rank == 0 {
                    try world.send(message, to: destination)
                    message = try world.receive(count: size, from: source, tag: 0).values
                } else {
                    message = try world.receive(count: size, from: source, tag: 0).values
                    try world.send(message, to: destination)
                }
            }
            let elapsed = MPI.wallTime() - start
            if world.rank == 0 {
                guard message.allSatisfy({ $0 == 42 }) else {
                    printError(
                        "jobgen-mpi ringtest: the message that came back around the ring does not match what rank 0 sent"
                    )
                    throw PayloadFailure.checkFailed
                }
                if !quiet {
                    printLine(
                        "time for \(loop) loops = \(String(format: "%g", elapsed)) seconds "
                            + "(\(world.size) processes, \(size) bytes)")
                }
            }
        }
    }
}
