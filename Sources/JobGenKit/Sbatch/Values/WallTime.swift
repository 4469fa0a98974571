/// A `--time` limit: `M`, `M:S`, `H:M:S`, `D-H`, `D-H:M`, `D-H:M:S`, or `INFINITE`/`UNLIMITED`.
///
/// Parsed as Slurm's `time_str2mins` reads it: seconds round up to a whole minute, and fields
/// over their range (`25:99:99`) are accepted and normalised, with a note. sbatch also accepts a
/// negative number (`-5`, read as no limit) and a trailing `-` (`1-`, one day); both carry a note.
/// Slurm adds the fields up as seconds in a 32-bit `int`: past 2147483647 seconds (about 68 years)
/// the sum wraps (`4294967297` minutes is 1 minute), which sbatch accepts: a warning that says the
/// limit the job gets, refused by the generator.
public struct WallTime: SlurmValue {
    /// The text as given, which is also what jobgen writes back.
    public let text: String
    /// The limit in whole minutes (seconds rounded up); nil for no limit.
    public let minutes: Int?
    public let notes: [String]
    public let generatorRefusal: String?

    public static let accepted = "minutes, M:S, H:M:S, D-H, D-H:M, D-H:M:S, INFINITE or UNLIMITED"
    public static let example = "08:00:00"

    public init(slurm text: String) throws(GrammarError) {
        try TextChecks.rejectControlCharacters(text, for: Self.self)
        self.text = text
        if Self.isUnlimited(text) {
            minutes = nil
            notes = []
            generatorRefusal = nil
            return
        }
        if text.isEmpty { throw GrammarError(Self.self, value: text, reason: "empty") }
        if text.hasPrefix("-") {
            // sbatch takes a negative number of minutes and the job gets no time limit.
            let magnitude = text.dropFirst()
            guard !magnitude.isEmpty, magnitude.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
                throw GrammarError(
                    Self.self, value: text, reason: "a negative time must be a plain number of minutes")
            }
            minutes = nil
            generatorRefusal = nil
            notes = [
                "'\(text)' is negative; Slurm reads it as no time limit (the partition's maximum); write INFINITE or a real limit such as \(Self.example)"
            ]
            return
        }

