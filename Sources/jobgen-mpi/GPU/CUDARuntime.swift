#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few CUDA runtime functions the GPU payload needs, loaded from libcudart at run time so
/// that jobgen-mpi builds and runs on machines without CUDA.
struct CUDARuntime {
    /// Why the CUDA runtime could not be used, in words for a person.
    struct Unavailable: Error, CustomStringConvertible {
        let description: String
    }

    private typealias GetDeviceCount = @convention(c) (UnsafeMutablePointer<Int32>) -> Int32
    private typealias SetDevice = @convention(c) (Int32) -> Int32
    private typealias Malloc = @convention(c) (UnsafeMutablePointer<UnsafeMutableRawPointer?>, Int) -> Int32
    private typealias Free = @convention(c) (UnsafeMutableRawPointer?) -> Int32
    private typealias Memcpy =
        @convention(c) (UnsafeMutableRawPointer?, UnsafeRawPointer?, Int, Int32) -> Int32
    private typealias Synchronize = @convention(c) () -> Int32
    private typealias GetErrorString = @convention(c) (Int32) -> UnsafePointer<CChar>?
    private typealias GetDeviceProperties = @convention(c) (UnsafeMutableRawPointer, Int32) -> Int32

    private static let libraryNames = [
        "libcudart.so", "libcudart.so.13", "libcudart.so.12", "libcudart.so.11.0",
    ]
    private static let hostToDevice: Int32 = 1  // cudaMemcpyHostToDevice
    private static let deviceToHost: Int32 = 2  // cudaMemcpyDeviceToHost

    /// The file name that was loaded, e.g. `libcudart.so.12`.
    let libraryName: String
    private let getDeviceCountFunction: GetDeviceCount
    private let setDeviceFunction: SetDevice
    private let mallocFunction: Malloc
    private let freeFunction: Free
    private let memcpyFunction: Memcpy
    private let synchronizeFunction: Synchronize
    private let getErrorStringFunction: GetErrorString
    private let getDevicePropertiesFunction: GetDeviceProperties?

    /// Loads libcudart: the path in `JOBGEN_MPI_CUDART` when set (e.g. the copy inside a pip
    /// wheel's `nvidia/cuda_runtime/lib`), else the unversioned name, then the CUDA 13, 12 and
    /// 11 sonames.
    static func load() throws(Unavailable) -> CUDARuntime {
        var failures = [String]()
        let variable: UnsafeMutablePointer<CChar>? = getenv("JOBGEN_MPI_CUDART")
        let override = variable.map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
        for name in override.map({ [$0] }) ?? libraryNames {
            guard let library = dlopen(name, RTLD_NOW | RTLD_LOCAL) else {
                failures.append(dlerror().map { String(cString: $0) } ?? "\(name): not found")
                continue
            }
            func symbol<F>(_ symbolName: String, as type: F.Type) throws(Unavailable) -> F {
                guard let address = dlsym(library, symbolName) else {
                    throw Unavailable(description: "\(name) has no \(symbolName)")
                }
                return unsafeBitCast(address, to: type)
            }
            let properties =
                (dlsym(library, "cudaGetDeviceProperties_v2") ?? dlsym(library, "cudaGetDeviceProperties"))
                .map { unsafeBitCast($0, to: GetDeviceProperties.self) }
            return CUDARuntime(
                libraryName: name,
                getDeviceCountFunction: try symbol("cudaGetDeviceCount", as: GetDeviceCount.self),
                setDeviceFunction: try symbol("cudaSetDevice", as: SetDevice.self),
                mallocFunction: try symbol("cudaMalloc", as: Malloc.self),
                freeFunction: try symbol("cudaFree", as: Free.self),
                memcpyFunction: try symbol("cudaMemcpy", as: Memcpy.self),
                synchronizeFunction: try symbol("cudaDeviceSynchronize", as: Synchronize.self),
                getErrorStringFunction: try symbol("cudaGetErrorString", as: GetErrorString.self),
                getDevicePropertiesFunction: properties)
        }
        throw Unavailable(description: "libcudart could not be loaded (\(failures.joined(separator: "; ")))")
    }

    private func check(_ code: Int32, _ operation: String) throws(Unavailable) {
        guard code != 0 else { return }
        let text = getErrorStringFunction(code).map { String(cString: $0) } ?? "unknown CUDA error"
        throw Unavailable(description: "\(operation) failed: \(text) (cudaError \(code))")
    }

    /// The number of CUDA devices visible to this process.
    func deviceCount() throws(Unavailable) -> Int {
        var count: Int32 = 0
        try check(getDeviceCountFunction(&count), "cudaGetDeviceCount")
        return Int(count)
    }

    /// Makes `device` current for this process's later CUDA calls.
    func setDevice(_ device: Int) throws(Unavailable) {
        try check(setDeviceFunction(Int32(device)), "cudaSetDevice")
    }

    /// The device's marketing name, or nil when the library cannot report it.
    func deviceName(_ device: Int) -> String? {
        guard let getDevicePropertiesFunction else { return nil }
        // cudaDeviceProp begins with `char name[256]`; the whole struct is about 1 KiB, so a
        // generous buffer covers every CUDA version's layout.
        let properties = UnsafeMutableRawPointer.allocate(byteCount: 16384, alignment: 16)
        defer { properties.deallocate() }
        properties.initializeMemory(as: UInt8.self, repeating: 0, count: 16384)
        guard getDevicePropertiesFunction(properties, Int32(device)) == 0 else { return nil }
        return String(cString: properties.assumingMemoryBound(to: CChar.self))
    }

    /// Allocates `bytes` of device memory.
    func allocate(bytes: Int) throws(Unavailable) -> UnsafeMutableRawPointer {
        var pointer: UnsafeMutableRawPointer?
        try check(mallocFunction(&pointer, max(bytes, 1)), "cudaMalloc(\(bytes) bytes)")
        guard let pointer else { throw Unavailable(description: "cudaMalloc returned no memory") }
        return pointer
    }

    /// Frees memory from `allocate`.
    func free(_ pointer: UnsafeMutableRawPointer) {
        _ = freeFunction(pointer)
    }

    /// Copies `bytes` from host memory to device memory.
    func copyToDevice(_ device: UnsafeMutableRawPointer, from host: UnsafeRawPointer, bytes: Int)
        throws(Unavailable)
    {
        try check(memcpyFunction(device, host, bytes, Self.hostToDevice), "cudaMemcpy host to device")
    }

    /// Copies `bytes` from device memory to host memory.
    func copyToHost(_ host: UnsafeMutableRawPointer, from device: UnsafeRawPointer, bytes: Int)
        throws(Unavailable)
    {
        try check(memcpyFunction(host, device, bytes, Self.deviceToHost), "cudaMemcpy device to host")
    }

    /// Waits until all work queued on the current device has finished.
    func synchronize() throws(Unavailable) {
        try check(synchronizeFunction(), "cudaDeviceSynchronize")
    }
}
