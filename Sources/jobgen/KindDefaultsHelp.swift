import JobGenKit

/// The defaults `jobgen KIND --help` says a kind starts from: those of the profile the command
/// would use now (`--cluster` on the same command line, else the usual choice), written as the
/// flags that set them, so help follows the profile rather than a text that can go stale.
/// In the man pages and completion scripts they are the generic profile's.
enum KindDefaultsHelp {
    /// "`what` (defaults on narval: --time 08:00:00 --ntasks 4 ...)."
    static func abstract(_ what: String, kind: JobKind) -> String {
        // ArgumentParser reads every kind's configuration to find the command it runs; the
        // defaults are worked out only where the text is shown.
        guard describesCommands else { return what + "." }
        let (profile, name) = helpAsked ? active : (ClusterProfile.generic, nil)
        let spec = profile.resolve(JobSpec(kind: kind))
        let flags = SbatchField.all.compactMap { field -> String? in
            guard let value = field.value(in: spec) else { return nil }
            return value.specText.isEmpty ? "--\(field.name)" : "--\(field.name) \(value.specText)"
        }
        let source = name.map { "cluster \($0)" } ?? "generic"
        return "\(what) (defaults, \(source): \(flags.joined(separator: " ")))."
    }

    /// Whether this run shows the commands' descriptions: help, or the dump of them that man
    /// pages and completion scripts are made from.
    static let describesCommands: Bool =
        helpAsked
        || CommandLine.arguments.contains {
            ["--experimental-dump-help", "--generate-completion-script"].contains($0)
        }

    /// Whether this run prints a command's help.
    static let helpAsked: Bool = {
        let arguments = CommandLine.arguments.dropFirst()
        return arguments.first == "help" || arguments.contains("-h") || arguments.contains("--help")
    }()

    /// The profile `--cluster` on the command line, or the usual choice, names; the generic one
    /// when none does or it cannot be read (the command itself then says why).
    private static let active: (ClusterProfile, String?) = {
        let arguments = Array(CommandLine.arguments.dropFirst())
        var requested: String?
        for (index, argument) in arguments.enumerated() {
            if argument == "--cluster", index + 1 < arguments.count { requested = arguments[index + 1] }
            if argument.hasPrefix("--cluster=") { requested = String(argument.dropFirst("--cluster=".count)) }
        }
        guard let resources = try? ClusterFiles.resolve(requested),
            let profile = try? ClusterProfile(cluster: resources)
        else { return (.generic, nil) }
        return (profile, resources.name)
    }()
}
