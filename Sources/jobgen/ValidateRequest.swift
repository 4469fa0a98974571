import Foundation
import JobGenKit

/// `jobgen validate`'s option values, checked: the argument parser takes them as text so that a
/// bad value is a usage error with jobgen's own message and exit status 2, as documented.
struct ValidateRequest {
    /// `--format`, if given.
    var format: DiagnosticFormat?
    /// `--slurm-version`, if given.
    var slurmVersion: SlurmVersion?
    /// `--disable` codes, upper-case.
    var disabled: Set<String> = []

    init(format: String?, slurmVersion: String?, disable: [String]) throws(ValidateUsageError) {
        if let format {
            guard let known = DiagnosticFormat(rawValue: format) else {
                throw ValidateUsageError(
                    "invalid value '\(format)' for --format; accepted: text, json, gcc; example: --format json")
            }
            self.format = known
        }
        self.slurmVersion = try slurmVersion.map { (text) throws(ValidateUsageError) in try Self.release(text) }
        for value in disable { disabled.formUnion(try Self.codes(value)) }
    }

    /// A `--slurm-version` value: a release MAJOR.MINOR (a patch level is allowed).
    static func release(_ text: String) throws(ValidateUsageError) -> SlurmVersion {
        guard let version = SlurmVersion(text) else {
            throw ValidateUsageError(
                "invalid value '\(text)' for --slurm-version; accepted: a Slurm release MAJOR.MINOR; example: --slurm-version 22.05"
            )
        }
        return version
    }

    /// The codes of a `--disable` value: comma-separated, any case, each a rule's.
    private static func codes(_ text: String) throws(ValidateUsageError) -> [String] {
        let codes = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).uppercased() }
            .filter { !$0.isEmpty }
        guard !codes.isEmpty else {
            throw ValidateUsageError("--disable needs a rule code; example: --disable JG603,JG605")
        }
        for code in codes {
            if code == UnknownDisableCodeRule.code {
                throw ValidateUsageError("\(code) (unknown-disable-code) cannot be disabled")
            }
            guard Validator.rule(code: code) != nil else {
                let known = AllRules.list.map(\.description.code).joined(separator: ", ")
                throw ValidateUsageError("unknown rule code '\(code)' for --disable; known codes: \(known)")
            }
        }
        return codes
    }
}
