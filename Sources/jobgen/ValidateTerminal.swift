import Foundation
import JobGenKit

/// Standard error output and colour decisions for `jobgen validate`.
enum Terminal {
    /// Colour only when standard output is a terminal and NO_COLOR is unset or empty.
    static var wantsColour: Bool {
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"] ?? ""
        return noColor.isEmpty && isatty(STDOUT_FILENO) == 1
    }

    static func printError(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    /// "2 errors, 1 warning in 3 files (1 suppressed)", on standard error so that standard output
    /// stays parseable; `diagnostics` are the reported ones.
    static func printSummary(_ diagnostics: [Diagnostic], files: Int, suppressed: Int) {
        let errors = diagnostics.count { $0.severity == .error }
        let warnings = diagnostics.count { $0.severity == .warning }
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        let note = suppressed > 0 ? " (\(suppressed) suppressed)" : ""
        printError(
            "\(plural(errors, "error")), \(plural(warnings, "warning")) in \(plural(files, "file"))\(note)")
    }
}
