import Foundation
import JobGenKit

/// The words after `jobgen validate` that are not flags: `--format`, `--explain`, `--disable` and
/// the paths.
struct ValidateRequest {
    /// `--format`, if given.
    var format: DiagnosticFormat?
    var explain: String?
    /// `--slurm-version`, if given.
    var slurmVersion: SlurmVersion?
    /// `--cluster FILE`: a cluster profile to check requests against.
    var cluster: String?
    var paths: [String] = []
    /// `--disable` codes, upper-case.
    var disabled: Set<String> = []

    private static let examples = [
        "--format": "--format json", "--slurm-version": "--slurm-version 22.05",
        "--explain": "--explain JG201", "--disable": "--disable JG603,JG605",
        "--cluster": "--cluster narval.yaml",
    ]

    init(_ words: [String]) throws(ValidateUsageError) {
        var index = 0
        var optionsEnded = false
        func value(of flag: String, attached: String?) throws(ValidateUsageError) -> String {
            if let attached { return attached }
            guard index < words.count else {
                throw ValidateUsageError("\(flag) needs a value; example: \(Self.examples[flag] ?? flag)")
            }
            index += 1
            return words[index - 1]
        }
        while index < words.count {
            let word = words[index]
            index += 1
            if optionsEnded || word == "-" || !word.hasPrefix("-") {
                paths.append(word)
                continue
            }
            let name = word.split(separator: "=", maxSplits: 1).first.map(String.init) ?? word
            let attached = word.contains("=") ? String(word.drop { $0 != "=" }.dropFirst()) : nil
            switch name {
            case "--":
                optionsEnded = true
            case "--format":
                let text = try value(of: name, attached: attached)
                guard let format = DiagnosticFormat(rawValue: text) else {
                    throw ValidateUsageError(
                        "invalid value '\(text)' for --format; accepted: text, json, gcc; example: --format json"
                    )
                }
                self.format = format
            case "--slurm-version":
                let text = try value(of: name, attached: attached)
                guard let version = SlurmVersion(text) else {
                    throw ValidateUsageError(
                        "invalid value '\(text)' for --slurm-version; accepted: a Slurm release MAJOR.MINOR; example: --slurm-version 22.05"
                    )
                }
                slurmVersion = version
            case "--explain":
                explain = try value(of: name, attached: attached)
            case "--cluster":
                cluster = try value(of: name, attached: attached)
            case "--disable":
                try disabled.formUnion(Self.codes(try value(of: name, attached: attached)))
            default:
                throw ValidateUsageError("unknown option '\(word)'; see 'jobgen validate --help'")
            }
        }
    }
}

extension ValidateRequest {
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
