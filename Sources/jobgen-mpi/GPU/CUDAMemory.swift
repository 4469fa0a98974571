import MPI

/// Buffers in CUDA device memory. Each operation copies the array to a fresh device buffer,
/// synchronises, communicates, and copies the result back. With CUDA-aware MPI the device
/// pointer goes to MPI directly; otherwise the device data is staged through a host copy.
struct CUDAMemory: BufferMemory {
    let cuda: CUDARuntime
    let cudaAwareMPI: Bool

    /// Runs `body` with a device copy of `data`, then copies the device buffer back to `data`.
    private func withDeviceCopy<T: MPIDatatype>(
        of data: inout [T], _ body: (UnsafeMutableBufferPointer<T>) throws -> Void
    ) throws {
        let bytes = data.count * MemoryLayout<T>.stride
        let raw = try cuda.allocate(bytes: bytes)
        defer { cuda.free(raw) }
        try data.withUnsafeBytes { host in
            if let base = host.baseAddress { try cuda.copyToDevice(raw, from: base, bytes: bytes) }
        }
        try cuda.synchronize()
        let device = UnsafeMutableBufferPointer(start: raw.assumingMemoryBound(to: T.self), count: data.count)
        try body(device)
        try cuda.synchronize()
        try data.withUnsafeMutableBytes { host in
            if let base = host.baseAddress { try cuda.copyToHost(base, from: raw, bytes: bytes) }
        }
    }

    /// Hands MPI either the device buffer itself or a host staging copy of it.
    private func communicate<T: MPIDatatype>(
        _ device: UnsafeMutableBufferPointer<T>, _ call: (UnsafeMutableBufferPointer<T>) throws -> Void
    ) throws {
        if cudaAwareMPI {
            try call(device)
            return
        }
        let bytes = device.count * MemoryLayout<T>.stride
        var staging = try [T](unsafeUninitializedCapacity: device.count) { host, initialized in
            if let base = host.baseAddress, let source = device.baseAddress {
                try cuda.copyToHost(base, from: source, bytes: bytes)
            }
            initialized = device.count
        }
        try staging.withUnsafeMutableBufferPointer { host in
            try call(host)
            if let base = host.baseAddress, let target = device.baseAddress {
                try cuda.copyToDevice(target, from: base, bytes: bytes)
            }
        }
    }

    func broadcast<T: MPIDatatype>(_ data: inout [T], root: Int, in world: Communicator) throws {
        try withDeviceCopy(of: &data) { device in
            try communicate(device) { try world.broadcast($0, root: root) }
        }
    }

    func allreduce<T: MPIDatatype>(_ data: inout [T], _ operation: ReductionOperation, in world: Communicator)
        throws
    {
        try withDeviceCopy(of: &data) { device in
            try communicate(device) { try world.allreduce(inPlace: $0, operation) }
        }
    }

    func send<T: MPIDatatype>(_ data: [T], to destination: Int, tag: Int, in world: Communicator) throws {
        var copy = data
        try withDeviceCopy(of: &copy) { device in
            try communicate(device) { try world.send(UnsafeBufferPointer($0), to: destination, tag: tag) }
        }
    }

    func receive<T: MPIDatatype>(_ data: inout [T], from source: Int, tag: Int, in world: Communicator) throws
    {
        try withDeviceCopy(of: &data) { device in
            try communicate(device) { _ = try world.receive(into: $0, from: source, tag: tag) }
        }
    }
}
