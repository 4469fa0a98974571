// mpi-probe: a test-only executable that exercises the MPI runtime under a real mpirun.
// Each rank prints `rank=<r> <key>=<value>` lines; MPITests compute the expected values
// themselves and compare. Usage: mpi-probe <case> [root]
import Foundation
import MPI

let arguments = CommandLine.arguments.dropFirst()
guard let probeCase = arguments.first, let run = probeCases[probeCase] else {
    FileHandle.standardError.write(
        Data("usage: mpi-probe <\(probeCases.keys.sorted().joined(separator: "|"))> [root]\n".utf8))
    exit(64)
}
let root = arguments.dropFirst().first.flatMap(Int.init) ?? 0

do {
    try run(root)
} catch {
    report("uncaught", "\(error)")
    exit(70)
}
