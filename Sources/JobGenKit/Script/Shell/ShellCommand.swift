/// A simple command of the script as bash parses it, with where it stands in the script's
/// structure.
public struct ShellCommand: Sendable, Equatable {
    /// One word as written (quotes kept), with where it starts.
    public struct Word: Sendable, Equatable {
        public var text: String
        public var position: SourcePosition
    }

    /// What encloses the command.
    public struct Context: Sendable, Equatable {
        /// Inside `for`/`while`/`until`.
        public var inLoop = false
        /// In the condition of an `if`, `elif`, `while` or `until`.
        public var inCondition = false
        /// In the body of a function: its name.
        public var function: String?
        /// In the body of a function that some command of the script calls.
        public var functionIsCalled = false
        /// In `( ... )` or a command substitution.
        public var inSubshell = false
        /// One of several commands joined by `|`.
        public var inPipeline = false
        /// Part of a list run in the background (`&`).
        public var inBackground = false
        /// In a `case` item.
        public var inCase = false
    }

    /// `NAME=value` words before the command name.
    public var assignments: [Word]
    /// The command name and its arguments.
    public var words: [Word]
    /// Redirection operators with their targets (`>`, `out.log`); a here-document's target is
    /// its end word.
    public var redirections: [(op: String, target: Word)]
    /// The here-documents this command reads, in order.
    var heredocs: [ShellHeredoc]
    public var context: Context
    /// Where the command starts.
    public var position: SourcePosition
    /// See `programIndex`.
    var cachedProgramIndex: Int? = nil

    public static func == (a: Self, b: Self) -> Bool {
        a.assignments == b.assignments && a.words == b.words && a.position == b.position
            && a.context == b.context && a.redirections.map(\.op) == b.redirections.map(\.op)
            && a.redirections.map(\.target) == b.redirections.map(\.target)
    }

    /// The command name: the first word, if any.
    public var name: String? { words.first?.text }
}
