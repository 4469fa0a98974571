import ArgumentParser
import Foundation
import MPI

/// mpi4py.bench's pingpong: round-trip time and bandwidth between ranks 0 and 1.
struct PingPong: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pingpong",
        abstract: "Time messages between ranks 0 and 1 (mpi4py.bench pingpong's method and table)."
    )

    @Option(name: [.short, .long], help: "Smallest message size in bytes.")
    var minSize = 1
    @Option(name: [.customShort("n"), .long], help: "Largest message size in bytes.")
    var maxSize = 1 << 30
    @Option(name: [.short, .long], help: "Warm-up iterations.")
    var skip = 100
    @Option(name: [.short, .long], help: "Timed iterations.")
    var loop = 10000
    @Option(help: "Warm-up iterations above --large-size.")
    var skipLarge = 10
    @Option(help: "Timed iterations above --large-size.")
    var loopLarge = 1000
    @Option(help: "Size above which the large iteration counts apply.")
    var largeSize = 1 << 14
    @Option(help: "Warm-up iterations above --huge-size.")
    var skipHuge = 1
    @Option(help: "Timed iterations above --huge-size.")
    var loopHuge = 10
    @Option(help: "Size above which the huge iteration counts apply.")
    var hugeSize = 1 << 20
    @Flag(name: .customLong("no-header"), help: "Omit the header lines.")
    var noHeader = false
    @Flag(name: .customLong("no-stats"), help: "Omit the time statistics columns.")
    var noStats = false
    @Flag(name: [.short, .long], help: "Print nothing.")
    var quiet = false

    func validate() throws {
        guard minSize >= 0 else {
            throw ValidationError("--min-size \(minSize) is negative, e.g. --min-size 1")
        }
        guard maxSize <= Int(Int32.max) else {
            throw ValidationError(
                "--max-size \(maxSize) exceeds \(Int32.max), MPI's largest count; e.g. --max-size 1048576")
        }
        for (flag, value) in [("--loop", loop), ("--loop-large", loopLarge), ("--loop-huge", loopHuge)]
        where value < 1 {
            throw ValidationError("\(flag) \(value) must be at least 1, e.g. \(flag) 10")
        }
    }

    func run() throws {
        try runPayload("pingpong") { world in
            var skip = self.skip
            var loop = self.loop
            var printHeader = !noHeader
            let sizes = (0..<33).map { 1 << $0 }.filter { minSize <= $0 && $0 <= maxSize }
            for size in sizes {
                if size > largeSize {
                    skip = min(skip, skipLarge)
                    loop = min(loop, loopLarge)
                }
                if size > hugeSize {
                    skip = min(skip, skipHuge)
                    loop = min(loop, loopHuge)
                }
                var outgoing = [UInt8](repeating: 0, count: size)
                var incoming = [UInt8](repeating: 0, count: size)
                var samples = [Double]()
                samples.reserveCapacity(loop)
                try world.barrier()
                for iteration in 0..<(loop + skip) {
                    let elapsed = try roundTrip(world, &outgoing, &incoming)
                    if iteration >= skip { samples.append(elapsed) }
                }
                guard world.rank == 0, !quiet else { continue }
                if printHeader {
                    printHeader = false
                    printLine("# MPI PingPong Test")
                    printLine(
                        "# Size [B]  Bandwidth [MB/s]"
                            + (noStats ? "" : " | Time Mean [s] \u{b1} StdDev [s]  Samples"))
                }
                let mean = samples.reduce(0, +) / Double(samples.count)
                let deviation =
                    samples.count > 1
                    ? (samples.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(samples.count - 1))
                        .squareRoot()
                    : 0
                var line = String(format: "%10d%18.2f", size, Double(size) / mean / 1e6)
                if !noStats { line += String(format: " | %.7e \u{b1} %.4e %8d", mean, deviation, loop) }
                printLine(line)
            }
        }
    }

    /// Half the time of one message from rank 0 to rank 1 and back (ranks above 1 idle).
    private func roundTrip(_ world: Communicator, _ outgoing: inout [UInt8], _ incoming: inout [UInt8]) throws
        -> Double
    {
        let start = MPI.wallTime()
        let count = incoming.count
        if world.size == 1 {
            incoming = try world.sendReceive(outgoing, to: 0, receiveCount: count, from: 0, receiveTag: 0)
                .values
            incoming = try world.sendReceive(outgoing, to: 0, receiveCount: count, from: 0, receiveTag: 0)
                .values
        } else if world.rank == 0 {
            try world.send(outgoing, to: 1)
            incoming = try world.receive(count: count, from: 1, tag: 0).values
        } else if world.rank == 1 {
            incoming = try world.receive(count: count, from: 0, tag: 0).values
            try world.send(outgoing, to: 0)
        }
        return (MPI.wallTime() - start) / 2
    }
}
