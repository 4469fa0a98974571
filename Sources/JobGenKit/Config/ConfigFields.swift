/// The keys of jobgen's config file (`config.yaml`), in the form `ProfileShape` checks, and the
/// flat names (`validate.format`) that `jobgen config show` prints, in its order.
public enum ConfigFields {
    static let file: [ProfileField] = [
        .optional(
            "cluster", .text,
            "The cluster profile used when neither --cluster nor JOBGEN_CLUSTER names one: a profile name or a file"),
        .optional("account", .text, "The --account of generated jobs that give none"),
        .optional(
            "modules", .object(of: "modules by job kind", JobKind.allCases.map { kind in
                .optional(kind.rawValue, .texts, "Modules a \(kind) job loads when it names none")
            }), "Modules per job kind"),
        .optional("templates", .text, "A directory of templates overriding the built-in ones by name"),
        .optional(
            "validate", .object(of: "validate settings", [
                .optional("format", .text, "jobgen validate's output: text, json or gcc"),
                .optional("disable", .texts, "Rule codes jobgen validate turns off, such as JG603"),
            ]), "jobgen validate's defaults"),
    ]

    /// Every setting, as `jobgen config show` lists them.
    public static let names: [String] =
        ["cluster", "account"] + JobKind.allCases.map { "modules.\($0.rawValue)" }
        + ["templates", "validate.format", "validate.disable"]
}
