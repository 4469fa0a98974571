/// `--open-mode`: how the output and error files are opened.
///
/// sbatch only looks at the first letter (`a`/`A` append, `t`/`T` truncate), so `--open-mode=add`
/// is accepted as append; jobgen notes any spelling other than the two words.
public struct OpenMode: SlurmValue {
    public enum Mode: String, Sendable { case append, truncate }
    public let mode: Mode
    private let written: String

    public init(slurm text: String) throws(GrammarError) {
        switch text.first {
        case "a", "A": mode = .append
        case "t", "T": mode = .truncate
        default:
            throw GrammarError(Self.self, value: text, reason: "not an open mode")
        }
        written = text
    }

    public var notes: [String] {
        written == mode.rawValue
            ? [] : ["sbatch reads only the first letter of '\(written)'; write '\(mode.rawValue)'"]
    }

    public static let accepted = "append or truncate"
    public static let example = "append"
    public var description: String { mode.rawValue }
    public static func == (a: Self, b: Self) -> Bool { a.mode == b.mode }
}
