/// A small recursive-descent parser over bash's grammar: lists, `&&`/`||`, pipelines, simple
/// commands with assignments and redirections, `if`, `for`, `while`, `until`, `case`, `{ }`,
/// `( )`, `[[ ]]`, `(( ))` and functions. It yields every simple command with its context, and
/// stops at the first syntax error, where `bash -n` stops.
struct ShellParser {
    private let tokens: [ShellToken]
    private let heredocs: [ShellHeredoc]
    private var index = 0
    private var heredocIndex = 0
    private var context = ShellCommand.Context()
    private(set) var commands: [ShellCommand] = []
    /// The constructs open around the parser (`if` and where it stands), for an end-of-file error.
    private var open: [(word: String, closer: String, position: SourcePosition)] = []

    /// Reserved words that open a compound command, with the word that closes it.
    private static let openers: [String: String] = [
        "if": "fi", "while": "done", "until": "done", "for": "done", "select": "done", "case": "esac",
        "{": "}",
        "[[": "]]",
    ]

    /// Words that are reserved where a command starts and cannot begin one.
    private static let closers: Set<String> = ["then", "elif", "else", "fi", "do", "done", "esac", "}", "in"]

    init(tokens: [ShellToken], heredocs: [ShellHeredoc]) {
        self.tokens = tokens
        self.heredocs = heredocs
    }

    private var current: ShellToken { tokens[index] }
    private var atEnd: Bool { current.kind == .end }

    private mutating func advance() { if !atEnd { index += 1 } }

    private mutating func skipNewlines() { while current.kind == .newline { advance() } }

    private func unexpected(_ token: ShellToken) -> ShellSyntaxError {
        guard token.kind == .end else {
            return ShellSyntaxError(
                position: token.position, message: "syntax error near unexpected token `\(token.bashName)'")
        }
        guard let innermost = open.last else {
            return ShellSyntaxError(position: token.position, message: "syntax error: unexpected end of file")
        }
        return ShellSyntaxError(
            position: innermost.position,
            message:
                "syntax error: unexpected end of file: `\(innermost.word)' on line \(innermost.position.line) has no `\(innermost.closer)'"
        )
    }

    /// Runs `body` with a construct marked open, for the message when the file ends inside it.
    private mutating func within(
        _ word: String, closer: String, at position: SourcePosition,
        _ body: (inout ShellParser) throws(ShellSyntaxError) -> Void
    ) throws(ShellSyntaxError) {
        open.append((word, closer, position))
        try body(&self)
        open.removeLast()
    }

    mutating func parseProgram() throws(ShellSyntaxError) {
        _ = try parseList { _ in false }
        if !atEnd { throw unexpected(current) }
    }

    /// Commands separated by `;`, `&` or newlines, up to a token `stop` accepts (left unread) or
    /// the end; returns how many and_or lists it read.
    @discardableResult
    private mutating func parseList(stop: (ShellToken) -> Bool) throws(ShellSyntaxError) -> Int {
        var count = 0
        skipNewlines()
        while !atEnd, !stop(current) {
            let first = commands.count
            try parseAndOr()
            count += 1
            if current.isOperator("&") {
                for i in first..<commands.count { commands[i].context.inBackground = true }
                advance()
            } else if current.isOperator(";") {
                advance()
            } else if current.kind == .newline {
                // ends the command
            } else if atEnd || stop(current) {
                break
            } else {
                throw unexpected(current)
            }
            skipNewlines()
        }
        return count
    }

    /// A list that must hold at least one command, ended by one of `words`.
    private mutating func parseBody(until words: Set<String>) throws(ShellSyntaxError) {
        let count = try parseList { $0.kind == .word && words.contains($0.text) }
        if atEnd { throw unexpected(current) }
        if count == 0 { throw unexpected(current) }
    }

    private mutating func parseAndOr() throws(ShellSyntaxError) {
        try parsePipeline()
        while current.isOperator("&&") || current.isOperator("||") {
            advance()
            skipNewlines()
            try parsePipeline()
        }
    }

    private mutating func parsePipeline() throws(ShellSyntaxError) {
        while current.isWord("!") || current.isWord("time") { advance() }
        let first = commands.count
        try parseCommand()
        var piped = false
        while current.isOperator("|") || current.isOperator("|&") {
            piped = true
            advance()
            skipNewlines()
            try parseCommand()
        }
        if piped { for i in first..<commands.count { commands[i].context.inPipeline = true } }
    }

    /// Deeper nesting than any script needs; past it jobgen stops rather than exhaust its stack.
    static let maximumDepth = 256
    private var depth = 0

