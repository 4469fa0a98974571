/// A batch script's text as bash reads it: its simple commands with their context, its
/// here-documents, and the first syntax error, if any (where `bash -n` stops).
public struct ShellScript: Sendable {
    public let commands: [ShellCommand]
    let heredocs: [ShellHeredoc]
    /// Lines inside a word that spans several (a quoted string, `$(...)`), after its first.
    let wordLines: [ClosedRange<Int>]
    public let syntaxError: ShellSyntaxError?

    public init(bytes: [UInt8]) {
        let lexer = ShellLexer.tokens(of: bytes)
        var parser = ShellParser(tokens: lexer.tokens, heredocs: lexer.heredocs)
        var parseError: ShellSyntaxError?
        do throws(ShellSyntaxError) {
            try parser.parseProgram()
        } catch {
            parseError = error
        }
        var commands = parser.commands
        if commands.contains(where: { $0.context.function != nil }) {
            let names = Set(commands.compactMap { $0.words.first?.text })
            for index in commands.indices {
                if let function = commands[index].context.function {
                    commands[index].context.functionIsCalled = names.contains(function)
                }
            }
        }
        self.commands = commands
        heredocs = lexer.heredocs
        wordLines = lexer.wordLines
        // An unterminated quote ends the file early: bash reports it, not what follows.
        syntaxError = lexer.error ?? parseError
    }

    public init(text: String) { self.init(bytes: Array(text.utf8)) }
}

extension ShellScript {
    /// Here-documents the file ended inside: bash warns, and the command reads the rest.
    var unclosedHeredocs: [ShellHeredoc] { heredocs.filter { !$0.closed } }

    /// Lines that are text handed to a command rather than commands: here-document bodies and
    /// the later lines of a quoted string or substitution that spans lines.
    func isText(line: Int) -> Bool {
        heredocs.contains { $0.body?.contains(line) == true } || wordLines.contains { $0.contains(line) }
    }

    /// Where each here-document that the file ended inside was opened.
    public var unclosedHeredocOpeners: [SourcePosition] { unclosedHeredocs.map(\.opener) }
}
