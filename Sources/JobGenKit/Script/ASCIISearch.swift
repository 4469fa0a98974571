extension StringProtocol {
    /// Whether `needle` occurs in this text, comparing UTF-8 bytes (optionally ignoring ASCII
    /// case). The rules use it instead of Foundation's locale-aware search, which is far slower.
    func containsBytes(_ needle: String, ignoringASCIICase: Bool = false) -> Bool {
        let haystack = Array(utf8)
        let pattern = Array(needle.utf8)
        guard pattern.count <= haystack.count else { return false }
        if pattern.isEmpty { return true }
        func fold(_ byte: UInt8) -> UInt8 {
            ignoringASCIICase && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        }
        for start in 0...(haystack.count - pattern.count) {
            var matched = true
            for offset in 0..<pattern.count where fold(haystack[start + offset]) != fold(pattern[offset]) {
                matched = false
                break
            }
            if matched { return true }
        }
        return false
    }
}

extension String {
    /// Whether the UTF-8 bytes hold `byte`, searched in the string's own storage: the generic
    /// search through the UTF-8 view steps an index at a time, and the rules ask of every line.
    func utf8Contains(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? utf8.contains(byte)
    }

    /// The index of the last `byte` among the UTF-8 bytes, found in the string's own storage.
    func utf8LastIndex(of byte: UInt8) -> String.Index? {
        guard let found = utf8.withContiguousStorageIfAvailable({ $0.lastIndex(of: byte) }) else {
            return utf8.lastIndex(of: byte)
        }
        return found.map { utf8.index(utf8.startIndex, offsetBy: $0) }
    }
}
