extension StringProtocol where SubSequence == Substring {
    /// `split(separator:)` at an ASCII character, found byte by byte as Slurm's C code finds it.
    /// The standard `split` walks the text a Character (grapheme cluster) at a time, which made
    /// splitting values such as `2-00:00:00` a large part of checking a script.
    func split(
        ascii separator: Unicode.Scalar, maxSplits: Int = .max, omittingEmptySubsequences: Bool = true
    ) -> [Substring] {
        precondition(separator.isASCII, "split(ascii:) takes an ASCII separator")
        let byte = UInt8(separator.value)
        var parts: [Substring] = []
        var start = startIndex
        var index = utf8.startIndex
        while index != utf8.endIndex {
            if utf8[index] == byte, parts.count < maxSplits {
                if !(omittingEmptySubsequences && start == index) { parts.append(self[start..<index]) }
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        if !(omittingEmptySubsequences && start == endIndex) { parts.append(self[start..<endIndex]) }
        return parts
    }
}
