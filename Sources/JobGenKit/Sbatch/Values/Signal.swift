/// `--signal=[{R|B}:]sig[@secs]`: a signal sent `secs` seconds (default 60) before the time
/// limit; `B:` sends it to the batch shell only, `R:` allows reservation overlap.
public struct Signal: SlurmValue {
    /// Signal names sbatch knows, without the `SIG` prefix.
    static let names = [
        "HUP", "INT", "QUIT", "ABRT", "KILL", "ALRM", "TERM", "USR1", "USR2", "URG", "CONT",
        "STOP", "TSTP", "TTIN", "TTOU", "XCPU",
    ]
    /// The flags before the colon, upper-cased: "", "B", "R", "RB" or "BR".
    public let flags: String
    /// The signal as written (name without `SIG`, or number).
    public let signal: String
    /// Seconds before the time limit.
    public let seconds: Int

    public init(slurm text: String) throws(GrammarError) {
        var rest = Substring(text)
        var flags = ""
        for prefix in ["RB:", "BR:", "B:", "R:"] where rest.uppercased().hasPrefix(prefix) {
            flags = String(prefix.dropLast())
            rest = rest.dropFirst(prefix.count)
            break
        }
        var seconds = 60
        var notes: [String] = []
        if let at = rest.firstIndex(of: "@") {
            let given = rest[rest.index(after: at)...]
            // strtol takes a '+' before the number.
            let digits = given.hasPrefix("+") ? given.dropFirst() : given
            if digits.count < given.count { notes.append("a '+' before the seconds is ignored") }
            // sbatch reads an empty time as 0 seconds.
            if digits.isEmpty { notes.append("nothing after '@' means 0 seconds before the time limit") }
            guard digits.allSatisfy(\.isASCIIDigit), let value = digits.isEmpty ? 0 : Int(digits),
                value < 0xffff
            else {
                throw GrammarError(
                    Self.self, value: text,
                    reason: "the time after '@' must be whole seconds below 65535")
            }
            seconds = value
            rest = rest[..<at]
        }
        var name = rest.uppercased()
        if name.hasPrefix("+"), name.count > 1, name.dropFirst().allSatisfy(\.isASCIIDigit) {
            name.removeFirst()
            notes.append("a '+' before the signal number is ignored")
        }
        if name.allSatisfy(\.isASCIIDigit), !name.isEmpty {
            guard let number = Int(name), number >= 1, number < 0xffff else {
                throw GrammarError(Self.self, value: text, reason: "a signal number must be positive")
            }
            if number > 64 { notes.append("\(number) is not a Linux signal number (1 to 64)") }
        } else {
            if name.hasPrefix("SIG") { name.removeFirst(3) }
            guard Self.names.contains(name) else {
                throw GrammarError(Self.self, value: text, reason: "unknown signal '\(rest)'")
            }
        }
        self.flags = flags
        self.signal = name
        self.seconds = seconds
        self.notes = notes
    }

    public let notes: [String]

    public static let accepted = "[R:|B:]SIGNAL[@SECONDS], SIGNAL a name (USR1, SIGTERM) or number"
    public static let example = "B:USR1@300"
    public var description: String { (flags.isEmpty ? "" : flags + ":") + signal + "@\(seconds)" }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
