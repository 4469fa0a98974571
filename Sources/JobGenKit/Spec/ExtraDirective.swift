/// An sbatch option jobgen has no flag for, passed through as `--sbatch KEY=VALUE` (or `KEY` for
/// an option without a value) and written as `#SBATCH --KEY=VALUE`.
public struct ExtraDirective: Sendable, Equatable, CustomStringConvertible {
    public let name: String
    public let value: String?

    static let accepted = "KEY=VALUE or KEY, KEY an sbatch long option without its dashes"

    /// The sbatch options jobgen has typed flags for; passing them through would bypass their
    /// checks and could contradict them.
    static let ownFlags: Set<String> = [
        "account", "time", "nodes", "ntasks", "ntasks-per-node", "cpus-per-task", "mem", "mem-per-cpu",
        "mem-per-gpu", "gpus", "gpus-per-node", "gres", "job-name", "output", "error", "partition", "qos",
        "constraint", "array", "dependency", "mail-type", "mail-user", "exclusive",
    ]

    /// Parses `KEY=VALUE`. The option name is checked for shape and the value as a plain word;
    /// checking KEY against sbatch's option table comes with the validator's table.
    public init(_ text: String, field: String = "--sbatch") throws(SpecError) {
        let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        var key = Substring(parts[0])
        while key.hasPrefix("-") { key = key.dropFirst() }
        let shapeOK =
            !key.isEmpty
            && key.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
            }
        guard shapeOK else {
            throw SpecError(
                field: field, value: text, reason: "'\(parts[0])' is not an sbatch long option name",
                accepted: Self.accepted, example: "reservation=maint")
        }
        if parts.count == 2 {
            do { _ = try SlurmWord(slurm: String(parts[1])) } catch {
                throw SpecError(
                    field: field, value: text, reason: "its value: \(error.reason)", accepted: Self.accepted,
                    example: "reservation=maint")
            }
        }
        if Self.ownFlags.contains(String(key)) {
            throw SpecError(
                field: field, value: text, reason: "jobgen has its own flag for it: use --\(key)",
                accepted: "an sbatch option jobgen has no flag for", example: "reservation=maint")
        }
        name = String(key)
        value = parts.count == 2 ? String(parts[1]) : nil
    }

    /// `KEY=VALUE` or `KEY`, as given on the command line.
    public var description: String { value.map { "\(name)=\($0)" } ?? name }
}
