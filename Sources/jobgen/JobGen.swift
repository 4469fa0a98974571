import ArgumentParser
import JobGenKit

@main
struct JobGen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jobgen",
        abstract: "Generate and check Slurm batch scripts.",
        discussion: """
            Examples:
              jobgen distributed --account def-someprof | sbatch
              jobgen whole-node -A def-someprof --nodes 2 --ntasks-per-node 40 --write job.sh
              jobgen gpu -A def-someprof --gpus-per-node a100:1 --run "python train.py"
              jobgen render job.yaml
              jobgen validate job.sh
              jobgen explain job.sh --cluster narval
            """,
        version: JobGenKit.version,
        subcommands: [Distributed.self, WholeNode.self, GPU.self, Render.self, Validate.self, Explain.self, Submit.self, Cluster.self, Config.self]
    )

    static func main() {
        main(SbatchArgumentForms.normalized(Array(CommandLine.arguments.dropFirst())))
    }
}
