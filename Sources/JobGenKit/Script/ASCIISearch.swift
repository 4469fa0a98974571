extension StringProtocol {
    /// Whether `needle` occurs in this text, comparing UTF-8 bytes (optionally ignoring ASCII
    /// case). The rules use it instead of Foundation's locale-aware search, which is far slower.
    func containsBytes(_ needle: String, ignoringASCIICase: Bool = false) -> Bool {
        let haystack = Array(utf8), pattern = Array(needle.utf8)
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
