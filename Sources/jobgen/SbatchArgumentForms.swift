import JobGenKit

/// sbatch's getopt spellings that swift-argument-parser does not read, rewritten before parsing
/// for every command that takes the kind commands' flags (`commandPaths`):
/// - `-n4`, `-t8:00:00`: a short option with its value attached, as getopt allows;
/// - `--exclusive=user`: an option whose value is optional (moved to the hidden `--exclusive-mode`,
///   as ArgumentParser has no options with an optional value);
/// - `--account=`: an explicitly empty value, passed on so the grammar can name the problem.
/// A value that follows its option (`--run "-n4"`) is never rewritten.
enum SbatchArgumentForms {
    static let kindCommands: Set<String> = ["distributed", "whole-node", "gpu"]
    /// The command paths whose arguments are rewritten: `jobgen KIND`, `jobgen render`, and the
    /// kinds under `explain`, `submit` and `try`, which take the same flags.
    static let commandPaths: [[String]] =
        kindCommands.map { [$0] } + [["render"]]
        + kindCommands.map { ["explain", $0] } + kindCommands.map { ["submit", $0] }
        + kindCommands.map { ["try", $0] }
    /// Short options that take a value: the typed sbatch options' letters.
    static let shortWithValue = Set(
        SbatchField.all.filter { $0.specForm != .flagOrValue }.compactMap(\.short))
    /// Long options that take no value, of every command in `commandPaths`; every other long
    /// option of theirs takes one.
    static let longFlags = Set(
        [
            "--force", "--bare", "--print-spec", "--print-schema", "--wait", "--test-only", "--dry-run",
            "--scale-down", "--help", "--version",
        ] + optionalValues.map { "--" + $0.name })

    /// Options that may go without their value (`--exclusive`, `--exclusive=user`): the value is
    /// handed to the hidden option that carries it (`SbatchOptions.valueKey`).
    static let optionalValues = SbatchField.all.filter { $0.specForm == .flagOrValue }

    static func normalized(_ arguments: [String]) -> [String] {
        guard
            let path = commandPaths.first(where: { arguments.starts(with: $0) && arguments.count > $0.count })
        else { return arguments }
        return path + rewritten(arguments.dropFirst(path.count))
    }

    /// The arguments after the command path, each sbatch form spelled as ArgumentParser reads it.
    private static func rewritten(_ arguments: ArraySlice<String>) -> [String] {
        var result: [String] = []
        var expectsValue = false
        for (index, argument) in zip(arguments.indices, arguments) {
            if expectsValue {
                result.append(argument)
                expectsValue = false
            } else if argument == "--" {
                result += arguments[index...]
                break
            } else if let field = optionalValues.first(where: { argument.hasPrefix("--\($0.name)=") }) {
                result += [
                    "--" + SbatchOptions.valueKey(field), String(argument.dropFirst(field.name.count + 3)),
                ]
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
