/// One argument of a directive after sbatch's quote and backslash processing, with the position
/// of its first character in the script.
public struct ScriptToken: Sendable, Equatable {
    /// The argument as sbatch passes it to getopt: quotes and escaping backslashes removed.
    public var text: String
    public var position: SourcePosition

    public init(text: String, position: SourcePosition) {
        self.text = text
        self.position = position
    }
}
