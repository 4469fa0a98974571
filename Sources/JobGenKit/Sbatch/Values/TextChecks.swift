/// Checks shared by every grammar: what no value may contain, whatever its option.
enum TextChecks {
    /// The first control character (newline, tab, escape, NUL, DEL ...) in `text`, if any. A
    /// newline in a value would end the `#SBATCH` line and start a new one, so none is allowed.
    static func firstControlCharacter(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first { $0.value < 0x20 || $0.value == 0x7F || (0x80...0x9F).contains($0.value) }
    }

    /// Throws when `text` holds a control character, naming it by its code.
    static func rejectControlCharacters<V: SlurmValue>(_ text: String, for type: V.Type) throws(GrammarError)
    {
        if let bad = firstControlCharacter(in: text) {
            let code = "U+" + String(bad.value, radix: 16, uppercase: true).leftPadded(to: 4, with: "0")
            throw GrammarError(
                type, value: text, reason: "contains the control character \(code) (newline, tab, ...)")
        }
    }

    /// Parses an unsigned decimal integer made of ASCII digits only; nil for anything else
    /// (signs, decimals, exponents, empty text, overflow).
    static func unsignedInteger(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return Int(text)
    }

    /// Parses a number as Slurm's `strtol`-based parsers read it: ASCII digits with an optional
    /// leading `+`. Returns the value and whether a `+` was written; nil for anything else.
    static func slurmUnsigned(_ text: Substring) -> (value: Int, plus: Bool)? {
        if text.hasPrefix("+") {
            return unsignedInteger(text.dropFirst()).map { ($0, true) }
        }
        return unsignedInteger(text).map { ($0, false) }
    }

    /// The largest count sbatch 22.05 keeps: its counts are C `int`s, and anything above wraps
    /// ("invalid number of tasks (-n -2147483648)").
    static let largestCount = Int(Int32.max)

    /// A note for a number written with a `+` sign, which Slurm reads as the bare number.
    static func plusNote(_ text: String, clean: String) -> String {
        "'\(text)' is read as \(clean); write \(clean) without the '+'"
    }

    /// A short reason why `text` is not an unsigned whole number, for error messages.
    static func notANumberReason(_ text: Substring) -> String {
        if text.isEmpty { return "empty" }
        if text.hasPrefix("-") { return "negative numbers are not accepted" }
        if text.contains(".") { return "decimals are not accepted" }
        if text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return "number too large" }
        return "'\(text)' is not a whole number"
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character) -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
