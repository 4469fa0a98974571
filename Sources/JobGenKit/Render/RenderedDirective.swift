/// One `#SBATCH` line with its optional trailing comment, laid out as the seed does: the comment
/// starts at column 34 (the directive is padded with spaces), or one space after a longer one.
public struct RenderedDirective: Sendable, Equatable {
    /// The sbatch long option without dashes (`mem-per-cpu`).
    public let option: String
    /// The value; nil for an option without one (`--exclusive`).
    public let value: String?
    /// The seed's advice for this option ("adjust this to match ..."), if it has one.
    public let comment: String?

    /// The column where trailing comments start in the seed's scripts.
    public static let commentColumn = 34

    public init(option: String, value: String?, comment: String? = nil) {
        self.option = option
        self.value = value
        self.comment = comment
    }

    /// The directive alone: `#SBATCH --time=08:00:00`.
    public var directive: String {
        "#SBATCH --" + option + (value.map { "=" + $0 } ?? "")
    }

    /// The full line, with the comment when `comments` is on.
    public func text(comments: Bool) -> String {
        guard comments, let comment else { return directive }
        let padding = max(1, Self.commentColumn - directive.count)
        return directive + String(repeating: " ", count: padding) + "# " + comment
    }
}
