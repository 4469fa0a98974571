import ArgumentParser
import MPI

/// mpi4py.bench's helloworld, byte for byte.
struct HelloWorld: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "helloworld",
        abstract: "Print one greeting per rank, in rank order (mpi4py.bench helloworld's format)."
    )

    @Flag(name: [.short, .long], help: "Print nothing.")
    var quiet = false

    func run() throws {
        try runPayload("helloworld") { world in
            let width = String(world.size - 1).count
            let rankText = String(world.rank)
            let padded = String(repeating: " ", count: max(0, width - rankText.count)) + rankText
            let message =
                "Hello, World! I am process \(padded) of \(world.size) on \(try world.processorName)."
            // Rank 0 prints every greeting itself, so rank order survives the launcher's
            // merging of the ranks' output streams.
            try world.barrier()
            if world.rank == 0 {
                if !quiet { printLine(message) }
                for sender in 1..<max(world.size, 1) {
                    let (bytes, _) = try world.receive(UInt8.self, count: 4096, from: sender, tag: 0)
                    if !quiet { printLine(String(decoding: bytes, as: UTF8.self)) }
                }
            } else {
                try world.send(Array(message.utf8.prefix(4096)), to: 0, tag: 0)
            }
            try world.barrier()
        }
    }
}
