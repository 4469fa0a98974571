import ArgumentParser
import Foundation
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
              jobgen try job.sh
            """,
        version: JobGenKit.version,
        subcommands: [
            Distributed.self, WholeNode.self, GPU.self, Render.self, Validate.self, Explain.self, Submit.self,
            Try.self, Cluster.self, Config.self,
        ]
    )

    static func main() {
        let arguments = SbatchArgumentForms.normalized(Array(CommandLine.arguments.dropFirst()))
        guard let command = arguments.first, usageErrorsExitWith2.contains(command) else {
            return main(arguments)
        }
        ValidateHeadStart.start(arguments)
        do {
            var parsed = try parseAsRoot(arguments)
            try parsed.run()
        } catch let code as ExitCode {
            // An exit status is no message: the parser's error handling would first write the
            // command's usage (reflecting over every option) only to print nothing.
            Foundation.exit(code.rawValue)
        } catch {
            // What the parser refuses (an unknown option, a missing value) is bad usage, which
            // validate documents as exit status 2 rather than the parser's 64.
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            let message = message(for: error)
            let sentence = message.prefix(1).lowercased() + message.dropFirst()
            Terminal.printError("jobgen \(command): \(sentence); see 'jobgen \(command) --help'")
            Foundation.exit(2)
        }
    }

    /// The commands whose exit status 2 means bad usage (1 is taken: the script has errors).
    private static let usageErrorsExitWith2: Set<String> = ["validate"]
}
