/// Splits a script into bash's tokens: blanks and comments skipped, quotes (`'...'`, `"..."`,
/// `$'...'`), backslashes, line continuations, `$(...)`, backticks, `$((...))` and `${...}` kept
/// inside their word, operators and redirections, and here-document bodies read after the line
/// that opens them. The first unterminated quote or expansion ends the file as bash does.
struct ShellLexer {
    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0
    private var pending: [ShellHeredoc] = []
    private(set) var tokens: [ShellToken] = []
    private(set) var heredocs: [ShellHeredoc] = []
    /// Lines inside a word that spans several (a quoted string, `$(...)`), after its first line.
    private(set) var wordLines: [ClosedRange<Int>] = []
    /// An unterminated quote or expansion, as bash reports it.
    private(set) var error: ShellSyntaxError?

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    static func tokens(of bytes: [UInt8]) -> ShellLexer {
        var lexer = ShellLexer(bytes)
        lexer.run()
        return lexer
    }

    private var column: Int { index - lineStart + 1 }

    private func byte(_ offset: Int = 0) -> UInt8? {
        index + offset < bytes.count ? bytes[index + offset] : nil
    }

    private mutating func advance() {
        if bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        index += 1
    }

    private mutating func run() {
        while error == nil {
            skipBlanks()
            guard let current = byte() else { break }
            let start = (line, column)
            switch current {
            case UInt8(ascii: "\n"):
                advance()
                tokens.append(ShellToken(kind: .newline, text: "\n", line: start.0, column: start.1))
                readHeredocBodies()
            case UInt8(ascii: "#"):
                while let b = byte(), b != 0x0A { index += 1 }
            default:
                if let op = operatorAt(), !startsProcessSubstitution {
                    lexOperator(op, start)
                } else {
                    lexWord(start)
                }
            }
        }
        if error == nil, !pending.isEmpty { readHeredocBodies() }
        tokens.append(ShellToken(kind: .end, text: "", line: line, column: column))
    }

    private mutating func skipBlanks() {
        while let b = byte() {
            if b == 0x20 || b == 0x09 {
                index += 1
            } else if b == UInt8(ascii: "\\"), byte(1) == 0x0A {
                advance()
                advance()
            } else {
                break
            }
        }
    }

    private static let operators: [[UInt8]] = [
        ";;&", "<<<", "<<-", "&>>", "&&", "||", "|&", ";;", ";&", "<<", ">>", "<&", ">&", "<>", ">|", "&>",
        ";", "&",
        "|", "(", ")", "<", ">",
    ].map { Array($0.utf8) }

    private func operatorAt() -> [UInt8]? {
        guard let first = byte(), Self.operatorStart(first) else { return nil }
        return Self.operators.first { op in
            op.indices.allSatisfy { byte($0) == op[$0] }
        }
    }

    private static func operatorStart(_ b: UInt8) -> Bool {
        b == UInt8(ascii: ";") || b == UInt8(ascii: "&") || b == UInt8(ascii: "|") || b == UInt8(ascii: "(")
            || b == UInt8(ascii: ")") || b == UInt8(ascii: "<") || b == UInt8(ascii: ">")
    }

    private mutating func lexOperator(_ op: [UInt8], _ start: (Int, Int)) {
        let text = String(decoding: op, as: UTF8.self)
        // `((` where a command starts is arithmetic, read to its matching `))`.
        if text == "(", byte(1) == UInt8(ascii: "("), atCommandStart {
            index += 2
            guard skipBalanced(open: UInt8(ascii: "("), close: UInt8(ascii: ")"), depth: 2) else {
                return unterminated("`('", start)
            }
            tokens.append(ShellToken(kind: .arithmetic, text: "((", line: start.0, column: start.1))
            return
        }
        index += op.count
        let isRedirection =
            op.first == UInt8(ascii: "<") || op.first == UInt8(ascii: ">") || text == "&>"
            || text == "&>>"
        tokens.append(
            ShellToken(
                kind: isRedirection ? .redirection : .operator, text: text, line: start.0, column: start.1))
        if text == "<<" || text == "<<-" { lexHeredocWord(stripsTabs: text == "<<-", opener: start) }
    }

