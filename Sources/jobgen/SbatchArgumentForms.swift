/// sbatch's getopt spellings that swift-argument-parser does not read, rewritten for the
/// generating commands (also after `explain`) before parsing:
/// - `-n4`, `-t8:00:00`: a short option with its value attached, as getopt allows;
/// - `--exclusive=user`: an option whose value is optional (moved to the hidden `--exclusive-mode`);
/// - `--account=`: an explicitly empty value, passed on so the grammar can name the problem.
/// A value that follows its option (`--run "-n4"`) is never rewritten.
enum SbatchArgumentForms {
    static let generatingCommands: Set<String> = ["distributed", "whole-node", "gpu", "render"]
    /// Short options that take a value.
    static let shortWithValue: Set<Character> = [
        "A", "t", "N", "n", "c", "G", "J", "o", "e", "p", "q", "C", "a", "d",
    ]
    /// Long options that take no value; every other long option of the generating commands takes one.
    static let longFlags: Set<String> = [
        "--exclusive", "--force", "--bare", "--print-spec", "--help", "--version",
    ]

    static func normalized(_ arguments: [String]) -> [String] {
        if arguments.first == "explain", arguments.count > 1 {
            return ["explain"] + normalized(Array(arguments.dropFirst()))
        }
        guard let command = arguments.first, generatingCommands.contains(command) else { return arguments }
        var result = [command]
        var expectsValue = false
        for (index, argument) in arguments.enumerated().dropFirst() {
            if expectsValue {
                result.append(argument)
                expectsValue = false
            } else if argument == "--" {
                result += arguments[index...]
                break
            } else if argument.hasPrefix("--exclusive=") {
                result += ["--exclusive-mode", String(argument.dropFirst("--exclusive=".count))]
            } else if argument.hasPrefix("--") {
                if argument.hasSuffix("="), argument.count > 3 {
                    result += [String(argument.dropLast()), ""]
                } else {
                    result.append(argument)
                    expectsValue = !argument.contains("=") && !longFlags.contains(argument)
                }
            } else if argument.count > 2, argument.hasPrefix("-"),
                let letter = argument.dropFirst().first, shortWithValue.contains(letter)
            {
                result += ["-\(letter)", String(argument.dropFirst(2))]
            } else {
                result.append(argument)
                if argument.count == 2, argument.hasPrefix("-"), let letter = argument.last {
                    expectsValue = shortWithValue.contains(letter)
                }
            }
        }
        return result
    }
}
