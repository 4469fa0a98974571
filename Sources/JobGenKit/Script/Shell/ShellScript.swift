/// A batch script's text as bash reads it: its simple commands with their context, its
/// here-documents, and the first syntax error, if any (where `bash -n` stops).
public struct ShellScript: Sendable {
    public let commands: [ShellCommand]
    let heredocs: [ShellHeredoc]
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
        commands = parser.commands
        heredocs = lexer.heredocs
        // An unterminated quote ends the file early: bash reports it, not what follows.
        syntaxError = lexer.error ?? parseError
    }

    public init(text: String) { self.init(bytes: Array(text.utf8)) }
}

extension ShellScript {
    /// Here-documents the file ended inside: bash warns, and the command reads the rest.
    var unclosedHeredocs: [ShellHeredoc] { heredocs.filter { !$0.closed } }

    /// Where each here-document that the file ended inside was opened.
    public var unclosedHeredocOpeners: [SourcePosition] { unclosedHeredocs.map(\.opener) }
}
