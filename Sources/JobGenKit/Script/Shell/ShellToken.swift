/// One token of bash's grammar, with where it starts (1-based line, byte column).
struct ShellToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// A word, quotes and expansions kept as written (`"$HOME"/x`, `$(date)`).
        case word
        /// `;` `&` `&&` `||` `|` `|&` `;;` `;&` `;;&` `(` `)`.
        case `operator`
        /// `<` `>` `>>` `<<` `<<-` `<<<` `<&` `>&` `<>` `>|` `&>` `&>>`.
        case redirection
        /// The digits of `2>` in `2>&1`.
        case ioNumber
        /// `(( ... ))`, an arithmetic command.
        case arithmetic
        case newline
        case end
    }

    var kind: Kind
    var text: String
    var line: Int
    var column: Int

    var position: SourcePosition { SourcePosition(line: line, column: column) }

    func isWord(_ word: String) -> Bool { kind == .word && text == word }
    func isOperator(_ op: String) -> Bool { kind == .operator && text == op }

    /// How bash names the token in "syntax error near unexpected token `X'".
    var bashName: String {
        switch kind {
        case .newline: "newline"
        case .end: "end of file"
        default: text
        }
    }
}

/// A here-document: the operator that opened it, its end word, and the lines of its body.
struct ShellHeredoc: Sendable, Equatable {
    /// Where `<<` stands.
    var opener: SourcePosition
    var delimiter: String
    /// `<<-`: leading tabs are stripped from the body and the end line.
    var stripsTabs: Bool
    /// The end word was quoted (`<<'EOF'`): the body is taken as it is; else the shell expands
    /// `$VAR`, `$(...)` and backticks in it first.
    var quoted: Bool = false
    /// The first and last line of the body (empty when it has none).
    var body: ClosedRange<Int>?
    /// False when the file ended first: bash warns and feeds the rest of the file to the command.
    var closed: Bool
    /// An indented line holding just the end word, which closes nothing (bash wants it at
    /// column 1, or after tabs with `<<-`).
    var indentedEnd: Int?
}

/// The first place bash's parser stops (`bash -n` fails there).
public struct ShellSyntaxError: Error, Sendable, Equatable {
    public var position: SourcePosition
    /// What bash says, without its "line N:" prefix.
    public var message: String
}