    private var startsProcessSubstitution: Bool {
        (byte() == UInt8(ascii: "<") || byte() == UInt8(ascii: ">")) && byte(1) == UInt8(ascii: "(")
    }

    /// After a newline, `;`, `&`, `|`, `(`, `)` or a reserved word that takes a command.
    private var atCommandStart: Bool {
        guard let last = tokens.last else { return true }
        switch last.kind {
        case .newline, .operator: return true
        case .word:
            return ["do", "then", "else", "elif", "if", "while", "until", "{", "!", "time", "for"].contains(
                last.text)
        default: return false
        }
    }

    private mutating func lexHeredocWord(stripsTabs: Bool, opener: (Int, Int)) {
        skipBlanks()
        guard let b = byte(), b != 0x0A, operatorAt() == nil else { return }
        let start = (line, column)
        let from = index
        lexWord(start)
        guard error == nil else { return }
        let quoted = bytes[from..<index].contains {
            $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\")
        }
        var delimiter: [UInt8] = []
        for b in bytes[from..<index]
        where b != UInt8(ascii: "'") && b != UInt8(ascii: "\"") && b != UInt8(ascii: "\\") {
            delimiter.append(b)
        }
        pending.append(
            ShellHeredoc(
                opener: SourcePosition(line: opener.0, column: opener.1),
                delimiter: String(decoding: delimiter, as: UTF8.self), stripsTabs: stripsTabs,
                quoted: quoted, body: nil, closed: false, indentedEnd: nil))
    }

    /// Reads the bodies of the here-documents opened on the line just ended, in order.
    private mutating func readHeredocBodies() {
        let delimiters = pending
        pending = []
        for var heredoc in delimiters {
            let wanted = Array(heredoc.delimiter.utf8)
            let firstLine = line
            while index < bytes.count {
                let end = bytes[index...].firstIndex(of: 0x0A) ?? bytes.count
                var text = bytes[index..<end]
                if heredoc.stripsTabs { text = text.drop { $0 == 0x09 } }
                let thisLine = line
                index = end
                if index < bytes.count { advance() }
                if text.elementsEqual(wanted) {
                    heredoc.closed = true
                    heredoc.body = thisLine > firstLine ? firstLine...(thisLine - 1) : nil
                    break
                }
                if heredoc.indentedEnd == nil,
                    text.drop(while: { $0 == 0x20 || $0 == 0x09 }).elementsEqual(wanted)
                {
                    heredoc.indentedEnd = thisLine
                }
            }
            if !heredoc.closed { heredoc.body = line > firstLine ? firstLine...(line - 1) : nil }
            heredocs.append(heredoc)
        }
    }

    private mutating func lexWord(_ start: (Int, Int)) {
        let from = index
        while let b = byte() {
            if b == UInt8(ascii: "("),
                ShellParser.isAssignment(String(decoding: bytes[from..<index], as: UTF8.self)),
                bytes[index - 1] == UInt8(ascii: "=")
            {
                // An array assignment, `names=(a b c)`: the list is part of the word.
                let open = (line, column)
                index += 1
                guard skipBalanced(open: UInt8(ascii: "("), close: UInt8(ascii: ")"), depth: 1) else {
                    return unterminated("`)'", open)
                }
                continue
            }
            if startsProcessSubstitution {
                // `<(cmd)` and `>(cmd)` are words, not redirections.
                let open = (line, column)
                index += 2
                guard skipBalanced(open: UInt8(ascii: "("), close: UInt8(ascii: ")"), depth: 1) else {
                    return unterminated("`)'", open)
                }
                continue
            }
            if b == 0x20 || b == 0x09 || b == 0x0A || Self.operatorStart(b) { break }
            switch b {
            case UInt8(ascii: "\\"):
                index += 1
                if byte() != nil { advance() }
            case UInt8(ascii: "'"):
                let quote = (line, column)
                index += 1
                guard skip(until: UInt8(ascii: "'")) else { return unterminated("`''", quote) }
            case UInt8(ascii: "\""):
                let quote = (line, column)
                index += 1
                guard skipDoubleQuoted() else { return unterminated("`\"'", quote) }
            case UInt8(ascii: "`"):
                let quote = (line, column)
                index += 1
                guard skipBackquoted() else { return unterminated("``'", quote) }
            case UInt8(ascii: "$"):
                guard skipDollar() else { return }
            default:
                index += 1
            }
        }
        if line > start.0 { wordLines.append((start.0 + 1)...line) }
        let word = bytes[from..<index]
        let isIONumber =
            !word.isEmpty && word.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
            && (byte() == UInt8(ascii: "<") || byte() == UInt8(ascii: ">"))
        tokens.append(
            ShellToken(
                kind: isIONumber ? .ioNumber : .word, text: String(decoding: word, as: UTF8.self),
                line: start.0,
                column: start.1))
    }

