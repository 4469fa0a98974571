/// The `#!` line as Linux reads it: after `#!` and optional blanks, the interpreter's path up to
/// the next blank, then at most one argument (the rest of the line).
struct Shebang {
    /// The interpreter as written; empty when the line names none.
    var interpreter: Substring
    /// 1-based column of the interpreter's first byte (one past the line when there is none).
    var interpreterColumn: Int
    /// What follows the interpreter, blanks trimmed.
    var argument: Substring

    init?(_ script: BatchScript) {
        guard script.hasShebang, let first = script.lines.first else { return nil }
        let bytes = first.utf8
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
        let afterMark = bytes.index(bytes.startIndex, offsetBy: 2)
        let lineEnd = bytes[afterMark...].lastIndex { !isBlank($0) }.map(bytes.index(after:)) ?? afterMark
        let start = bytes[afterMark..<lineEnd].firstIndex { !isBlank($0) } ?? lineEnd
        let end = bytes[start..<lineEnd].firstIndex(where: isBlank) ?? lineEnd
        let argumentStart = bytes[end..<lineEnd].firstIndex { !isBlank($0) } ?? lineEnd
        interpreter = first[start..<end]
        interpreterColumn = bytes.distance(from: bytes.startIndex, to: start) + 1
        argument = first[argumentStart..<lineEnd]
    }

    /// Whether the script runs with `sh` (dash on Debian and Ubuntu) rather than bash.
    var isPOSIXShell: Bool {
        switch interpreter {
        case "/bin/sh", "/usr/bin/sh": return true
        case "/usr/bin/env", "/bin/env": return argument.prefix { $0 != " " && $0 != "\t" } == "sh"
        default: return false
        }
    }
}
