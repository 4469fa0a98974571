/// A here-document that a shell reads as its script (`bash << EOF`, `srun ... bash << EOF`).
struct HeredocShellScript {
    /// The command that feeds it.
    var feeder: ShellCommand
    /// True when a launcher runs that shell (`srun ... bash`): on the job's tasks, not just here.
    var launched: Bool
    /// The body's commands as that shell reads them, at their places in the file.
    var commands: [ShellCommand]
}

extension BatchScript {
    static let shells: Set<Substring> = ["bash", "sh", "zsh", "ksh", "dash"]

    /// The here-documents fed to a shell as its script, in order; with `mentioning`, only those
    /// whose text has one of these words (the others are not parsed).
    func heredocShellScripts(mentioning needles: [String] = []) -> [HeredocShellScript] {
        // A command's here-documents are among the script's: most scripts have none to look for.
        guard let shell, !shell.heredocs.isEmpty else { return [] }
        return shell.commands.compactMap { command in
            guard let heredoc = command.heredocs.last, let body = heredoc.body, let program = command.program,
                needles.isEmpty
                    || lines[(body.lowerBound - 1)..<body.upperBound].contains(where: { line in
                        needles.contains { line.containsBytes($0) }
                    })
            else { return nil }
            var shellIndex = program.index
            let launcher = Launcher.launcher(of: command)
            if let launcher, let payload = Launcher.options(of: command, launcher: launcher).payload {
                shellIndex = payload
            }
            guard Self.shells.contains(command.words[shellIndex].basename),
                Self.readsScriptFromInput(command.words[(shellIndex + 1)...])
            else { return nil }
            let text = lines[(body.lowerBound - 1)..<body.upperBound].joined(separator: "\n") + "\n"
            let inner = ShellScript(text: text).commands.map { $0.shifted(by: body.lowerBound - 1) }
            return HeredocShellScript(feeder: command, launched: launcher != nil, commands: inner)
        }
    }

    /// Whether a shell with these arguments reads its script from standard input: no `-c` and no
    /// script file, unless `-s`.
    private static func readsScriptFromInput(_ arguments: ArraySlice<ShellCommand.Word>) -> Bool {
        var options = true
        for word in arguments {
            let text = word.unquoted
            if options, text.hasPrefix("-") || text.hasPrefix("+") {
                if text == "-c" { return false }
                if text == "-s" { return true }
                if text == "--" { options = false }
                continue
            }
            return false
        }
        return true
    }

    /// The commands of the body and of the here-documents fed to a shell, for the rules about
    /// what runs on a compute node wherever the script says it.
    func commandsWithHeredocScripts(mentioning needles: [String]) -> [ShellCommand] {
        let outer = shell?.commands ?? []
        let scripts = heredocShellScripts(mentioning: needles)
        return scripts.isEmpty ? outer : outer + scripts.flatMap(\.commands)
    }
}

extension ShellCommand {
    /// The command moved down `lines` lines.
    fileprivate func shifted(by lines: Int) -> ShellCommand {
        var moved = self
        moved.position.line += lines
        for i in moved.words.indices { moved.words[i].position.line += lines }
        for i in moved.assignments.indices { moved.assignments[i].position.line += lines }
        return moved
    }
}
