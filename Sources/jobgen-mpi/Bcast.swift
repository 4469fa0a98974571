import ArgumentParser
import MPI

/// The seed's broadcast example: the root fills 0..<count, broadcasts it, every rank checks it.
struct Bcast: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bcast",
        abstract: "Broadcast 0..<count as Int32 from the root and verify it on every rank.",
        discussion: """
            On success the root prints one line, e.g.
              broadcast OK: 100 x Int32 from rank 0 verified on 4 ranks
            A rank whose data differs reports the first bad index, and the exit code is 1.
            --device cuda|auto also runs the GPU checks (Allreduce, complex Bcast, Send/Recv)
            on device memory; auto falls back to host memory when no GPU is usable.
            """
    )

    @Option(help: "Number of Int32 elements to broadcast.")
    var count = 100
    @Option(help: "Rank that broadcasts.")
    var root = 0
    @Option(help: "Where the buffers live: host, cuda, or auto (cuda when a GPU is usable).")
    var device = Device.host

    // Test-only fault injection: this rank overwrites one element after the broadcast, so the
    // mismatch report and exit code can be checked against a real run.
    @Option(help: .hidden)
    var corruptRank: Int?
    @Option(help: .hidden)
    var corruptIndex = 0
    // Test-only: hand "device" pointers to MPI as if it were CUDA-aware, so the direct path runs
    // against the host-memory libcudart stand-in. On a real GPU without CUDA-aware MPI it crashes.
    @Flag(help: .hidden)
    var assumeCUDAAware = false

    func validate() throws {
        guard (1...Int(Int32.max)).contains(count) else {
            throw ValidationError(
                "--count \(count) is out of range (accepted: 1...\(Int32.max)); e.g. --count 100")
        }
        guard root >= 0 else {
            throw ValidationError("--root \(root) is negative (accepted: a rank 0...size-1); e.g. --root 0")
        }
        guard (0..<count).contains(corruptIndex) else {
            throw ValidationError("--corrupt-index \(corruptIndex) is outside 0..<\(count)")
        }
    }

    func run() throws {
        try runPayload("bcast") { world in
            guard root < world.size else {
                throw PayloadFailure.usage(
                    "--root \(root) is not a rank of this job of \(world.size) "
                        + "process\(world.size == 1 ? "" : "es") (accepted: 0...\(world.size - 1)); e.g. --root 0"
                )
            }
            switch device {
            case .host:
                try broadcastAndVerify(world, memory: HostMemory())
            case .cuda, .auto:
                try runDeviceChecks(
                    world, requested: device, assumeCUDAAware: assumeCUDAAware, verify: broadcastAndVerify)
            }
        }
    }

    /// Broadcasts 0..<count from the root through `memory` and checks every element on every
    /// rank; the root prints the summary line only when all ranks agree the data is right.
    func broadcastAndVerify(_ world: Communicator, memory: any BufferMemory) throws {
        var data =
            world.rank == root
            ? (0..<count).map { Int32(truncatingIfNeeded: $0) }
            : [Int32](repeating: -1, count: count)
        try memory.broadcast(&data, root: root, in: world)
        if world.rank == corruptRank { data[corruptIndex] = ~data[corruptIndex] }

        let firstBad = data.indices.first { data[$0] != Int32(truncatingIfNeeded: $0) }
        if let firstBad {
            printError(
                "jobgen-mpi bcast: rank \(world.rank): element \(firstBad) is \(data[firstBad]), "
                    + "expected \(firstBad) (first bad index \(firstBad) of \(count))")
        }
        let failedRanks = try world.allreduce([Int32(firstBad == nil ? 0 : 1)], .sum)[0]
        guard failedRanks == 0 else {
            if world.rank == root {
                printError(
                    "jobgen-mpi bcast: broadcast FAILED: \(failedRanks) of \(world.size) ranks received wrong data"
                )
            }
            throw PayloadFailure.checkFailed
        }
        if world.rank == root {
            printLine("broadcast OK: \(count) x Int32 from rank \(root) verified on \(world.size) ranks")
        }
    }
}
