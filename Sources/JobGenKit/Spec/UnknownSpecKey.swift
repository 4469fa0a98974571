/// The error for a spec key jobgen does not know: the closest real key when one is near
/// (`acount` → `account`), the way to pass an sbatch option jobgen has no key for, and every
/// accepted key.
enum UnknownSpecKey {
    static func error(_ key: String) -> SpecError {
        let accepted = JobSpec.keys.joined(separator: ", ")
        let dashed = key.lowercased().replacingOccurrences(of: "_", with: "-")
        if let closest = closestKey(to: dashed) {
            return SpecError(
                field: key, value: "", reason: "not a spec key; did you mean `\(closest)`?",
                accepted: accepted, example: "\(closest): \(JobSpec.example(closest)!)",
                exampleStandsAlone: true)
        }
        if let option = OptionTable.newest.option(named: dashed) {
            let example = SbatchField.named(option.name)?.example ?? option.grammar.example ?? "value"
            let value = option.argument == .none ? "" : "=\(example)"
            return SpecError(
                field: key, value: "",
                reason:
                    "not a spec key; --\(option.name) is an sbatch option jobgen has no key for, pass it in the sbatch list",
                accepted: accepted, example: "sbatch: [\"\(option.name)\(value)\"]", exampleStandsAlone: true)
        }
        return SpecError(
            field: key, value: "", reason: "not a spec key", accepted: accepted,
            example: "time: \(JobSpec.example("time")!)", exampleStandsAlone: true)
    }

    /// The key a typo most likely meant: the same key with `_` for `-` or other case, else the
    /// one within a small edit distance (a third of the name's length, at most 3).
    static func closestKey(to name: String) -> String? {
        if JobSpec.keys.contains(name) { return name }
        let limit = max(1, min(3, name.count / 3))
        return JobSpec.keys
            .map { (key: $0, distance: OptionTable.editDistance(name, $0)) }
            .filter { $0.distance <= limit }
            .min { $0.distance != $1.distance ? $0.distance < $1.distance : $0.key < $1.key }?
            .key
    }
}
