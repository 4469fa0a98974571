import ArgumentParser
import JobGenKit

/// What every form of `jobgen explain` takes: the cluster to weigh the job against, the Slurm
/// release to read it for, and the output format.
struct ExplainOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The cluster profile for fit and charge: a built-in one (\(BuiltInClusters.names.joined(separator: ", "))) or a file from 'jobgen cluster import' (default: JOBGEN_CLUSTER, then $CC_CLUSTER).",
            valueName: "NAME|FILE"),
        completion: Completions.clusterNames)
    var cluster: String?

    @Option(
        name: .customLong("slurm-version"),
        help: ArgumentHelp(
            "The Slurm release to read the script for (default: the sbatch on PATH, else \(SlurmVersion.newestKnown)).",
            valueName: "X.Y"),
        completion: Completions.slurmReleases)
    var slurmVersion: String?

    @Option(
        name: .long, help: ArgumentHelp("Output format: text or json.", valueName: "text|json"),
        completion: .list(["text", "json"]))
    var format = "text"

    enum Format: String { case text, json }

    /// `--format`, checked.
    func outputFormat() throws(ValidateUsageError) -> Format {
        guard let format = Format(rawValue: format) else {
            throw ValidateUsageError(
                "invalid value '\(format)' for --format; accepted: text, json; example: --format json")
        }
        return format
    }

    /// `--slurm-version`, checked, else the installed sbatch's release, else the newest known.
    func release() throws(ValidateUsageError) -> SlurmVersion {
        guard let slurmVersion else { return ValidateTarget.resolve(nil) }
        return try ValidateRequest.release(slurmVersion)
    }
}
