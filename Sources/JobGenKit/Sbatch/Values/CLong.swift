/// A number as C's `strtol(text, &end, 10)` reads it into a 64-bit `long`, which is how sbatch
/// reads most numbers: leading blanks skipped, an optional sign, then as many ASCII digits as
/// follow; out-of-range values saturate at `Int.min`/`Int.max`. Many of sbatch's fields then keep
/// only the low 32 bits, which is where its wrap-arounds come from.
struct CLong {
    /// The value read, saturated; 0 when no digit was read.
    let value: Int
    /// What `strtol` left unread (the whole text when no digit was read).
    let rest: Substring
    /// Whether any digit was read.
    let hasDigits: Bool
    /// Whether the number did not fit a `long` and was saturated.
    let saturated: Bool
    /// Whether a `+` sign was written.
    let plus: Bool
    /// Whether leading blanks were skipped.
    let leadingBlanks: Bool

    init(_ text: Substring) {
        var index = text.startIndex
        while index < text.endIndex, " \t\n\u{0B}\u{0C}\r".contains(text[index]) {
            index = text.index(after: index)
        }
        leadingBlanks = index != text.startIndex
        var negative = false
        var signed = false
        if index < text.endIndex, text[index] == "+" || text[index] == "-" {
            negative = text[index] == "-"
            signed = true
            index = text.index(after: index)
        }
        plus = signed && !negative
        var magnitude: UInt64 = 0
        var overflow = false
        var digits = 0
        while index < text.endIndex, let digit = text[index].asciiValue, (48...57).contains(digit) {
            let (times, o1) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times.addingReportingOverflow(UInt64(digit - 48))
            overflow = overflow || o1 || o2
            magnitude = sum
            digits += 1
            index = text.index(after: index)
        }
        hasDigits = digits > 0
        guard hasDigits else {
            (value, rest, saturated) = (0, text, false)
            return
        }
        rest = text[index...]
        let limit: UInt64 = negative ? UInt64(Int.max) + 1 : UInt64(Int.max)
        if overflow || magnitude > limit {
            (value, saturated) = (negative ? Int.min : Int.max, true)
        } else {
            (value, saturated) = (negative ? Int(truncatingIfNeeded: 0 &- magnitude) : Int(magnitude), false)
        }
    }

    init(_ text: String) { self.init(Substring(text)) }

    /// Whether the whole text was one number with nothing left over.
    var isWhole: Bool { hasDigits && rest.isEmpty }
    /// The low 32 bits as a C `int`.
    var int32: Int { Int(Int32(truncatingIfNeeded: value)) }
    /// The low 32 bits as a C `uint32_t`.
    var uint32: Int { Int(UInt32(truncatingIfNeeded: value)) }
}
