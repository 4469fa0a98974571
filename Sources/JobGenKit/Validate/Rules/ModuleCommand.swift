/// Environment Modules' and Lmod's commands: `module load`, `module add`, `module swap`,
/// `ml NAME` (Lmod's short form of load) and the rest.
enum ModuleCommand {
    /// The modules `command` loads; nil when it is no loading module command (`module purge`,
    /// `ml unload x`, `ml`, `module list`).
    static func loaded(by command: ShellCommand) -> ArraySlice<ShellCommand.Word>? {
        guard let program = command.program else { return nil }
        let name = program.word.unquoted
        guard name == "module" || name == "ml" else { return nil }
        var rest = command.words[(program.index + 1)...].drop { $0.text.hasPrefix("-") }
        guard let first = rest.first?.unquoted else { return nil }
        if loads.contains(first) {
            rest = rest.dropFirst()
        } else if swaps.contains(first) {
            // `module swap old new`, `module swap new`: the last one is loaded.
            rest = rest.dropFirst().suffix(1)
        } else if name == "module" || others.contains(first) {
            return nil
        }
        // `ml a -b c` loads a and c and unloads b.
        let modules = rest.filter { !$0.text.hasPrefix("-") }
        return modules.isEmpty ? nil : modules[...]
    }

    private static let loads: Set<String> = ["load", "add", "try-load", "try-add", "load-any"]
    private static let swaps: Set<String> = ["swap", "switch", "sw"]

    /// Lmod subcommands that `ml` runs rather than loads.
    private static let others: Set<String> = [
        "unload", "del", "delete", "rm", "remove", "purge", "list", "avail", "av", "spider", "show",
        "display",
        "help", "whatis", "keyword", "key", "save", "restore", "savelist", "describe", "disable", "reset",
        "refresh", "update", "use", "unuse", "is-loaded", "is-avail", "tablelist", "overview", "ov", "mt",
        "sl", "r", "s",
    ]
}
