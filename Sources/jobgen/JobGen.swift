import ArgumentParser
import JobGenKit

@main
struct JobGen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jobgen",
        abstract: "Generate and check Slurm batch scripts.",
        version: JobGenKit.version,
        subcommands: [Validate.self]
    )
}
