import Foundation
import Testing

/// A host-memory stand-in for libcudart (malloc/memcpy behind the CUDA runtime's names), so the
/// GPU payload's loader, device-buffer handling and host staging run here without a GPU. It
/// says nothing about real device memory; docs/mpi.md states the CUDA path's real-GPU status.
enum CUDAStandIn {
    static let source = """
        #include <stdlib.h>
        #include <string.h>
        int cudaGetDeviceCount(int *count) { *count = 1; return 0; }
        int cudaSetDevice(int device) { return device == 0 ? 0 : 101; }
        int cudaMalloc(void **pointer, size_t bytes) { *pointer = malloc(bytes); return *pointer ? 0 : 2; }
        int cudaFree(void *pointer) { free(pointer); return 0; }
        int cudaMemcpy(void *to, const void *from, size_t bytes, int kind) {
            if (kind != 1 && kind != 2) return 21;
            memcpy(to, from, bytes);
            return 0;
        }
        int cudaDeviceSynchronize(void) { return 0; }
        const char *cudaGetErrorString(int error) { return "stand-in error"; }
        int cudaGetDeviceProperties_v2(void *properties, int device) {
            strcpy((char *)properties, "host stand-in");
            return 0;
        }
        """

    /// Compiles the stand-in with the system C compiler into `directory` and returns its path.
    static func build(in directory: URL) throws -> String {
        let sourceURL = directory.appendingPathComponent("cudart-standin.c")
        let library = directory.appendingPathComponent("libcudart-standin.so").path
        try source.write(to: sourceURL, atomically: true, encoding: .utf8)
        let compiler = Process()
        compiler.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        compiler.arguments = ["cc", "-shared", "-fPIC", "-o", library, sourceURL.path]
        try compiler.run()
        compiler.waitUntilExit()
        guard compiler.terminationStatus == 0 else {
            throw CocoaError(.executableLoad, userInfo: [NSFilePathErrorKey: library])
        }
        return library
    }
}

extension MPILaunches {
    @Suite struct CUDAStandInPayload {
        @Test(
            "--device cuda loads the runtime and passes every check, staged or handing pointers to MPI",
            arguments: [(2, false), (3, false), (2, true), (3, true)])
        func deviceChecks(ranks: Int, direct: Bool) throws {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
                "cudart-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let library = try CUDAStandIn.build(in: directory)
            let result = try MPILauncher.run(
                ranks: ranks, "jobgen-mpi",
                ["bcast", "--device", "cuda", "--count", "1000", "--root", "1"]
                    + (direct ? ["--assume-cuda-aware"] : []),
                extraEnvironment: ["JOBGEN_MPI_CUDART": library])
            #expect(result.exitCode == 0, "\(result.transcript)")
            let path =
                direct
                ? "MPI is assumed CUDA-aware: device buffers go to MPI directly"
                : "MPI is not CUDA-aware: staging device buffers through host memory"
            let expected = [
                "device: cuda via \(library), 1 GPU(s) visible, rank 0 on GPU 0 (host stand-in); \(path)",
                "broadcast OK: 1000 x Int32 from rank 1 verified on \(ranks) ranks",
                "allreduce OK: 10 x Int32 summed over \(ranks) ranks",
                "broadcast OK: 100 x Complex<Float> from rank 0 verified on \(ranks) ranks",
                "send/recv OK: 20 x Double from rank 0 to rank 1 with tag 88",
            ]
            // The root (rank 1) prints the seed line, rank 0 the rest: their streams merge in any order.
            let lines = result.standardOutput.split(separator: "\n").map(String.init)
            #expect(lines.sorted() == expected.sorted(), "\(result.transcript)")
        }
    }
}
