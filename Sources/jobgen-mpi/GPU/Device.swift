import ArgumentParser

/// Where the payload's buffers live.
enum Device: String, ExpressibleByArgument, CaseIterable {
    /// Host memory only.
    case host
    /// CUDA device memory; fails when no GPU is usable.
    case cuda
    /// CUDA device memory when a GPU is usable, else host memory (said in one line).
    case auto
}
