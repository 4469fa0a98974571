/// Splits the text after `#SBATCH` into arguments exactly as sbatch does: whitespace separates,
/// `'` and `"` group (the quotes are dropped), a backslash takes the next character literally,
/// and an unquoted `#` ends the line (an inline comment).
enum DirectiveTokenizer {
    /// `bytes` is the whole line; tokenising starts at `start` (just after the prefix).
    static func tokenize(_ bytes: ArraySlice<UInt8>, line: Int, prefix: DirectiveLine.Prefix) -> DirectiveLine
    {
        var result = DirectiveLine(line: line, prefix: prefix, tokens: [])
        let lineStart = bytes.startIndex
        var index = lineStart + prefix.rawValue.utf8.count
        let end = bytes.endIndex
        func position(_ i: Int) -> SourcePosition { SourcePosition(line: line, column: i - lineStart + 1) }

        while true {
            while index < end, isSpace(bytes[index]) { index += 1 }
            guard index < end else { break }
            if bytes[index] == UInt8(ascii: ":") {
                result.unexpectedColon = position(index)
                break
            }
            let tokenStart = index
            var argument: [UInt8] = []
            argument.reserveCapacity(end - index)
            var quote: UInt8?
            var quoteStart = index
            var escaped = false
            while index < end, quote != nil || !isSpace(bytes[index]) {
                let byte = bytes[index]
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                    index += 1
                    continue
                } else if let open = quote {
                    if byte == open {
                        quote = nil
                        index += 1
                        continue
                    }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                    quoteStart = index
                    index += 1
                    continue
                } else if byte == UInt8(ascii: "#") {
                    break
                }
                argument.append(byte)
                index += 1
            }
            if let open = quote {
                result.unmatchedQuote = (Character(UnicodeScalar(open)), position(quoteStart))
                break
            }
            // sbatch stops reading a line at an argument with no characters (`#...`, `""`).
            if argument.isEmpty { break }
            // `hetjob` (formerly `packjob`) separates the components of a heterogeneous job.
            // sbatch compares them with strcasecmp: ASCII letters without case.
            if ASCIIText.equalsIgnoringCase(argument, "hetjob")
                || ASCIIText.equalsIgnoringCase(argument, "packjob")
            {
                result.startsComponent = true
                continue
            }
            result.tokens.append(
                ScriptToken(text: String(decoding: argument, as: UTF8.self), position: position(tokenStart)))
        }
        return result
    }

    /// C's isspace: space, \t, \n, \v, \f, \r.
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }
}
