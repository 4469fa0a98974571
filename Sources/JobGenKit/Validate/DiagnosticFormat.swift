/// How `jobgen validate` prints diagnostics.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    /// `file:line:col: severity: message [CODE]` and an indented hint line.
    case text
    /// A JSON array of objects: file, line, column, severity, rule, message, hint, and
    /// `"suppressed": true` for a suppressed finding.
    case json
    /// One line per finding as gcc prints them (`note` for info), for editors and CI annotations.
    case gcc

    /// The diagnostics in this format; `colour` adds ANSI colours (text only).
    public func render(_ diagnostics: [Diagnostic], colour: Bool = false) -> String {
        switch self {
        case .text: diagnostics.map { Self.text($0, colour: colour) }.joined()
        case .gcc: diagnostics.map(Self.gcc).joined()
        case .json: Self.json(diagnostics)
        }
    }

    private static func text(_ d: Diagnostic, colour: Bool) -> String {
        let severity = colour ? paint(d.severity.rawValue, d.severity) : d.severity.rawValue
        let location =
            colour ? "\u{1B}[1m\(d.file):\(d.line):\(d.column):\u{1B}[0m" : "\(d.file):\(d.line):\(d.column):"
        return "\(location) \(severity): \(d.message) [\(d.rule)]\(mark(d))\n  hint: \(d.hint)\n"
    }

    private static func paint(_ word: String, _ severity: Severity) -> String {
        let code =
            switch severity {
            case .error: "31"
            case .warning: "33"
            case .info: "36"
            }
        return "\u{1B}[1;\(code)m\(word)\u{1B}[0m"
    }

    private static func gcc(_ d: Diagnostic) -> String {
        let severity = d.severity == .info ? "note" : d.severity.rawValue
        return "\(d.file):\(d.line):\(d.column): \(severity): \(d.message) [\(d.rule)]\(mark(d))\n"
    }

    private static func mark(_ d: Diagnostic) -> String { d.suppressed ? " (suppressed)" : "" }

    private static func json(_ diagnostics: [Diagnostic]) -> String {
        let objects = diagnostics.map { d in
            "  {\"file\": \(quote(d.file)), \"line\": \(d.line), \"column\": \(d.column), "
                + "\"severity\": \(quote(d.severity.rawValue)), \"rule\": \(quote(d.rule)), "
                + "\"message\": \(quote(d.message)), \"hint\": \(quote(d.hint))"
                + (d.suppressed ? ", \"suppressed\": true}" : "}")
        }
        return objects.isEmpty ? "[]\n" : "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    /// A JSON string literal.
    static func quote(_ text: String) -> String {
        let isPlain = { (byte: UInt8) in
            byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\")
        }
        let plain =
            text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy(isPlain) }
            ?? text.utf8.allSatisfy(isPlain)
        if plain { return "\"" + text + "\"" }
        // Written as bytes: appending to a String a piece at a time showed in the output of
        // thousands of findings.
        var result: [UInt8] = [UInt8(ascii: "\"")]
        result.reserveCapacity(text.utf8.count + 16)
        let escape = UInt8(ascii: "\\")
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), escape: result.append(contentsOf: [escape, byte])
            case UInt8(ascii: "\n"): result.append(contentsOf: [escape, UInt8(ascii: "n")])
            case UInt8(ascii: "\r"): result.append(contentsOf: [escape, UInt8(ascii: "r")])
            case UInt8(ascii: "\t"): result.append(contentsOf: [escape, UInt8(ascii: "t")])
            case ..<0x20:
                let hex = String(byte, radix: 16)
                result.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default: result.append(byte)
            }
        }
        result.append(UInt8(ascii: "\""))
        return String(decoding: result, as: UTF8.self)
    }
}