        let hasDays = text.utf8Contains(UInt8(ascii: "-"))
        let days: Int
        let numbers: Clock
        if let plain = Self.plainFields(text) {
            (days, numbers) = plain
        } else {
            (days, numbers) = try Self.fields(text, hasDays: hasDays)
        }
        var hours = 0
        var mins = 0
        var secs = 0
        var collected: [String] = []
        switch (hasDays, numbers.count) {
        case (false, 1): mins = numbers.values.0
        case (false, 2): (mins, secs) = (numbers.values.0, numbers.values.1)
        case (false, _): (hours, mins, secs) = numbers.values
        case (true, 1): hours = numbers.values.0
        case (true, 2): (hours, mins) = (numbers.values.0, numbers.values.1)
        case (true, _): (hours, mins, secs) = numbers.values
        }
        if let wrapped = Self.wrappedMinutes(days: days, hours: hours, minutes: mins, seconds: secs) {
            let limit =
                wrapped == 0 || wrapped == Int(UInt32.max)
                ? "no time limit" : "a limit of \(Self.format(minutes: wrapped))"
            minutes = wrapped == 0 || wrapped == Int(UInt32.max) ? nil : wrapped
            notes = []
            generatorRefusal =
                "'\(text)' overflows Slurm's 32-bit count of seconds (at most about 68 years): as a --time, the job gets \(limit)"
            return
        }
        generatorRefusal = nil
        let overflow =
            (numbers.count > 1 && secs >= 60 && !(hasDays && numbers.count == 2))
            || ((hasDays || numbers.count == 3) && mins >= 60)
            || (hasDays && hours >= 24)
        let total = ((days * 24 + hours) * 60 + mins) + (secs + 59) / 60
        if hasDays, text.hasSuffix("-") {
            collected.append("'\(text)' is read as \(days) day(s); write \(days)-0 to say so")
        }
        if overflow {
            collected.append(
                "'\(text)' has a field over its range; Slurm normalises it to \(Self.format(minutes: total))")
        }
        if total == 0 {
            collected.append("a time limit of 0 means no limit on most clusters; did you mean a longer time?")
        }
        minutes = total
        notes = collected
    }

    /// The text as given, with a bare trailing `-` completed (`1-` renders `1-0`).
    public var description: String {
        text.hasSuffix("-") && text.count > 1 && minutes != nil ? text + "0" : text
    }

    /// Formats minutes as Slurm prints a limit: `D-HH:MM:00` or `HH:MM:00`.
    /// INFINITE or UNLIMITED in any case, compared byte by byte: every script's --time goes
    /// through here, and `uppercased()` allocates.
    private static func isUnlimited(_ text: String) -> Bool {
        let upper = text.utf8.lazy.map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0 }
        return upper.elementsEqual("INFINITE".utf8) || upper.elementsEqual("UNLIMITED".utf8)
    }

    static func format(minutes: Int) -> String {
        let days = minutes / 1440
        let hours = minutes / 60 % 24
        let mins = minutes % 60
        let clock =
            String(hours).leftPadded(to: 2, with: "0") + ":" + String(mins).leftPadded(to: 2, with: "0")
            + ":00"
        return days > 0 ? "\(days)-\(clock)" : clock
    }

    /// The limit in minutes Slurm ends up with when the fields overflow its 32-bit sum of seconds
    /// (each field kept as an `int`, the sum wrapping, seconds rounded up, stored unsigned); nil
    /// when nothing overflows.
    static func wrappedMinutes(days: Int, hours: Int, minutes: Int, seconds: Int) -> Int? {
        let (dayHours, o1) = days.multipliedReportingOverflow(by: 24)
        let (allHours, o2) = dayHours.addingReportingOverflow(hours)
        let (hourMinutes, o3) = allHours.multipliedReportingOverflow(by: 60)
        let (allMinutes, o4) = hourMinutes.addingReportingOverflow(minutes)
        let (minuteSeconds, o5) = allMinutes.multipliedReportingOverflow(by: 60)
        let (roundedSeconds, o6) = seconds.addingReportingOverflow(59)
        let (total, o7) = minuteSeconds.addingReportingOverflow(roundedSeconds)
        guard
            o1 || o2 || o3 || o4 || o5 || o6 || o7 || total > Int(Int32.max)
                || max(days, hours, minutes, seconds) > Int(Int32.max)
        else { return nil }
        let int = { (value: Int) in Int32(truncatingIfNeeded: value) }
        var sum = int(days) &* 24 &+ int(hours)
        sum = sum &* 60 &+ int(minutes)
        sum = sum &* 60 &+ int(seconds) &+ 59
        return Int(UInt32(bitPattern: sum / 60))
    }

    /// Up to three clock fields, in order, and how many were written.
    private typealias Clock = (values: (Int, Int, Int), count: Int)

    /// The days and clock fields of `[D-]F[:F[:F]]` written in plain ASCII digits, under ten
    /// to a field: what nearly every script writes, read without splitting the text (every
    /// script's --time is read several times). nil for anything else, which `fields` reads.
    private static func plainFields(_ text: String) -> (days: Int, clock: Clock)? {
        var days: Int?
        var values = (0, 0, 0)
        var count = 0
        var (number, digits) = (0, 0)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard digits < 9 else { return nil }
                (number, digits) = (number * 10 + Int(byte - UInt8(ascii: "0")), digits + 1)
            case UInt8(ascii: ":"):
                guard digits > 0, count < 2 else { return nil }
                if count == 0 { values.0 = number } else { values.1 = number }
                (number, digits, count) = (0, 0, count + 1)
            case UInt8(ascii: "-"):
                guard digits > 0, days == nil, count == 0 else { return nil }
                (days, number, digits) = (number, 0, 0)
            default: return nil
            }
        }
        guard digits > 0 else { return nil }
        switch count {
        case 0: values.0 = number
        case 1: values.1 = number
        default: values.2 = number
        }
        return (days ?? 0, (values, count + 1))
    }

    /// The days and clock fields of any other text, or the error that says what is wrong.
    private static func fields(_ text: String, hasDays: Bool) throws(GrammarError) -> (
        days: Int, clock: Clock
    ) {
        var days = 0
        var clock = Substring(text)
        if hasDays {
            let parts = text.split(ascii: "-", omittingEmptySubsequences: false)
            guard parts.count == 2 else {
                throw GrammarError(Self.self, value: text, reason: "more than one '-' (D-H:M:S has one)")
            }
            days = try Self.field(parts[0], name: "days", in: text)
            clock = parts[1].isEmpty ? "0" : parts[1]
        }
        let fields = clock.split(ascii: ":", omittingEmptySubsequences: false)
        guard fields.count <= 3 else {
            throw GrammarError(Self.self, value: text, reason: "too many ':' fields (at most H:M:S)")
        }
        let numbers = try fields.map { (field) throws(GrammarError) in
            try Self.field(field, name: "field", in: text)
        }
        let at = { (index: Int) in index < numbers.count ? numbers[index] : 0 }
        return (days, ((at(0), at(1), at(2)), numbers.count))
    }

    private static func field(_ part: Substring, name: String, in text: String) throws(GrammarError) -> Int {
        // strtol saturates a number too large for a long.
        if !part.isEmpty, part.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            return part.utf8.count < 19 ? Int(part)! : CLong(part).value
        }
        guard let value = TextChecks.unsignedInteger(part) else {
            let reason = part.isEmpty ? "a field is empty" : TextChecks.notANumberReason(part)
            throw GrammarError(Self.self, value: text, reason: reason)
        }
        return value
    }
}
