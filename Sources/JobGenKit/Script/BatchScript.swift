/// A batch script read exactly as sbatch reads it: the file-level checks sbatch makes, the
/// directive block and its arguments after getopt_long, and the body after the block.
public struct BatchScript: Sendable {
    /// A comment line that looks like a directive but that sbatch ignores.
    public struct Lookalike: Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            /// `  #SBATCH`: not at column 1.
            case indented
            /// `# SBATCH`: a space after the `#`.
            case spaced
            /// `#sbatch`, `#Sbatch`: wrong case.
            case wrongCase
        }
        public var kind: Kind
        public var position: SourcePosition

        public init(kind: Kind, position: SourcePosition) {
            self.kind = kind
            self.position = position
        }
    }

    /// What was read. It lives in one immutable box (`contents`): the rules and the validator
    /// pass a script around by value, and copying a dozen arrays and strings cost a dozen
    /// reference counts each time.
    private struct Read: Sendable {
        let name: String
        let release: SlurmVersion
        let isBlank: Bool
        let hasShebang: Bool
        let firstNul: SourcePosition?
        let crlfLines: [Int]
        let firstInvalidUTF8: SourcePosition?
        let lines: [String]
        let directiveLines: [DirectiveLine]
        let arguments: [DirectiveArgument]
        let firstCommandLine: Int?
        let lateDirectives: [SourcePosition]
        let lookalikes: [Lookalike]
        let options: [OptionUse]
        let valueChecks: [ValueCheck]
        let shell: ShellScript?
    }

    private final class Contents: Sendable {
        let read: Read
        init(_ read: Read) { self.read = read }
    }

    private let contents: Contents

    /// The name diagnostics use: a path, or `-` for standard input.
    public var name: String { contents.read.name }
    /// The Slurm release whose sbatch option table the directives were read with.
    public var release: SlurmVersion { contents.read.release }
    /// True when the script has no characters other than whitespace.
    public var isBlank: Bool { contents.read.isBlank }
    /// True when the first two bytes are `#!`.
    public var hasShebang: Bool { contents.read.hasShebang }
    /// The first NUL byte, if any.
    public var firstNul: SourcePosition? { contents.read.firstNul }
    /// Lines that end in CR LF.
    public var crlfLines: [Int] { contents.read.crlfLines }
    /// The first byte that is not valid UTF-8, if any.
    public var firstInvalidUTF8: SourcePosition? { contents.read.firstInvalidUTF8 }
    /// Every line's text (invalid UTF-8 replaced), without the line break; `lines[0]` is line 1.
    public var lines: [String] { contents.read.lines }
    /// The `#SBATCH`/`#SLURM` lines sbatch reads, in order.
    public var directiveLines: [DirectiveLine] { contents.read.directiveLines }
    /// getopt_long's reading of all directive arguments together, in order.
    public var arguments: [DirectiveArgument] { contents.read.arguments }
    /// The first command line, which ends the directive block; nil when the script has none.
    public var firstCommandLine: Int? { contents.read.firstCommandLine }
    /// `#SBATCH` (and `#SLURM`) lines after the block: sbatch ignores them silently. Lines of a
    /// here-document (`sbatch <<EOF`, `cat > next.sh <<EOF`) or of a string spanning lines
    /// (`eval 'cat <<EOF ...'`, `echo "..." > next.sh`) are another script's, not these.
    public var lateDirectives: [SourcePosition] { contents.read.lateDirectives }
    /// Comment lines in the block that look like directives but are ignored.
    public var lookalikes: [Lookalike] { contents.read.lookalikes }
    /// The options sbatch applies, in order.
    public var options: [OptionUse] { contents.read.options }
    /// Each option's value checked against its grammar, in the order of `options`.
    public var valueChecks: [ValueCheck] { contents.read.valueChecks }
    /// The body's command lines split on blanks, for the rules not yet on the bash parser;
    /// worked out on each use, so a rule asks only when its cheap checks pass.
    var bodyCommands: [BodyCommand] { Self.bodyCommands(lines: lines, firstCommandLine: firstCommandLine) }
    /// The whole file as bash reads it (the directive block is comments to bash); nil when the
    /// script has no command at all.
    public var shell: ShellScript? { contents.read.shell }

    /// Reads a script from its bytes, as the sbatch of `release` reads it.
    public init(bytes: [UInt8], name: String, release: SlurmVersion = .newestKnown) {

        var lines: [String] = []
        lines.reserveCapacity(bytes.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 })
        var crlfLines: [Int] = []
        var firstNul: SourcePosition?
        var firstInvalid: SourcePosition?
        var directiveLines: [DirectiveLine] = []
        var firstCommandLine: Int?
        var lateDirectives: [SourcePosition] = []
        var lookalikes: [Lookalike] = []

        var start = 0
        var number = 0
        while start < bytes.count {
            number += 1
            let newline = bytes[start...].firstIndex(of: 0x0A)
            let end = newline ?? bytes.count
            let line = bytes[start..<end]
            if line.last == 0x0D { crlfLines.append(number) }
            if firstNul == nil, let nul = line.firstIndex(of: 0) {
                firstNul = SourcePosition(line: number, column: nul - start + 1)
            }
            if firstInvalid == nil, let bad = UTF8Check.firstInvalidByte(line) {
                firstInvalid = SourcePosition(line: number, column: bad - start + 1)
            }
            lines.append(String(decoding: line, as: UTF8.self))

            if let prefix = Self.directivePrefix(line) {
                if firstCommandLine == nil {
                    directiveLines.append(DirectiveTokenizer.tokenize(line, line: number, prefix: prefix))
                } else {
                    lateDirectives.append(SourcePosition(line: number, column: 1))
                }
            } else if firstCommandLine == nil {
                switch Self.classify(line) {
                case .command: firstCommandLine = number
                case .lookalike(let kind, let column):
                    lookalikes.append(
                        Lookalike(kind: kind, position: SourcePosition(line: number, column: column)))
                case .comment: break
                }
            }
            start = end + 1
        }
        let arguments = Self.parseComponents(directiveLines, table: OptionTable.forRelease(release))
        var options: [OptionUse] = []
        options.reserveCapacity(arguments.count)
        for argument in arguments { if case .option(let use) = argument { options.append(use) } }
        let shell = firstCommandLine == nil ? nil : ShellScript(bytes: bytes)
        contents = Contents(
            Read(
                name: name, release: release, isBlank: bytes.allSatisfy(DirectiveTokenizer.isSpace),
                hasShebang: bytes.starts(with: [UInt8(ascii: "#"), UInt8(ascii: "!")]), firstNul: firstNul,
                crlfLines: crlfLines, firstInvalidUTF8: firstInvalid, lines: lines,
                directiveLines: directiveLines,
                arguments: arguments, firstCommandLine: firstCommandLine,
                lateDirectives: lateDirectives.filter { shell?.isText(line: $0.line) != true },
                lookalikes: lookalikes,
                options: options,
                valueChecks: options.map { use in use.value.map(use.option.grammar.check) ?? .unchecked },
                shell: shell))
    }

    /// Reads a script from text.
    public init(text: String, name: String = "-", release: SlurmVersion = .newestKnown) {
        self.init(bytes: Array(text.utf8), name: name, release: release)
    }

    /// getopt runs over each component of a heterogeneous job on its own.
    private static func parseComponents(_ lines: [DirectiveLine], table: OptionTable) -> [DirectiveArgument] {
        var groups: [[ScriptToken]] = [[]]
        groups[0].reserveCapacity(lines.reduce(0) { $0 + $1.tokens.count })
        for line in lines {
            if line.startsComponent { groups.append([]) }
            groups[groups.count - 1] += line.tokens
        }
        // Most scripts are one job: their options are the first component's as parsed.
        if groups.count == 1 { return DirectiveArgumentParser.parse(groups[0], table: table) }
        return groups.enumerated().flatMap { component, tokens in
            DirectiveArgumentParser.parse(tokens, table: table).map { argument in
                guard case .option(var use) = argument else { return argument }
                use.component = component
                return .option(use)
            }
        }
    }

    private static func directivePrefix(_ line: ArraySlice<UInt8>) -> DirectiveLine.Prefix? {
        guard line.first == UInt8(ascii: "#") else { return nil }
        if line.starts(with: sbatchPrefix) { return .sbatch }
        if line.starts(with: slurmPrefix) { return .slurm }
        return nil
    }

    // As bytes once: comparing with the String's UTF-8 view cost more than the rest of the line.
    private static let sbatchPrefix = Array(DirectiveLine.Prefix.sbatch.rawValue.utf8)
    private static let slurmPrefix = Array(DirectiveLine.Prefix.slurm.rawValue.utf8)

    private enum LineKind {
        case command, comment
        case lookalike(BatchScript.Lookalike.Kind, column: Int)
    }

    /// sbatch's rule: a line whose first non-blank character is not `#` is a command.
    private static func classify(_ line: ArraySlice<UInt8>) -> LineKind {
        guard let first = line.firstIndex(where: { !DirectiveTokenizer.isSpace($0) }) else { return .comment }
        guard line[first] == UInt8(ascii: "#") else { return .command }
        let column = first - line.startIndex + 1
        let rest = line[(first + 1)...]
        let word = rest.drop(while: DirectiveTokenizer.isSpace).prefix(6)
        let isSbatchWord = String(decoding: word, as: UTF8.self).uppercased() == "SBATCH"
        guard isSbatchWord else { return .comment }
        if column > 1 { return .lookalike(.indented, column: column) }
        if rest.first.map(DirectiveTokenizer.isSpace) == true { return .lookalike(.spaced, column: column) }
        return .lookalike(.wrongCase, column: column)
    }
}

extension BatchScript {
    /// The use of the option named `name` that wins (the last one), if any.
    public func last(_ name: String) -> OptionUse? {
        options.last { $0.option.name == name }
    }

    /// The body: every line from the first command on, with its line number.
    public var body: ArraySlice<String> {
        guard let first = firstCommandLine else { return [] }
        return lines[(first - 1)...]
    }
}
