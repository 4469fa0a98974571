import ArgumentParser
import JobGenKit

/// `jobgen explain distributed|whole-node|gpu [flags]`: the script that kind's command would
/// write from the same flags, explained.
protocol ExplainKindCommand: ParsableCommand {
    static var kind: JobKind { get }
    var sbatch: SbatchOptions { get }
    var job: JobOptions { get }
    var options: ExplainOptions { get }
}

extension ExplainKindCommand {
    func run() throws {
        try ExplainReport.run {
            try Console.reporting {
                try ExplainReport.explain(name: "jobgen \(Self.kind)", options: options) {
                    var flags = SpecFlags()
                    sbatch.fill(&flags)
                    job.fill(&flags)
                    let output = try OutputOptions.parse([])
                    let generation = Generation(
                        flags: flags, cluster: options.cluster, kind: Self.kind, output: output, checksFit: false)
                    return Array(try generation.script().utf8)
                }
            }
        }
    }

    static func explainConfiguration(_ kind: JobKind) -> CommandConfiguration {
        CommandConfiguration(
            commandName: kind.rawValue,
            abstract: "Explain the script 'jobgen \(kind)' writes from the same flags.")
    }
}

struct ExplainDistributed: ExplainKindCommand {
    static let kind = JobKind.distributed
    static let configuration = explainConfiguration(kind)
    @OptionGroup(title: "sbatch options") var sbatch: SbatchOptions
    @OptionGroup(title: "Job contents") var job: JobOptions
    @OptionGroup(title: "Explain") var options: ExplainOptions
}

struct ExplainWholeNode: ExplainKindCommand {
    static let kind = JobKind.wholeNode
    static let configuration = explainConfiguration(kind)
    @OptionGroup(title: "sbatch options") var sbatch: SbatchOptions
    @OptionGroup(title: "Job contents") var job: JobOptions
    @OptionGroup(title: "Explain") var options: ExplainOptions
}

struct ExplainGPU: ExplainKindCommand {
    static let kind = JobKind.gpu
    static let configuration = explainConfiguration(kind)
    @OptionGroup(title: "sbatch options") var sbatch: SbatchOptions
    @OptionGroup(title: "Job contents") var job: JobOptions
    @OptionGroup(title: "Explain") var options: ExplainOptions
}
