/// One record of `scontrol show node -o` / `show partition -o`: `Key=value` pairs on a line. A
/// word without `=` belongs to the value before it (`OS=Linux 6.1 #1 SMP`, `Reason=disk full`).
struct ScontrolRecord {
    private(set) var fields: [String: String] = [:]

    init(line: Substring) {
        var key: Substring?
        var value = ""
        for word in line.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            if let equals = word.firstIndex(of: "="), Self.isKey(word[..<equals]) {
                if let key { fields[String(key)] = value }
                key = word[..<equals]
                value = String(word[word.index(after: equals)...])
            } else if key != nil {
                value += " " + word
            }
        }
        if let key { fields[String(key)] = value }
    }

    private static func isKey(_ text: Substring) -> Bool {
        guard let first = text.first, first.isLetter else { return false }
        return text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == ":" }
    }

    subscript(_ key: String) -> String? {
        guard let value = fields[key], !value.isEmpty, value != "(null)", value != "N/A" else { return nil }
        return value
    }

    /// A number, or nil for none, `UNLIMITED`, `INFINITE` or junk.
    func int(_ key: String) -> Int? { self[key].flatMap { Int($0) } }
}
