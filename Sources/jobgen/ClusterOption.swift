import ArgumentParser
import JobGenKit

/// `--cluster` of the generating commands: the profile a job is made for.
struct ClusterOption: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The cluster profile whose defaults the job starts from and whose resources the script is checked against: a built-in one (\(BuiltInClusters.names.joined(separator: ", "))), another name 'jobgen cluster list' shows, or a profile file (default: the spec's cluster key, then JOBGEN_CLUSTER, then $CC_CLUSTER, else generic). sbatch's own --clusters is --sbatch clusters=NAME.",
            valueName: "NAME|FILE"),
        completion: Completions.clusterNames)
    var cluster: String?
}
