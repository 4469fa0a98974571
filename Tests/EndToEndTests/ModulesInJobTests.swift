import Testing

/// Lmod works inside non-interactive batch jobs (BASH_ENV from the env file) and the stand-in
/// modules the seed scripts load set real paths.
@Suite(.needsLocalCluster)
struct ModulesInJobTests {
    @Test(
        "the seed's module lines load inside a job",
        arguments: [
            "StdEnv/2023 gcc mpi4py/4.0.0 python/3.12",
            "StdEnv/2023 gcc openmpi mpi4py/4.0.0 python/3.12",
            "StdEnv/2023 gcc cuda/12 mpi4py/4.0.0 python/3.11",
        ])
    func seedModulesLoad(modules: String) throws {
        let job = try BatchJob.submit(
            """
            #!/bin/bash
            #SBATCH --ntasks=1
            set -e
            module load \(modules)
            module -t list 2>&1
            echo "python: $(command -v python)"
            echo "mpirun: $(command -v mpirun)"
            echo "pythonpath: $PYTHONPATH"
            """)
        try #require(job.exitCode == 0, Comment(rawValue: job.report))
        for module in modules.split(separator: " ") {
            #expect(job.output.contains(module), Comment(rawValue: job.report))
        }
        #expect(
            job.output.contains("python: \(LocalCluster.directory.path)/python-bin/python"),
            Comment(rawValue: job.report))
        #expect(job.output.contains("mpirun: /usr/bin/mpirun"), Comment(rawValue: job.report))
        #expect(
            job.output.contains("pythonpath: \(LocalCluster.directory.path)/mpi4py/4.0.0"),
            Comment(rawValue: job.report))
    }

    @Test("an unknown module fails loudly")
    func unknownModuleFails() throws {
        let job = try BatchJob.submit(
            """
            #!/bin/bash
            #SBATCH --ntasks=1
            module load no-such-module/1.0 || exit 7
            """)
        #expect(job.exitCode == 7, Comment(rawValue: job.report))
        #expect(job.output.contains("no-such-module/1.0"), Comment(rawValue: job.report))
    }
}
