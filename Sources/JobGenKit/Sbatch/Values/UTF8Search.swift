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
