/// ASCII character classes, and case-insensitive searches in short ASCII texts byte by byte (the
/// rules run them for every script, where Foundation's and the generic collection searches cost
/// more than the check).
enum ASCIIText {
    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    /// Whether `text` holds `word` (ASCII letters compared without case), anywhere or only at
    /// its start.
    static func contains(_ text: String, _ word: StaticString, atStart: Bool = false) -> Bool {
        let needle = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        let haystack = Array(text.utf8)
        guard needle.count <= haystack.count else { return false }
        let lastStart = atStart ? 0 : haystack.count - needle.count
        for start in 0...lastStart
        where (0..<needle.count).allSatisfy({ lower(haystack[start + $0]) == lower(needle[$0]) }) {
            return true
        }
        return false
    }

    /// Whether `bytes` spell `word`, ASCII letters compared without case (C's `strcasecmp`).
    static func equalsIgnoringCase(_ bytes: [UInt8], _ word: StaticString) -> Bool {
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        return bytes.count == expected.count && zip(bytes, expected).allSatisfy { lower($0) == lower($1) }
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
