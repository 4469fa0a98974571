/// `--begin` (and `--deadline`): a point in time in one of Slurm's forms: `now[+|-N[units]]`,
/// `today`, `tomorrow`, `midnight`, `noon`, `fika`, `teatime`, `HH:MM[:SS][AM|PM]`,
/// `YYYY-MM-DD[THH:MM[:SS]]`, `MMDD[YY]`, `MM/DD[/YY]`, `MM.DD[.YY]`.
public struct BeginTime: SlurmValue {
    static let keywords = ["now", "today", "tomorrow", "midnight", "noon", "fika", "teatime"]
    static let units = ["second", "minute", "hour", "day", "week"]
    /// The value as written; sbatch resolves it against the clock at submission.
    public let text: String

    public init(slurm text: String) throws(GrammarError) {
        let lowered = text.lowercased()
        guard Self.isKeywordForm(lowered) || Self.isClockForm(lowered) || Self.isDateForm(lowered) else {
            throw GrammarError(Self.self, value: text, reason: "not a time Slurm understands")
        }
        self.text = text
    }

    private static func isKeywordForm(_ text: String) -> Bool {
        if keywords.contains(text) { return true }
        guard text.hasPrefix("now+") || text.hasPrefix("now-") else { return false }
        let offset = text.dropFirst(4)
        let digits = offset.prefix(while: \.isASCIIDigit)
        guard !digits.isEmpty else { return false }
        let unit = offset.dropFirst(digits.count)
        return unit.isEmpty || units.contains { unit == $0 || unit == $0 + "s" }
    }

    /// `HH:MM[:SS][am|pm]`.
    private static func isClockForm(_ text: String) -> Bool {
        var clock = Substring(text)
        var twelveHour = false
        if clock.hasSuffix("am") || clock.hasSuffix("pm") {
            clock = clock.dropLast(2)
            twelveHour = true
        }
        let fields = clock.split(ascii: ":", omittingEmptySubsequences: false)
        guard fields.count == 2 || fields.count == 3,
            let numbers = numbers(fields, width: 2)
        else { return false }
        let hourLimit = twelveHour ? 13 : 24
        return numbers[0] < hourLimit && numbers[1] < 60 && (numbers.count < 3 || numbers[2] < 60)
    }

    private static func isDateForm(_ text: String) -> Bool {
        if let t = text.firstIndex(of: "t") {
            let date = text[..<t], clock = text[text.index(after: t)...]
            return isISODate(date) && !clock.hasSuffix("am") && !clock.hasSuffix("pm")
                && isClockForm(String(clock))
        }
        if isISODate(Substring(text)) { return true }
        for separator: Character in ["/", "."] where text.contains(separator) {
            let fields = text.split(separator: separator, omittingEmptySubsequences: false)
            guard fields.count == 2 || fields.count == 3, let numbers = numbers(fields, width: 2) else {
                return false
            }
            return isMonthDay(numbers[0], numbers[1])
        }
        guard text.count == 4 || text.count == 6, text.allSatisfy(\.isASCIIDigit) else { return false }
        let digits = text.compactMap(\.wholeNumberValue)
        return isMonthDay(digits[0] * 10 + digits[1], digits[2] * 10 + digits[3])
    }

    private static func isISODate(_ text: Substring) -> Bool {
        let fields = text.split(ascii: "-", omittingEmptySubsequences: false)
        guard fields.count == 3, fields[0].count == 4,
            let numbers = numbers(fields, width: 4)
        else { return false }
        return isMonthDay(numbers[1], numbers[2])
    }

    private static func isMonthDay(_ month: Int, _ day: Int) -> Bool {
        (1...12).contains(month) && (1...31).contains(day)
    }

    private static func numbers(_ fields: [Substring], width: Int) -> [Int]? {
        var result: [Int] = []
        for field in fields {
            guard (1...width).contains(field.count), field.allSatisfy(\.isASCIIDigit), let n = Int(field) else {
                return nil
            }
            result.append(n)
        }
        return result
    }

    public static let accepted =
        "now[+|-N[seconds|minutes|hours|days|weeks]], today, tomorrow, midnight, noon, HH:MM[:SS][AM|PM], YYYY-MM-DD[THH:MM[:SS]], MM/DD[/YY], MMDD[YY]"
    public static let example = "2026-12-24T08:00:00"
    public var description: String { text }
}
