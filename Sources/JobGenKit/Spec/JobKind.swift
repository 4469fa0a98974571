/// The three shapes of job jobgen writes, after the seed's three scripts.
public enum JobKind: String, Sendable, Codable, CaseIterable, CustomStringConvertible {
    /// MPI tasks spread over any cores of any nodes (`--ntasks`).
    case distributed
    /// MPI over whole nodes (`--nodes` x `--ntasks-per-node`).
    case wholeNode = "whole-node"
    /// A job with GPUs (`--gpus`).
    case gpu

    public var description: String { rawValue }
}
