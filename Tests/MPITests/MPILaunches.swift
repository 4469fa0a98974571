import Testing

/// Every test that launches mpirun lives under this suite, which runs them one at a time:
/// several oversubscribed jobs at once would only compete for the same few cores.
@Suite(.serialized) enum MPILaunches {}

/// (ranks, root) pairs covering 1...4 ranks with the first and last rank as root.
let ranksAndRoots: [(ranks: Int, root: Int)] = [(1, 0), (2, 0), (2, 1), (3, 0), (3, 2), (4, 0), (4, 3)]
