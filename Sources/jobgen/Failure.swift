import ArgumentParser
import Foundation
import JobGenKit

/// A refusal printed as `jobgen: error: ...` on stderr, exiting with a sysexits code.
struct Failure: Error {
    let message: String
    let code: Int32

    static func usage(_ message: String) -> Failure { Failure(message: message, code: 64) }
    static func data(_ message: String) -> Failure { Failure(message: message, code: 65) }
    static func internalError(_ message: String) -> Failure { Failure(message: message, code: 70) }
}

enum Console {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("jobgen: error: \(message)\n".utf8))
    }

    /// What was done, for the person (not the output).
    static func note(_ message: String) {
        FileHandle.standardError.write(Data("jobgen: \(message)\n".utf8))
    }

    static func warning(_ message: String) {
        FileHandle.standardError.write(Data("jobgen: warning: \(message)\n".utf8))
    }

    /// Runs `body`, turning a `Failure` into its message and exit code.
    static func reporting(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as Failure {
            error(failure.message)
            throw ExitCode(failure.code)
        }
    }
}
