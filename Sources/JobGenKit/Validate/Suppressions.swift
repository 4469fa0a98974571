/// The `# jobgen disable=CODE,...` comment lines of a script, read as ShellCheck reads its own:
/// in the directive block (before the first command) one applies to the whole file; in the body,
/// to the next line that is neither blank nor a comment (an `#SBATCH` line counts) and to the
/// lines that one continues onto with a trailing backslash.
struct Suppressions {
    /// One disable comment line.
    struct Comment {
        /// A code as written (any case), with its position in the comment.
        struct Code {
            var text: Substring
            var position: SourcePosition
        }
        var line: Int
        var codes: [Code]
        /// Where the code list starts: just after the `=`.
        var listPosition: SourcePosition
    }

    /// Every disable comment line, in order.
    private(set) var comments: [Comment] = []
    /// Upper-case codes disabled in the whole file.
    private var fileWide: Set<String> = []
    /// Upper-case codes disabled on a range of lines.
    private var scoped: [(lines: ClosedRange<Int>, codes: Set<String>)] = []

    /// Every code of every rule jobgen has.
    static let knownCodes = Set(AllRules.list.map(\.description.code))

    /// The disable comments of `script`, and `disabled` (codes in any case) for the whole file.
    init(_ script: BatchScript, disabled: Set<String> = []) {
        fileWide = Set(disabled.map { $0.uppercased() })
        let lines = script.lines
        for index in lines.indices {
            guard let comment = Self.comment(lines[index], line: index + 1) else { continue }
            comments.append(comment)
            let codes = Set(comment.codes.map { $0.text.uppercased() }.filter(Self.knownCodes.contains))
            if codes.isEmpty { continue }
            if comment.line < script.firstCommandLine ?? Int.max {
                fileWide.formUnion(codes)
            } else if let target = Self.target(after: index, in: lines) {
                scoped.append((target, codes))
            }
        }
    }

    /// True when nothing is disabled at all.
    var isEmpty: Bool { fileWide.isEmpty && scoped.isEmpty }

    func suppresses(_ diagnostic: Diagnostic) -> Bool {
        fileWide.contains(diagnostic.rule)
            || scoped.contains { $0.lines.contains(diagnostic.line) && $0.codes.contains(diagnostic.rule) }
    }

    /// The lines (1-based) of the command after the comment at `index`: the next line that is not
    /// blank or a comment, with the lines its trailing backslashes join to it.
    private static func target(after index: Int, in lines: [String]) -> ClosedRange<Int>? {
        guard
            let start = lines[(index + 1)...].firstIndex(where: { line in
                guard let first = line.utf8.first(where: { !isBlank($0) }) else { return false }
                return first != UInt8(ascii: "#") || line.hasPrefix("#SBATCH") || line.hasPrefix("#SLURM")
            })
        else { return nil }
        var end = start
        while end + 1 < lines.count, continues(lines[end]) { end += 1 }
        return (start + 1)...(end + 1)
    }

    /// Whether the line ends in an unescaped backslash.
    private static func continues(_ line: String) -> Bool {
        line.utf8.reversed().prefix { $0 == UInt8(ascii: "\\") }.count % 2 == 1
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    /// Whether the line starts as a disable comment does: blanks, `#`, blanks, `jobgen`.
    private static func startsAsDisableComment(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count, isBlank(bytes[index]) { index += 1 }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "#") else { return false }
        index += 1
        while index < bytes.count, isBlank(bytes[index]) { index += 1 }
        return bytes[index...].starts(with: "jobgen".utf8)
    }

    /// The line as a disable comment: blanks, `#`, blanks, `jobgen`, blanks, `disable`, blanks,
    /// `=`, then codes separated by commas up to the end or a `#` that starts a remark. Returns
    /// nil without allocating for any other line.
    static func comment(_ text: String, line: Int) -> Comment? {
        // Most lines are no disable comment: told from the string's own bytes first.
        guard text.utf8.withContiguousStorageIfAvailable(startsAsDisableComment) ?? true else { return nil }
        let bytes = text.utf8
        var index = bytes.startIndex
        func skipBlanks() {
            while index != bytes.endIndex, isBlank(bytes[index]) { index = bytes.index(after: index) }
        }
        func match(_ word: StaticString) -> Bool {
            for i in 0..<word.utf8CodeUnitCount {
                guard index != bytes.endIndex, bytes[index] == word.utf8Start[i] else { return false }
                index = bytes.index(after: index)
            }
            return true
        }
        skipBlanks()
        guard match("#") else { return nil }
        skipBlanks()
        guard match("jobgen"), index != bytes.endIndex, isBlank(bytes[index]) else { return nil }
        skipBlanks()
        guard match("disable") else { return nil }
        skipBlanks()
        guard match("=") else { return nil }
        func position(_ at: String.Index) -> SourcePosition {
            SourcePosition(line: line, column: bytes.distance(from: bytes.startIndex, to: at) + 1)
        }
        let list = text[index...].prefix { $0 != "#" }
        let codes = list.split(ascii: ",").compactMap { item -> Comment.Code? in
            let code = item.drop { $0 == " " || $0 == "\t" }.trimmingTrailingBlanks
            return code.isEmpty ? nil : Comment.Code(text: code, position: position(code.startIndex))
        }
        return Comment(line: line, codes: codes, listPosition: position(index))
    }
}
