/// `--ntasks`/`-n`: a `PositiveCount` whose 32-bit wrap-around must not be negative. sbatch checks
/// the `int` it kept: `2147483648` is "invalid number of tasks (-n -2147483648)", while
/// `4294967296` wraps to 0 and is submitted with 0 tasks (a warning; the generator refuses it).
public struct TaskCount: SlurmValue {
    public let count: PositiveCount
    public var notes: [String] { count.notes }
    public var generatorRefusal: String? { count.generatorRefusal }

    public static let accepted = PositiveCount.accepted
    public static let example = PositiveCount.example

    public init(slurm text: String) throws(GrammarError) {
        count = try PositiveCount(
            slurm: text, smallestWrapped: 0, refusedAs: "sbatch: invalid number of tasks")
    }

    public var description: String { count.description }
}
