/// `--get-user-env[=timeout][S|L]`: load the user's login environment, with a timeout in seconds
/// and `S` (short) or `L` (long, login shell) mode.
public struct GetUserEnv: SlurmValue {
    public let timeout: Int?
    public let mode: Character?

    public init(slurm text: String) throws(GrammarError) {
        let digits = text.prefix(while: \.isASCIIDigit)
        let rest = text.dropFirst(digits.count).uppercased()
        guard rest.isEmpty || rest == "S" || rest == "L" else {
            throw GrammarError(Self.self, value: text, reason: "expected seconds and/or S or L")
        }
        timeout = Int(digits)
        mode = rest.first
    }

    public static let accepted = "[SECONDS][S|L], e.g. 10, L or 10L"
    public static let example = "10L"
    public var description: String { (timeout.map(String.init) ?? "") + (mode.map { String($0) } ?? "") }
}
