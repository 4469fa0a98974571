/// One record of `scontrol show node -o` / `show partition -o`: `Key=value` pairs on a line. A
/// word without `=` belongs to the value before it (`OS=Linux 6.1 #1 SMP`, `Reason=disk full`).
///
/// Read as UTF-8 bytes: keys and separators are ASCII, and a 1,000-node cluster's output read a
/// Character at a time spends most of `cluster import` on Unicode properties.
struct ScontrolRecord {
    private(set) var fields: [String: String] = [:]

    init(line: Substring) {
        var key: Substring.UTF8View?
        var value = ""
        let separators: Set<UInt8> = [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r")]
        for word in line.utf8.split(whereSeparator: separators.contains) {
            if let equals = word.firstIndex(of: UInt8(ascii: "=")), Self.isKey(word[..<equals]) {
                if let key { fields[String(Substring(key))] = value }
                key = word[..<equals]
                value = String(Substring(word[word.index(after: equals)...]))
            } else if key != nil {
                value += " " + Substring(word)
            }
        }
        if let key { fields[String(Substring(key))] = value }
    }

    private static func isKey(_ text: Substring.UTF8View) -> Bool {
        guard let first = text.first, isLetter(first) else { return false }
        return text.allSatisfy {
            isLetter($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: "_")
                || $0 == UInt8(ascii: ":")
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    /// The lines of `text` that have `key` followed by `=` somewhere, as `scontrol` prints one
    /// record a line.
    static func lines(of text: String, mentioning key: String) -> [(number: Int, line: Substring)] {
        let wanted = Array((key + "=").utf8)
        var found: [(Int, Substring)] = []
        for (number, bytes) in text.utf8.split(separator: UInt8(ascii: "\n")).enumerated() {
            let line = Substring(bytes)
            guard bytes.count >= wanted.count else { continue }
            var index = bytes.startIndex
            while let start = bytes[index...].firstIndex(of: wanted[0]) {
                if bytes[start...].starts(with: wanted) {
                    found.append((number, line))
                    break
                }
                index = bytes.index(after: start)
            }
        }
        return found
    }

    subscript(_ key: String) -> String? {
        guard let value = fields[key], !value.isEmpty, value != "(null)", value != "N/A" else { return nil }
        return value
    }

    /// A number, or nil for none, `UNLIMITED`, `INFINITE` or junk.
    func int(_ key: String) -> Int? { self[key].flatMap { Int($0) } }
}
