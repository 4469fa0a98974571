/// `jobgen validate --effective`: the effective options of scripts, as text or JSON.
public enum EffectiveReport {
    /// One script's effective options.
    public struct Entry: Sendable {
        public let file: String
        public let release: SlurmVersion
        public let options: [EffectiveOption]

        public init(file: String, release: SlurmVersion, options: [EffectiveOption]) {
            self.file = file
            self.release = release
            self.options = options
        }
    }

    /// `file (sbatch 22.05):` then one aligned line an option: name, value, where it came from.
    public static func text(_ entries: [Entry]) -> String {
        entries.map { entry in
            let width = entry.options.map(\.name.count).max() ?? 0
            let lines = entry.options.map { option in
                let name = option.name + String(repeating: " ", count: width - option.name.count)
                return "  \(name)  \(option.value)  (\(origin(option)))"
            }
            let header =
                "\(entry.file) (sbatch \(entry.release)): "
                + (entry.options.isEmpty
                    ? "no options set; sbatch uses its defaults" : "\(entry.options.count) options")
            return ([header] + lines).joined(separator: "\n") + "\n"
        }.joined()
    }

    /// `[{"file", "release", "options": [{"name", "value", "exact", "line" | "variable", "lines"}]}]`.
    public static func json(_ entries: [Entry]) -> String {
        let objects = entries.map { entry in
            let options = entry.options.map { option in
                let source: String
                switch option.source {
                case .script(let line): source = "\"line\": \(line)"
                case .environment(let variable): source = "\"variable\": \(DiagnosticFormat.quote(variable))"
                }
                return "      {\"name\": \(DiagnosticFormat.quote(option.name)), "
                    + "\"value\": \(DiagnosticFormat.quote(option.value)), \"exact\": \(option.exact), \(source), "
                    + "\"lines\": [\(option.lines.map(String.init).joined(separator: ", "))]}"
            }
            return "  {\"file\": \(DiagnosticFormat.quote(entry.file)), \"release\": \"\(entry.release)\", "
                + "\"options\": ["
                + (options.isEmpty ? "]}" : "\n" + options.joined(separator: ",\n") + "\n  ]}")
        }
        return objects.isEmpty ? "[]\n" : "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    private static func origin(_ option: EffectiveOption) -> String {
        switch option.source {
        case .environment(let variable):
            return "environment \(variable)"
                + (option.lines.isEmpty ? "" : ", over " + lineList(option.lines))
        case .script:
            return lineList(option.lines) + (option.exact ? "" : ", as written")
        }
    }

    private static func lineList(_ lines: [Int]) -> String {
        (lines.count == 1 ? "line " : "lines ") + lines.map(String.init).joined(separator: ", ")
    }
}
