import Foundation
import Testing

/// Whether this machine has a usable CUDA GPU: libcudart loads and reports at least one device.
let cudaDeviceUsable: Bool = {
    for name in ["libcudart.so", "libcudart.so.13", "libcudart.so.12", "libcudart.so.11.0"] {
        guard let library = dlopen(name, RTLD_NOW | RTLD_LOCAL),
            let symbol = dlsym(library, "cudaGetDeviceCount")
        else { continue }
        typealias GetDeviceCount = @convention(c) (UnsafeMutablePointer<Int32>) -> Int32
        var count: Int32 = 0
        return unsafeBitCast(symbol, to: GetDeviceCount.self)(&count) == 0 && count > 0
    }
    return false
}()

extension MPILaunches {
    /// `jobgen-mpi bcast --device`: the GPU payload and its host fallback.
    @Suite struct DevicePayload {
        @Test(
            "auto without a GPU says so in one line and runs every check on host memory",
            .enabled(if: !cudaDeviceUsable), arguments: [1, 2, 3])
        func autoFallsBackToHost(ranks: Int) throws {
            let result = try MPILauncher.run(ranks: ranks, "jobgen-mpi", ["bcast", "--device", "auto"])
            #expect(result.exitCode == 0, "\(result.transcript)")
            let lines = result.standardOutput.split(separator: "\n").map(String.init)
            #expect(
                lines.filter { $0.contains("running the same checks on host memory") }.count == 1,
                "\(result.transcript)")
            #expect(
                lines.dropFirst().first == "broadcast OK: 100 x Int32 from rank 0 verified on \(ranks) ranks")
            #expect(lines.contains("allreduce OK: 10 x Int32 summed over \(ranks) ranks"))
            #expect(
                lines.contains("broadcast OK: 100 x Complex<Float> from rank 0 verified on \(ranks) ranks"))
            let sendReceive =
                ranks >= 2
                ? "send/recv OK: 20 x Double from rank 0 to rank 1 with tag 88"
                : "send/recv skipped: it needs at least 2 ranks"
            #expect(lines.last == sendReceive, "\(result.transcript)")
        }

        @Test("cuda without a GPU fails clearly and names the fallback", .enabled(if: !cudaDeviceUsable))
        func cudaWithoutGPUFails() throws {
            let result = try MPILauncher.run(
                ranks: 2, "jobgen-mpi", ["bcast", "--device", "cuda"], timeout: 60)
            #expect(result.exitCode == 1, "\(result.transcript)")
            #expect(result.standardOutput.isEmpty, "\(result.transcript)")
            #expect(
                result.standardError.contains("--device cuda needs a usable CUDA GPU"), "\(result.transcript)"
            )
            #expect(result.standardError.contains("--device auto"))
        }

        @Test("cuda on a GPU machine runs every check on device memory", .enabled(if: cudaDeviceUsable))
        func cudaOnGPU() throws {
            let result = try MPILauncher.run(ranks: 2, "jobgen-mpi", ["bcast", "--device", "cuda"])
            #expect(result.exitCode == 0, "\(result.transcript)")
            let lines = result.standardOutput.split(separator: "\n").map(String.init)
            #expect(lines.first?.hasPrefix("device: cuda via libcudart") == true, "\(result.transcript)")
            #expect(lines.contains("send/recv OK: 20 x Double from rank 0 to rank 1 with tag 88"))
        }
    }
}
