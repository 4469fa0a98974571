/// `--cpus-per-task`/`-c`: a `PositiveCount` whose 32-bit wrap-around must be at least 1. sbatch
/// checks the `int` it kept ("invalid number of cpus per task (-c 0)" for `4294967296`), while
/// `4294967297` wraps to 1 and is accepted (a warning; the generator refuses it).
public struct CPUsPerTaskCount: SlurmValue {
    public let count: PositiveCount
    public var notes: [String] { count.notes }
    public var generatorRefusal: String? { count.generatorRefusal }

    public static let accepted = PositiveCount.accepted
    public static let example = PositiveCount.example

    public init(slurm text: String) throws(GrammarError) {
        count = try PositiveCount(
            slurm: text, smallestWrapped: 1, refusedAs: "sbatch: invalid number of cpus per task")
    }

    public var description: String { count.description }
}