    private mutating func parseCommand() throws(ShellSyntaxError) {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maximumDepth {
            throw ShellSyntaxError(
                position: current.position,
                message: "commands nested more than \(Self.maximumDepth) deep; jobgen does not read further")
        }
        let token = current
        switch token.kind {
        case .end, .newline:
            throw unexpected(token)
        case .arithmetic:
            advance()
            try parseRedirections()
            return
        case .operator:
            guard token.text == "(" else { throw unexpected(token) }
            advance()
            try within("(", closer: ")", at: token.position) { parser throws(ShellSyntaxError) in
                let saved = parser.context
                parser.context.inSubshell = true
                let count = try parser.parseList { $0.isOperator(")") }
                parser.context = saved
                guard parser.current.isOperator(")"), count > 0 else {
                    throw parser.unexpected(parser.current)
                }
                parser.advance()
            }
            try parseRedirections()
            return
        case .word:
            if Self.closers.contains(token.text) { throw unexpected(token) }
            if let closer = Self.openers[token.text] {
                return try within(token.text, closer: closer, at: token.position) {
                    parser throws(ShellSyntaxError) in
                    switch token.text {
                    case "if": try parser.parseIf()
                    case "while", "until": try parser.parseWhile()
                    case "for", "select": try parser.parseFor()
                    case "case": try parser.parseCase()
                    case "{": try parser.parseBraceGroup()
                    default: try parser.parseConditional()
                    }
                }
            }
            if token.text == "function" { return try parseFunctionKeyword() }
        case .redirection, .ioNumber:
            break
        }
        try parseSimpleCommand()
    }

    private mutating func parseSimpleCommand() throws(ShellSyntaxError) {
        var command = ShellCommand(
            assignments: [], words: [], redirections: [], heredocs: [], context: context,
            position: current.position)
        while true {
            let token = current
            if token.kind == .redirection || token.kind == .ioNumber {
                try parseRedirection(into: &command)
            } else if token.kind == .word {
                let word = ShellCommand.Word(text: token.text, position: token.position)
                if command.words.isEmpty, Self.isAssignment(token.text) {
                    command.assignments.append(word)
                } else {
                    command.words.append(word)
                }
                advance()
                if current.isOperator("(") {
                    // `name()` starts a function; `(` after anything else is an error.
                    guard command.words.count == 1, command.assignments.isEmpty else {
                        throw unexpected(current)
                    }
                    return try parseFunctionBody(named: token.text)
                }
            } else {
                break
            }
        }
        if command.words.isEmpty, command.assignments.isEmpty, command.redirections.isEmpty {
            throw unexpected(current)
        }
        command.cachedProgramIndex = command.findProgramIndex()
        commands.append(command)
    }

    private mutating func parseRedirection(into command: inout ShellCommand) throws(ShellSyntaxError) {
        if current.kind == .ioNumber { advance() }
        let op = current
        guard op.kind == .redirection else { throw unexpected(op) }
        advance()
        guard current.kind == .word else { throw unexpected(current) }
        command.redirections.append(
            (op.text, ShellCommand.Word(text: current.text, position: current.position)))
        if op.text == "<<" || op.text == "<<-", heredocIndex < heredocs.count {
            command.heredocs.append(heredocs[heredocIndex])
            heredocIndex += 1
        }
        advance()
    }

    /// Redirections after a compound command (`done > log`).
    private mutating func parseRedirections() throws(ShellSyntaxError) {
        var ignored = ShellCommand(
            assignments: [], words: [], redirections: [], heredocs: [], context: context,
            position: current.position)
        while current.kind == .redirection || current.kind == .ioNumber {
            try parseRedirection(into: &ignored)
        }
        if !ignored.heredocs.isEmpty {
            // A here-document fed to a compound command (`while read x; do ...; done <<EOF`).
            commands.append(ignored)
        }
    }

    private mutating func expectWord(_ word: String) throws(ShellSyntaxError) {
        guard current.isWord(word) else { throw unexpected(current) }
        advance()
    }

    private mutating func parseIf() throws(ShellSyntaxError) {
        advance()
        while true {
            let saved = context
            context.inCondition = true
            try parseBody(until: ["then"])
            context = saved
            try expectWord("then")
            try parseBody(until: ["elif", "else", "fi"])
            if current.isWord("elif") {
                advance()
                continue
            }
            if current.isWord("else") {
                advance()
                try parseBody(until: ["fi"])
            }
            try expectWord("fi")
            break
        }
        try parseRedirections()
    }

    private mutating func parseWhile() throws(ShellSyntaxError) {
        advance()
        let saved = context
        context.inCondition = true
        context.inLoop = true
        try parseBody(until: ["do"])
        context.inCondition = false
        try parseDoGroup()
        context = saved
        try parseRedirections()
    }

