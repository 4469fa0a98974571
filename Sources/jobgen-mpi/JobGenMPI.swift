import ArgumentParser

/// The MPI payloads that jobgen's scripts run by default.
@main
struct JobGenMPI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jobgen-mpi",
        abstract: "MPI payloads for jobgen's batch scripts, on a Swift runtime over the system MPI.",
        discussion: """
            Launch under srun or mpirun, e.g.:
              mpirun -n 4 jobgen-mpi bcast --count 100
              srun jobgen-mpi helloworld
            Exit codes: 0 success, 1 a check failed, 64 bad usage, 70 MPI failure.
            """,
        subcommands: [
            Bcast.self, HelloWorld.self, OSUBcast.self, PingPong.self, RingTest.self,
        ]
    )
}
