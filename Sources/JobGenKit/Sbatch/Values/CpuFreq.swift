/// `--cpu-freq={p1[-p2[:p3]]}`: a frequency in kHz or low|medium|high|highm1, a min-max range,
/// a governor, or a range with a governor.
public struct CpuFreq: SlurmValue {
    static let levels = ["low", "medium", "high", "highm1"]
    static let governors = ["conservative", "ondemand", "performance", "powersave", "userspace", "schedutil"]
    public let minimum: String?
    public let maximum: String?
    public let governor: String?

    public init(slurm text: String) throws(GrammarError) {
        var frequencies = Substring(text)
        var governor: String?
        if let colon = frequencies.firstIndex(of: ":") {
            governor = try Self.governor(frequencies[frequencies.index(after: colon)...], in: text)
            frequencies = frequencies[..<colon]
        } else if Self.governors.contains(text.lowercased()) {
            (minimum, maximum, self.governor) = (nil, nil, text.lowercased())
            return
        }
        let parts = frequencies.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count <= 2 else {
            throw GrammarError(Self.self, value: text, reason: "more than one '-'")
        }
        minimum = try Self.frequency(parts[0], in: text)
        maximum = parts.count == 2 ? try Self.frequency(parts[1], in: text) : nil
        self.governor = governor
    }

    private static func frequency(_ part: Substring, in text: String) throws(GrammarError) -> String {
        let lowered = part.lowercased()
        if levels.contains(lowered) { return lowered }
        guard !part.isEmpty, part.allSatisfy(\.isASCIIDigit), (Int(part) ?? 0) > 0 else {
            throw GrammarError(Self.self, value: text, reason: "'\(part)' is not a frequency in kHz or a level")
        }
        return String(part)
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
}