    private mutating func parseDoGroup() throws(ShellSyntaxError) {
        try expectWord("do")
        let saved = context
        context.inLoop = true
        try parseBody(until: ["done"])
        context = saved
        try expectWord("done")
    }

    private mutating func parseFor() throws(ShellSyntaxError) {
        advance()
        if current.kind == .arithmetic {
            advance()
        } else {
            guard current.kind == .word, !Self.closers.contains(current.text) || current.text == "in" else {
                throw unexpected(current)
            }
            advance()
            skipNewlinesIfFollowedBy(["in", "do"])
            if current.isWord("in") {
                advance()
                while current.kind == .word { advance() }
            }
        }
        if current.isOperator(";") {
            advance()
        } else if current.kind != .newline, !current.isWord("do") {
            throw unexpected(current)
        }
        skipNewlines()
        let saved = context
        context.inLoop = true
        try parseDoGroup()
        context = saved
        try parseRedirections()
    }

    private mutating func skipNewlinesIfFollowedBy(_ words: Set<String>) {
        var look = index
        while tokens[look].kind == .newline { look += 1 }
        if tokens[look].kind == .word, words.contains(tokens[look].text) { index = look }
    }

    private mutating func parseCase() throws(ShellSyntaxError) {
        advance()
        guard current.kind == .word else { throw unexpected(current) }
        advance()
        skipNewlines()
        try expectWord("in")
        skipNewlines()
        let saved = context
        context.inCase = true
        while !current.isWord("esac") {
            if current.isOperator("(") { advance() }
            guard current.kind == .word else { throw unexpected(current) }
            advance()
            while current.isOperator("|") {
                advance()
                guard current.kind == .word else { throw unexpected(current) }
                advance()
            }
            guard current.isOperator(")") else { throw unexpected(current) }
            advance()
            try parseList {
                $0.isWord("esac") || $0.isOperator(";;") || $0.isOperator(";&") || $0.isOperator(";;&")
            }
            if current.isOperator(";;") || current.isOperator(";&") || current.isOperator(";;&") {
                advance()
                skipNewlines()
            } else if !current.isWord("esac") {
                throw unexpected(current)
            }
        }
        context = saved
        advance()
        try parseRedirections()
    }

    private mutating func parseBraceGroup() throws(ShellSyntaxError) {
        advance()
        try parseBody(until: ["}"])
        try expectWord("}")
        try parseRedirections()
    }

    /// `[[ ... ]]`: its words and operators are the test's own, read up to `]]`.
    private mutating func parseConditional() throws(ShellSyntaxError) {
        advance()
        while !current.isWord("]]") {
            if atEnd { throw unexpected(current) }
            advance()
        }
        advance()
        try parseRedirections()
    }

    private mutating func parseFunctionKeyword() throws(ShellSyntaxError) {
        advance()
        guard current.kind == .word else { throw unexpected(current) }
        let name = current.text
        advance()
        if current.isOperator("(") {
            return try parseFunctionBody(named: name)
        }
        skipNewlines()
        try parseFunctionCompound(named: name)
    }

    /// After `name`, at `(`: `()` then the function's compound command.
    private mutating func parseFunctionBody(named name: String) throws(ShellSyntaxError) {
        advance()
        guard current.isOperator(")") else { throw unexpected(current) }
        advance()
        skipNewlines()
        try parseFunctionCompound(named: name)
    }

    private mutating func parseFunctionCompound(named name: String) throws(ShellSyntaxError) {
        let token = current
        let compound =
            token.isOperator("(") || token.kind == .arithmetic
            || (token.kind == .word
                && ["{", "if", "while", "until", "for", "case", "[[", "select"].contains(token.text))
        guard compound else { throw unexpected(token) }
        let saved = context
        context.function = name
        try parseCommand()
        context = saved
    }

    /// `NAME=...` or `NAME+=...` with a valid shell name.
    static func isAssignment(_ word: String) -> Bool {
        let utf8 = word.utf8
        guard let equals = utf8.firstIndex(of: UInt8(ascii: "=")), equals != utf8.startIndex else {
            return false
        }
        var name = utf8[..<equals]
        if name.last == UInt8(ascii: "+") { name = name.dropLast() }
        guard let first = name.first, first == UInt8(ascii: "_") || Self.isLetter(first) else { return false }
        return name.allSatisfy { $0 == UInt8(ascii: "_") || Self.isLetter($0) || ($0 >= 0x30 && $0 <= 0x39) }
    }

    private static func isLetter(_ b: UInt8) -> Bool {
        (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z")
    }
}
