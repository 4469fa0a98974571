import ArgumentParser
import Foundation
import JobGenKit

/// `jobgen submit`: render (or read) a script, validate it, and hand it to the real sbatch.
struct Submit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submit",
        abstract: "Check a script and submit it with sbatch, printing the job id.",
        discussion: """
            `jobgen submit SCRIPT` validates the file as `jobgen validate` does; `jobgen submit KIND \
            [flags]` renders it as `jobgen KIND` does. Nothing is submitted when validation finds \
            errors. Arguments after `--` go to sbatch unchanged.

            Exit status: 0 submitted (with --wait: the job's own exit code), 1 the script has \
            errors, 64 bad usage, 65 unreadable script, 69 sbatch missing or refusing the job \
            (its message is shown), 70 internal error.

            Examples:
              jobgen submit job.sh
              jobgen submit distributed -A def-someprof --ntasks 8 --wait
              jobgen submit gpu -A def-someprof --gpus-per-node a100:1 --test-only
              jobgen submit job.sh -- --partition=debug --hold
            """,
        subcommands: [SubmitScript.self, SubmitDistributed.self, SubmitWholeNode.self, SubmitGPU.self],
        defaultSubcommand: SubmitScript.self
    )
}

/// Shared by the submit commands: warn about SBATCH_* overrides, then run sbatch.
enum SubmitFlow {
    static func submit(_ source: SbatchSubmission.Source, _ options: SubmitOptions) throws {
        for warning in SbatchSubmission.environmentOverrideWarnings() { Console.warning(warning) }
        let status = try SbatchSubmission(source: source, options: options).run()
        if status != 0 { throw ExitCode(status) }
    }

    /// Renders a kind's script from its flags, refusing exactly as `jobgen KIND` does.
    static func render(_ options: RenderingOptions, kind: JobKind) throws -> String {
        try Generation(
            flags: options.flags, cluster: options.cluster.cluster, kind: kind, output: OutputOptions.parse([])
        ).script()
    }
}

/// The flags that shape a rendered script (those of `jobgen KIND`, without the output ones).
struct RenderingOptions: ParsableArguments {
    @OptionGroup(title: "sbatch options") var sbatch: SbatchOptions
    @OptionGroup(title: "Job contents") var job: JobOptions
    @OptionGroup(title: "Cluster") var cluster: ClusterOption

    var flags: SpecFlags {
        var flags = SpecFlags()
        sbatch.fill(&flags)
        job.fill(&flags)
        return flags
    }
}

struct SubmitScript: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "script",
        abstract: "Validate a batch script file and submit it (the default: jobgen submit job.sh).")

    @Argument(help: "The batch script to submit.", completion: .file())
    var script: String
    @OptionGroup(title: "Submission") var submission: SubmitOptions

    func run() throws {
        try Console.reporting {
            // Checked for the release of the sbatch it is about to be given to.
            _ = try ScriptCheck.validated(script, target: ValidateTarget.resolve(nil), otherwise: "nothing was submitted")
            try SubmitFlow.submit(.file(script), submission)
        }
    }
}

struct SubmitDistributed: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "distributed", abstract: "Render `jobgen distributed`'s script and submit it.")
    @OptionGroup var rendering: RenderingOptions
    @OptionGroup(title: "Submission") var submission: SubmitOptions

    func run() throws {
        try Console.reporting {
            try SubmitFlow.submit(.text(SubmitFlow.render(rendering, kind: .distributed)), submission)
        }
    }
}

struct SubmitWholeNode: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whole-node", abstract: "Render `jobgen whole-node`'s script and submit it.")
    @OptionGroup var rendering: RenderingOptions
    @OptionGroup(title: "Submission") var submission: SubmitOptions

    func run() throws {
        try Console.reporting {
            try SubmitFlow.submit(.text(SubmitFlow.render(rendering, kind: .wholeNode)), submission)
        }
    }
}

struct SubmitGPU: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gpu", abstract: "Render `jobgen gpu`'s script and submit it.")
    @OptionGroup var rendering: RenderingOptions
    @OptionGroup(title: "Submission") var submission: SubmitOptions

    func run() throws {
        try Console.reporting {
            try SubmitFlow.submit(.text(SubmitFlow.render(rendering, kind: .gpu)), submission)
        }
    }
}
