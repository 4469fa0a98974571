/// How the body rules recognise Python, pip and virtualenv in a command.
enum PythonCommand {
    /// `python`, `python3`, `python3.12` (the name after any directory).
    static func isPython(_ name: Substring) -> Bool { isVersioned(name, "python") }

    /// `pip`, `pip3`, `pip3.12`.
    static func isPip(_ name: Substring) -> Bool { isVersioned(name, "pip") }

    private static func isVersioned(_ name: Substring, _ stem: String) -> Bool {
        name.utf8.starts(with: stem.utf8)
            && name.utf8.dropFirst(stem.utf8.count).allSatisfy {
                $0 == UInt8(ascii: ".") || ($0 >= 0x30 && $0 <= 0x39)
            }
    }

    /// For `python [options] -m NAME ...` at `program`: NAME, and the index of the word after it.
    static func module(of words: [ShellCommand.Word], program: Int) -> (name: Substring, next: Int)? {
        var index = program + 1
        while index < words.count {
            let word = words[index].unquoted[...]
            guard word.hasPrefix("-") else { return nil }
            if word == "-m" {
                return index + 1 < words.count ? (words[index + 1].unquoted[...], index + 2) : nil
            }
            if word.hasPrefix("-m") { return (word.dropFirst(2), index + 1) }
            if word == "-c" { return nil }
            index += word == "-W" || word == "-X" ? 2 : 1
        }
        return nil
    }

    /// pip's subcommand (`install`) and its index, when the command runs pip: `pip`, `pip3`,
    /// `$VENV/bin/pip`, `python -m pip`, also under `srun`.
    static func pipSubcommand(of command: ShellCommand) -> (name: String, index: Int, program: Int)? {
        guard let program = Launcher.programRun(by: command) else { return nil }
        let words = command.words
        var index = program + 1
        let name = words[program].basename
        if isPython(name) {
            guard let module = module(of: words, program: program), module.name == "pip" else { return nil }
            index = module.next
        } else if !isPip(name) {
            return nil
        }
        while index < words.count {
            let word = words[index].unquoted
            guard word.hasPrefix("-") else { return (word, index, program) }
            index += pipValueOptions.contains(word) ? 2 : 1
        }
        return nil
    }

    /// pip's general options that take a value as the next word.
    private static let pipValueOptions: Set<String> = [
        "--proxy", "--log", "--log-file", "--cache-dir", "--timeout", "--retries", "--exists-action",
        "--trusted-host", "--cert", "--client-cert", "--python", "--use-feature", "--use-deprecated",
    ]

    /// When the command creates a virtualenv (`virtualenv DIR`, `python -m venv DIR`, `python -m
    /// virtualenv DIR`): the index of the program word, and which tool (`virtualenv`, `venv`).
    static func createsVirtualenv(_ command: ShellCommand) -> (program: Int, tool: Substring)? {
        guard let program = Launcher.programRun(by: command) else { return nil }
        let name = command.words[program].basename
        if name == "virtualenv" { return (program, name) }
        guard isPython(name), let module = module(of: command.words, program: program),
            module.name == "venv" || module.name == "virtualenv"
        else { return nil }
        return (program, module.name)
    }
}
