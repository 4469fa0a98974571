/// `--cpu-freq={p1[-p2[:p3]]}`: a frequency in kHz or low|medium|high|highm1, a min-max range,
/// a governor alone, or a range with a governor.
public struct CpuFreq: SlurmValue {
    /// Slurm's keywords, in the order it compares them (every number is below all of them).
    static let levels = ["low", "medium", "high", "highm1"]
    static let governors = ["conservative", "ondemand", "performance", "powersave", "userspace", "schedutil"]
    public let minimum: String?
    public let maximum: String?
    public let governor: String?
    public let notes: [String]

    public init(slurm text: String) throws(GrammarError) {
        var frequencies = Substring(text)
        var governor: String?
        if Self.governors.contains(text.lowercased()) {
            (minimum, maximum, self.governor, notes) = (nil, nil, text.lowercased(), [])
            return
        }
        if let colon = frequencies.firstIndex(of: ":") {
            governor = try Self.governor(frequencies[frequencies.index(after: colon)...], in: text)
            frequencies = frequencies[..<colon]
        }
        // Like sbatch, split at the first '-' only; the number parser ignores what follows digits.
        let dash = frequencies.firstIndex(of: "-")
        let low = try Self.frequency(dash.map { frequencies[..<$0] } ?? frequencies, in: text)
        let high = try dash.map { d throws(GrammarError) in try Self.frequency(frequencies[frequencies.index(after: d)...], in: text) }
        if governor != nil, high == nil {
            throw GrammarError(Self.self, value: text, reason: "a governor after ':' needs a MIN-MAX range")
        }
        if let high, Self.rank(low.value) > Self.rank(high.value) {
            throw GrammarError(Self.self, value: text, reason: "the minimum \(low.value) is above the maximum \(high.value)")
        }
        minimum = low.value
        maximum = high?.value
        self.governor = governor
        notes = [low.note, high?.note].compactMap { $0 }
    }

    private static func rank(_ value: String) -> Int {
        levels.firstIndex(of: value).map { Int(UInt32.max) + $0 } ?? Int(value) ?? 0
    }

    private static func frequency(_ part: Substring, in text: String) throws(GrammarError) -> (value: String, note: String?) {
        let lowered = part.lowercased()
        if levels.contains(lowered) { return (lowered, nil) }
        let unsigned = part.hasPrefix("+") ? part.dropFirst() : part
        let digits = unsigned.prefix(while: \.isASCIIDigit)
        guard let number = Int(digits), number > 0 else {
            throw GrammarError(Self.self, value: text, reason: "'\(part)' is not a frequency in kHz or a level")
        }
        let note =
            digits.count == part.count
            ? nil : "sbatch reads '\(part)' as \(digits), ignoring what is not a digit"
        return (String(digits), note)
    }

    private static func governor(_ part: Substring, in text: String) throws(GrammarError) -> String {
        let lowered = part.lowercased()
        guard governors.contains(lowered) else {
            throw GrammarError(Self.self, value: text, reason: "unknown governor '\(part)'")
        }
        return lowered
    }

    public static let accepted =
        "KHZ, low, medium, high, highm1, a MIN-MAX range, a governor (performance, ondemand, ...), or MIN-MAX:GOVERNOR"
    public static let example = "2400000-3000000:performance"
    public var description: String {
        guard let minimum else { return governor ?? "" }
        return minimum + (maximum.map { "-" + $0 } ?? "") + (governor.map { ":" + $0 } ?? "")
    }
    public static func == (a: Self, b: Self) -> Bool { a.description == b.description }
}
