import ArgumentParser
import Foundation
import JobGenKit

/// `jobgen try`: run a job's script in a short interactive allocation of the same shape, the
/// seed's "test it first" step.
struct Try: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "try",
        abstract: "Test a job's script in a short interactive allocation of the same shape.",
        discussion: """
            `jobgen try SCRIPT` validates the file as `jobgen validate` does; `jobgen try KIND \
            [flags]` renders it as `jobgen KIND` does. Nothing runs when validation finds errors. \
            Then salloc asks for the script's nodes, tasks, CPUs, memory, GPUs, account and \
            partition, with a short time limit, and the script runs on the allocation's first \
            node with the job's environment, as sbatch runs it: its own srun and mpirun lines get \
            the whole allocation. Its output streams to the terminal. Options that mean nothing \
            for a test (array, dependency, mail, output files, --begin) are left out and listed; \
            an array job runs one task (--index).

            Exit status: the script's own; 1 the script has errors, 64 bad usage, 65 unreadable \
            script, 69 salloc missing or the allocation refused (salloc's message is shown), 75 \
            not granted within --wait-for, 130 interrupted (the allocation is released).

            Examples:
              jobgen try job.sh
              jobgen try job.sh --scale-down --time 5
              jobgen try job.sh --dry-run
              jobgen try distributed -A def-someprof --ntasks 4
            """,
        subcommands: [TryScript.self, TryDistributed.self, TryWholeNode.self, TryGPU.self],
        defaultSubcommand: TryScript.self
    )
}

/// Shared by the try commands: plan the allocation, say what it changes, then print or run it.
enum TryFlow {
    /// The cluster profile `--cluster` (or the usual choice) names, refused as a data error.
    static func profile(_ requested: String?) throws -> ClusterResources? {
        do { return try ClusterFiles.resolve(requested) } catch { throw Failure.data("--cluster \(error)") }
    }

    /// Tries the script `kind`'s flags render, for the cluster they name.
    static func run(kind: JobKind, _ rendering: RenderingOptions, _ options: TryOptions) throws {
        try Console.reporting {
            try run(
                script: SubmitFlow.render(rendering, kind: kind), file: nil, release: ValidateTarget.resolve(nil),
                options: options, cluster: profile(rendering.cluster.cluster))
        }
    }

    static func run(
        script text: String, file: String?, release: SlurmVersion, options: TryOptions, cluster: ClusterResources?,
        time: String? = nil
    ) throws {
        var settings = try options.settings(time: time)
        settings.partition = cluster?.policies?.tryPartition
        settings.qos = cluster?.policies?.tryQos
        let script = BatchScript(text: text, name: file ?? "-", release: release)
        let plan: TryPlan
        do { plan = try TryPlan(script: script, text: text, file: file, settings: settings) } catch {
            throw Failure.usage(error.description)
        }
        for (option, reason) in plan.leftOut { Console.note("try: left out \(option): \(reason)") }
        for note in plan.notes { Console.note("try: \(note)") }
        if options.dryRun {
            print(plan.commandLine)
            return
        }
        let status = try SallocRun(arguments: Array(plan.arguments.dropFirst()), waitFor: options.waitFor).run()
        if status != 0 { throw ExitCode(status) }
    }
}

struct TryScript: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "script", abstract: "Validate a batch script file and try it (the default: jobgen try job.sh).")

    @Argument(help: "The batch script to try.", completion: .file())
    var script: String
    @Option(
        help: ArgumentHelp(
            "How long the try may run (the same as --try-time): \(WallTime.accepted) (default \(TrySettings.defaultMinutes) minutes).",
            valueName: "TIME"))
    var time: String?
    @OptionGroup(title: "Cluster") var cluster: ClusterOption
    @OptionGroup(title: "Try") var options: TryOptions

    func run() throws {
        try Console.reporting {
            let profile = try TryFlow.profile(cluster.cluster)
            let release = ValidateTarget.resolve(nil)
            let data = try ScriptCheck.validated(script, target: release, cluster: profile, otherwise: "nothing was run")
            try TryFlow.run(
                script: String(decoding: data, as: UTF8.self), file: URL(fileURLWithPath: script).standardizedFileURL.path,
                release: release, options: options, cluster: profile, time: time)
        }
    }
}

struct TryDistributed: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "distributed", abstract: "Render `jobgen distributed`'s script and try it.")
    @OptionGroup var rendering: RenderingOptions
    @OptionGroup(title: "Try") var options: TryOptions

    func run() throws {
        try TryFlow.run(kind: .distributed, rendering, options)
    }
}

struct TryWholeNode: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whole-node", abstract: "Render `jobgen whole-node`'s script and try it.")
    @OptionGroup var rendering: RenderingOptions
    @OptionGroup(title: "Try") var options: TryOptions

    func run() throws {
        try TryFlow.run(kind: .wholeNode, rendering, options)
    }
}

struct TryGPU: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gpu", abstract: "Render `jobgen gpu`'s script and try it.")
    @OptionGroup var rendering: RenderingOptions
    @OptionGroup(title: "Try") var options: TryOptions

    func run() throws {
        try TryFlow.run(kind: .gpu, rendering, options)
    }
}