    /// Past the next `close` (line breaks allowed); false at the end of the file.
    private mutating func skip(until close: UInt8) -> Bool {
        while let b = byte() {
            advance()
            if b == close { return true }
        }
        return false
    }

    private mutating func skipDoubleQuoted() -> Bool {
        while let b = byte() {
            switch b {
            case UInt8(ascii: "\""):
                index += 1
                return true
            case UInt8(ascii: "\\"):
                index += 1
                if byte() != nil { advance() }
            case UInt8(ascii: "`"):
                index += 1
                guard skipBackquoted() else { return false }
            case UInt8(ascii: "$"):
                guard skipDollar() else { return false }
            default:
                advance()
            }
        }
        return false
    }

    private mutating func skipBackquoted() -> Bool { skipEscaped(until: UInt8(ascii: "`")) }

    /// Past the next `close` that no backslash escapes; false at the end of the file.
    private mutating func skipEscaped(until close: UInt8) -> Bool {
        while let b = byte() {
            if b == UInt8(ascii: "\\") {
                index += 1
                if byte() != nil { advance() }
                continue
            }
            advance()
            if b == close { return true }
        }
        return false
    }

    /// `$'...'`, `$(...)`, `$((...))`, `${...}`, or a plain `$`; false (with the error set) when
    /// the construct never closes.
    private mutating func skipDollar() -> Bool {
        let start = (line, column)
        index += 1
        switch byte() {
        case UInt8(ascii: "'"):
            index += 1
            if skipEscaped(until: UInt8(ascii: "'")) { return true }
            unterminated("`''", start)
            return false
        case UInt8(ascii: "("):
            index += 1
            guard skipBalanced(open: UInt8(ascii: "("), close: UInt8(ascii: ")"), depth: 1) else {
                unterminated("`)'", start)
                return false
            }
            return true
        case UInt8(ascii: "{"):
            index += 1
            guard skipBalanced(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), depth: 1) else {
                unterminated("`}'", start)
                return false
            }
            return true
        default:
            return true
        }
    }

    /// Past the `close` that brings `depth` to zero, with quotes and nested expansions skipped.
    private mutating func skipBalanced(open: UInt8, close: UInt8, depth: Int) -> Bool {
        var depth = depth
        while let b = byte() {
            switch b {
            case UInt8(ascii: "\\"):
                index += 1
                if byte() != nil { advance() }
            case UInt8(ascii: "'"):
                index += 1
                guard skip(until: UInt8(ascii: "'")) else { return false }
            case UInt8(ascii: "\""):
                index += 1
                guard skipDoubleQuoted() else { return false }
            case UInt8(ascii: "`"):
                index += 1
                guard skipBackquoted() else { return false }
            case UInt8(ascii: "#") where open == UInt8(ascii: "(") && Self.startsComment(bytes, index):
                while let c = byte(), c != 0x0A { index += 1 }
            default:
                advance()
                if b == open {
                    depth += 1
                } else if b == close {
                    depth -= 1
                    if depth == 0 { return true }
                }
            }
        }
        return false
    }

    /// A `#` after a blank or a line break starts a comment inside `$( )` too.
    private static func startsComment(_ bytes: [UInt8], _ index: Int) -> Bool {
        index == 0 || bytes[index - 1] == 0x20 || bytes[index - 1] == 0x09 || bytes[index - 1] == 0x0A
    }

    private mutating func unterminated(_ what: String, _ start: (Int, Int)) {
        guard error == nil else { return }
        error = ShellSyntaxError(
            position: SourcePosition(line: start.0, column: start.1),
            message: "unexpected EOF while looking for matching \(what)")
        index = bytes.count
    }
}
