import ArgumentParser
import Foundation
import JobGenKit

/// `jobgen explain`: a script's request at a glance, whether the cluster can run it, and its
/// charge; also a rule's page (`jobgen explain JG201`, as `validate --explain`).
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain what a batch script asks, where it can run and what it costs.",
        usage: """
            jobgen explain SCRIPT|- [--cluster NAME|FILE] [--slurm-version X.Y] [--format text|json]
              jobgen explain distributed|whole-node|gpu [the kind's flags] [--cluster NAME|FILE] [--format text|json]
              jobgen explain CODE
            """,
        discussion: """
            Shows the job's shape (nodes x tasks x CPUs per task), its memory per node against each \
            node type's usable memory, its GPUs and walltime; with a cluster profile, the node types \
            and partitions that can run it, or the refusal sbatch would print, and the charge at the \
            time limit with the billing formula and the figures plugged in: core-equivalent-hours \
            (max(cores, memory / 4G) on the Alliance) or RGU-hours for GPU jobs. A profile without \
            billing gives no charge.

            A kind (distributed, whole-node, gpu) with that command's flags explains the script \
            'jobgen KIND' would write. A rule code (JG201) prints the rule's page.

            Exit status: 0 the cluster can run the job (or no cluster is named), 1 sbatch would \
            refuse it, 2 bad usage or a script that cannot be read, 65 a cluster profile that \
            cannot be used.

            Examples:
              jobgen explain job.sh --cluster narval
              jobgen explain gpu --gpus-per-node a100:1 --cluster narval --format json
              cat job.sh | jobgen explain - --cluster fir
              jobgen explain JG201
            """,
        subcommands: [ExplainScript.self, ExplainDistributed.self, ExplainWholeNode.self, ExplainGPU.self],
        defaultSubcommand: ExplainScript.self)
}

/// `jobgen explain SCRIPT` (or a rule code).
struct ExplainScript: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "script", abstract: "Explain a batch script ('-' reads standard input), or a rule code.")

    @Argument(
        help: ArgumentHelp(
            "A batch script, '-' for standard input, or a rule code (JG201).", valueName: "SCRIPT"),
        completion: Completions.scriptOrRuleCode)
    var target: String

    @OptionGroup var options: ExplainOptions

    func run() throws {
        try ExplainReport.run {
            if let page = try RulePage.page(ifCode: target) {
                print(page, terminator: "")
                return
            }
            try ExplainReport.explain(name: target == "-" ? "standard input" : target, options: options) {
                try Self.read(target)
            }
        }
    }

    /// The script's bytes: a file, or standard input for '-'.
    private static func read(_ path: String) throws(ValidateUsageError) -> [UInt8] {
        if path == "-" { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
        switch ScriptInputs.contents(of: path) {
        case .success(let bytes): return bytes
        case .failure(let reason):
            throw ValidateUsageError(
                "cannot read '\(path)': \(reason); give a batch script, '-' for standard input, a kind (distributed, whole-node, gpu) or a rule code (JG201)"
            )
        }
    }
}
