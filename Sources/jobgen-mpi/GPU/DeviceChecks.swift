import Foundation
import MPI

/// The GPU payload: the seed broadcast check plus the Swift counterpart of mpi4py's
/// use_cupy.py demo (Allreduce 10 Int32, Bcast 100 complex Float, Send/Recv 20 Double from
/// rank 0 to rank 1 with tag 88), all on device buffers when a GPU is usable.
///
/// `verify` is the seed broadcast check, run on the chosen memory.
func runDeviceChecks(
    _ world: Communicator, requested: Device, assumeCUDAAware: Bool = false,
    verify: (Communicator, any BufferMemory) throws -> Void
) throws {
    let memory = try chooseMemory(world, requested: requested, assumeCUDAAware: assumeCUDAAware)
    try verify(world, memory)
    try checkAllreduce(world, memory)
    try checkComplexBroadcast(world, memory)
    try checkSendReceive(world, memory)
}

/// Picks device memory when every rank has a usable GPU, else host memory (for `auto`) or
/// a clear failure (for `cuda`). All ranks decide together, so none is left waiting.
private func chooseMemory(
    _ world: Communicator, requested: Device, assumeCUDAAware: Bool
) throws -> any BufferMemory {
    var problem: String?
    var gpu: (cuda: CUDARuntime, index: Int, count: Int)?
    do {
        let cuda = try CUDARuntime.load()
        let count = try cuda.deviceCount()
        if count == 0 {
            problem = "\(cuda.libraryName) reports no CUDA devices"
        } else {
            let localRank =
                ProcessInfo.processInfo.environment["OMPI_COMM_WORLD_LOCAL_RANK"]
                .flatMap(Int.init) ?? ProcessInfo.processInfo.environment["SLURM_LOCALID"].flatMap(Int.init)
                ?? 0
            let index = localRank % count
            try cuda.setDevice(index)
            gpu = (cuda, index, count)
        }
    } catch {
        problem = error.description
    }
    let ranksWithoutGPU = try world.allreduce([Int32(gpu == nil ? 1 : 0)], .sum)[0]
    guard ranksWithoutGPU == 0, let gpu else {
        let reason = problem ?? "\(ranksWithoutGPU) of \(world.size) ranks have no usable CUDA GPU"
        if requested == .cuda {
            if gpu == nil {
                printError(
                    "jobgen-mpi bcast: --device cuda needs a usable CUDA GPU on every rank, but rank \(world.rank): "
                        + "\(reason); use --device auto to fall back to host memory, or --device host")
            }
            throw PayloadFailure.checkFailed
        }
        if world.rank == 0 {
            printLine(
                "device: auto found no usable CUDA GPU (\(reason)); running the same checks on host memory")
        }
        return HostMemory()
    }
    let cudaAware = MPI.isCUDAAware || assumeCUDAAware
    if world.rank == 0 {
        let name = gpu.cuda.deviceName(gpu.index).map { " (\($0))" } ?? ""
        let path =
            cudaAware
            ? "MPI is \(MPI.isCUDAAware ? "" : "assumed ")CUDA-aware: device buffers go to MPI directly"
            : "MPI is not CUDA-aware: staging device buffers through host memory"
        printLine(
            "device: cuda via \(gpu.cuda.libraryName), \(gpu.count) GPU(s) visible, "
                + "rank 0 on GPU \(gpu.index)\(name); \(path)")
    }
    return CUDAMemory(cuda: gpu.cuda, cudaAwareMPI: cudaAware)
}

/// Agrees across ranks whether a check passed; failing ranks have already printed why.
private func agree(_ world: Communicator, failed: Bool, summary: String) throws {
    let failures = try world.allreduce([Int32(failed ? 1 : 0)], .sum)[0]
    guard failures == 0 else {
        if world.rank == 0 {
            printError("jobgen-mpi bcast: \(failures) of \(world.size) ranks failed: \(summary)")
        }
        throw PayloadFailure.checkFailed
    }
    if world.rank == 0 { printLine(summary.replacingOccurrences(of: "%", with: "OK")) }
}

private func reportFirstMismatch<T: Equatable>(
    _ world: Communicator, _ what: String, _ got: [T], _ expected: [T]
) -> Bool {
    guard let index = got.indices.first(where: { got[$0] != expected[$0] }) else { return false }
    printError(
        "jobgen-mpi bcast: rank \(world.rank): \(what): element \(index) is \(got[index]), expected \(expected[index]) (first bad index \(index))"
    )
    return true
}

private func checkAllreduce(_ world: Communicator, _ memory: any BufferMemory) throws {
    var data = (0..<10).map { Int32($0) }
    try memory.allreduce(&data, .sum, in: world)
    let expected = (0..<10).map { Int32($0 * world.size) }
    let failed = reportFirstMismatch(world, "allreduce", data, expected)
    try agree(world, failed: failed, summary: "allreduce %: 10 x Int32 summed over \(world.size) ranks")
}

private func checkComplexBroadcast(_ world: Communicator, _ memory: any BufferMemory) throws {
    let expected = (0..<100).map { MPI.Complex<Float>(Float($0), -Float($0)) }
    var data = world.rank == 0 ? expected : [MPI.Complex<Float>](repeating: MPI.Complex(0), count: 100)
    try memory.broadcast(&data, root: 0, in: world)
    let failed = reportFirstMismatch(world, "complex broadcast", data, expected)
    try agree(
        world, failed: failed,
        summary: "broadcast %: 100 x Complex<Float> from rank 0 verified on \(world.size) ranks")
}

private func checkSendReceive(_ world: Communicator, _ memory: any BufferMemory) throws {
    guard world.size >= 2 else {
        if world.rank == 0 { printLine("send/recv skipped: it needs at least 2 ranks") }
        return
    }
    let expected = (0..<20).map { Double($0) }
    var failed = false
    if world.rank == 0 {
        try memory.send(expected, to: 1, tag: 88, in: world)
    } else if world.rank == 1 {
        var data = [Double](repeating: -1, count: 20)
        try memory.receive(&data, from: 0, tag: 88, in: world)
        failed = reportFirstMismatch(world, "send/recv", data, expected)
    }
    try agree(world, failed: failed, summary: "send/recv %: 20 x Double from rank 0 to rank 1 with tag 88")
}
