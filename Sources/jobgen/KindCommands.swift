import ArgumentParser
import JobGenKit

/// A command that writes a script. Each declares the three option groups itself, rather than
/// through one wrapping group: every nesting level is one more type ArgumentParser reflects, and
/// scans the binary's conformance records for, on every start.
protocol GeneratorCommand: ParsableCommand {
    var sbatch: SbatchOptions { get }
    var job: JobOptions { get }
    var output: OutputOptions { get }
    var cluster: ClusterOption { get }
}

extension GeneratorCommand {
    var flags: SpecFlags {
        var flags = SpecFlags()
        sbatch.fill(&flags)
        job.fill(&flags)
        return flags
    }
}

struct Distributed: GeneratorCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "distributed",
            abstract: KindDefaultsHelp.abstract("An MPI job on any cores of any nodes", kind: .distributed),
            discussion: """
                Examples:
                  jobgen distributed --account def-someprof | sbatch
                  jobgen distributed -A def-someprof -t 08:00:00 -n 4 --mem-per-cpu 4G \\
                    --modules StdEnv/2023 gcc mpi4py/4.0.0 python/3.12 --pip numpy==2.1.1 \\
                    --run "python mpi4py-np-bc.py" --write submit-mpi4py-distributed.sh
                """)
    }
    @OptionGroup(title: "sbatch options") var sbatch: SbatchOptions
    @OptionGroup(title: "Job contents") var job: JobOptions
    @OptionGroup(title: "Output") var output: OutputOptions
    @OptionGroup(title: "Cluster") var cluster: ClusterOption

    func run() throws {
        try Console.reporting {
            try Generation(flags: flags, cluster: cluster.cluster, kind: .distributed, output: output).run()
        }
    }
}

struct WholeNode: GeneratorCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "whole-node",
            abstract: KindDefaultsHelp.abstract("An MPI job on whole nodes", kind: .wholeNode),
            discussion: """
                Examples:
                  jobgen whole-node -A def-someprof -N 4 --ntasks-per-node 64 | sbatch
                  jobgen whole-node -A def-someprof --cluster narval   # 64 tasks per node
                  jobgen whole-node -A def-someprof \\
                    --modules StdEnv/2023 gcc openmpi mpi4py/4.0.0 python/3.12 \\
                    --pip numpy==2.1.1 --run "python mpi4py-np-bc.py"
                """)
    }
    @OptionGroup(title: "sbatch options") var sbatch: SbatchOptions
    @OptionGroup(title: "Job contents") var job: JobOptions
    @OptionGroup(title: "Output") var output: OutputOptions
    @OptionGroup(title: "Cluster") var cluster: ClusterOption

    func run() throws {
        try Console.reporting {
            try Generation(flags: flags, cluster: cluster.cluster, kind: .wholeNode, output: output).run()
        }
    }
}

struct GPU: GeneratorCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "gpu",
            abstract: KindDefaultsHelp.abstract("A job with GPUs", kind: .gpu),
            discussion: """
                Examples:
                  jobgen gpu --account def-someprof --gpus-per-node a100:1 | sbatch
                  jobgen gpu -A def-someprof --cluster narval   # a100:1, 12 cores, 124.5G
                  jobgen gpu -A def-someprof \\
                    --modules StdEnv/2023 gcc cuda/12 mpi4py/4.0.0 python/3.11 \\
                    --pip cupy numba --run "python use_cupy.py"
                """)
    }
    @OptionGroup(title: "sbatch options") var sbatch: SbatchOptions
    @OptionGroup(title: "Job contents") var job: JobOptions
    @OptionGroup(title: "Output") var output: OutputOptions
    @OptionGroup(title: "Cluster") var cluster: ClusterOption

    func run() throws {
        try Console.reporting {
            try Generation(flags: flags, cluster: cluster.cluster, kind: .gpu, output: output).run()
        }
    }
}
