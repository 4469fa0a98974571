import ArgumentParser
import Foundation
import MPI

/// The OSU MPI Broadcast Latency Test's method and output format.
struct OSUBcast: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "osu-bcast",
        abstract: "Broadcast latency per message size (OSU osu_bcast's method and table).",
        discussion: """
            For each size, every rank times each MPI_Bcast from rank 0 (a barrier between
            calls), averages its own timed calls, and the table shows the average over ranks.
            """
    )

    @Option(help: "Smallest message size in bytes.")
    var minSize = 1
    @Option(help: "Largest message size in bytes.")
    var maxSize = 1 << 20
    @Option(help: "Timed iterations per size up to 8 KiB.")
    var iterations = 1000
    @Option(help: "Warm-up iterations per size up to 8 KiB.")
    var warmup = 100
    @Option(help: "Timed iterations per size above 8 KiB.")
    var iterationsLarge = 100
    @Option(help: "Warm-up iterations per size above 8 KiB.")
    var warmupLarge = 10
    @Option(help: "Decimals of the latency column (OSU prints 2).")
    var precision = 2

    static let largeMessageSize = 8192

    func validate() throws {
        guard minSize >= 1 else {
            throw ValidationError("--min-size \(minSize) must be at least 1, e.g. --min-size 1")
        }
        guard maxSize >= minSize, maxSize <= Int(Int32.max) else {
            throw ValidationError(
                "--max-size \(maxSize) must be in \(minSize)...\(Int32.max), e.g. --max-size 1048576")
        }
        for (flag, value) in [("--iterations", iterations), ("--iterations-large", iterationsLarge)]
        where value < 1 {
            throw ValidationError("\(flag) \(value) must be at least 1, e.g. \(flag) 100")
        }
        guard (0...9).contains(precision) else {
            throw ValidationError(
                "--precision \(precision) is out of range (accepted: 0...9); e.g. --precision 2")
        }
        for (flag, value) in [("--warmup", warmup), ("--warmup-large", warmupLarge)] where value < 0 {
            throw ValidationError("\(flag) \(value) must be 0 or more, e.g. \(flag) 10")
        }
    }

    func run() throws {
        try runPayload("osu-bcast") { world in
            var buffer = [UInt8](repeating: 1, count: maxSize)
            if world.rank == 0 {
                printLine("# OSU MPI Broadcast Latency Test")
                printLine(pad("# Size", 10) + leftPad("Avg Latency(us)", 20))
            }
            var size = minSize
            while size <= maxSize {
                let large = size > Self.largeMessageSize
                let timed = large ? iterationsLarge : iterations
                let skipped = large ? warmupLarge : warmup
                var total = 0.0
                try world.barrier()
                try buffer.withUnsafeMutableBufferPointer { whole in
                    let message = UnsafeMutableBufferPointer(rebasing: whole[0..<size])
                    for iteration in 0..<(timed + skipped) {
                        let start = MPI.wallTime()
                        try world.broadcast(message, root: 0)
                        let stop = MPI.wallTime()
                        if iteration >= skipped { total += stop - start }
                        try world.barrier()
                    }
                }
                let latency = total * 1e6 / Double(timed)
                if let sum = try world.reduce([latency], .sum, root: 0) {
                    printLine(
                        pad(String(size), 10)
                            + leftPad(String(format: "%.\(precision)f", sum[0] / Double(world.size)), 20))
                }
                size *= 2
            }
        }
    }
}

func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - text.count))
}

func leftPad(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.count)) + text
}
