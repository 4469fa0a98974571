import JobGenKit

/// The words after `jobgen validate` that are not flags: `--format`, `--explain` and the paths.
struct ValidateRequest {
    var format: DiagnosticFormat = .text
    var explain: String?
    /// `--slurm-version`, if given.
    var slurmVersion: SlurmVersion?
    var paths: [String] = []

    init(_ words: [String]) throws(ValidateUsageError) {
        var index = 0
        var optionsEnded = false
        func value(of flag: String, attached: String?) throws(ValidateUsageError) -> String {
            if let attached { return attached }
            guard index < words.count else {
                throw ValidateUsageError(
                    "\(flag) needs a value; example: \(flag == "--format" ? "--format json" : "--explain JG201")"
                )
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
            default:
                throw ValidateUsageError("unknown option '\(word)'; see 'jobgen validate --help'")
            }
        }
    }
}
