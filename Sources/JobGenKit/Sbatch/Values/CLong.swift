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
        // Printable ASCII (nearly every value) is read a byte at a time, where each byte is a
        // character; anything else a character at a time, as before (`\r\n` is one character).
        let scan =
            text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
            ? Self.scan(text.utf8, blank: { $0 == 0x20 }, ascii: { $0 })
            : Self.scan(text, blank: { " \t\n\u{0B}\u{0C}\r".contains($0) }, ascii: { $0.asciiValue })
        let (index, negative, magnitude, overflow, digits) = (
            scan.end, scan.negative, scan.magnitude, scan.overflow, scan.digits
        )
        leadingBlanks = scan.leadingBlanks
        plus = scan.signed && !negative
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

    /// strtol's walk: blanks, a sign, then digits, over `view` (the characters or the bytes).
    private static func scan<View: Collection>(
        _ view: View, blank: (View.Element) -> Bool, ascii: (View.Element) -> UInt8?
    ) -> (
        end: String.Index, leadingBlanks: Bool, signed: Bool, negative: Bool, magnitude: UInt64,
        overflow: Bool, digits: Int
    ) where View.Index == String.Index {
        var index = view.startIndex
        while index < view.endIndex, blank(view[index]) { index = view.index(after: index) }
        let leadingBlanks = index != view.startIndex
        var negative = false
        var signed = false
        if index < view.endIndex, let sign = ascii(view[index]),
            sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-")
        {
            negative = sign == UInt8(ascii: "-")
            signed = true
            index = view.index(after: index)
        }
        var magnitude: UInt64 = 0
        var overflow = false
        var digits = 0
        while index < view.endIndex, let digit = ascii(view[index]), (48...57).contains(digit) {
            let (times, o1) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times.addingReportingOverflow(UInt64(digit - 48))
            overflow = overflow || o1 || o2
            magnitude = sum
            digits += 1
            index = view.index(after: index)
        }
        return (index, leadingBlanks, signed, negative, magnitude, overflow, digits)
    }

    /// Whether the whole text was one number with nothing left over.
    var isWhole: Bool { hasDigits && rest.isEmpty }
    /// The low 32 bits as a C `int`.
    var int32: Int { Int(Int32(truncatingIfNeeded: value)) }
    /// The low 32 bits as a C `uint32_t`.
    var uint32: Int { Int(UInt32(truncatingIfNeeded: value)) }
}
