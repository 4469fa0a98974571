import JobGenKit

/// Which of the user's own inputs made the rendered script fail validation: `--sbatch`
/// pass-through options (or a spec file's `sbatch` list) and a `--template` go into the script
/// without jobgen's typed checks, so a rejection with them present is bad input, not a jobgen bug.
struct RejectionBlame {
    /// True when the pass-through options came from `--sbatch` flags, false when from a spec file.
    let fromFlags: Bool
    /// The pass-through options the script was rendered with.
    let extras: [ExtraDirective]
    let template: String?

    /// "change ..." naming the inputs to change, or nil when the user supplied none (then the
    /// rejection is jobgen's own fault).
    func advice(for rejected: RejectedScript) -> String? {
        let lines = rejected.text.split(separator: "\n", omittingEmptySubsequences: false)
        let errorLines = rejected.diagnostics.filter { $0.severity == .error }.compactMap { diagnostic in
            lines.indices.contains(diagnostic.line - 1) ? lines[diagnostic.line - 1] : nil
        }
        let implicated = extras.filter { extra in
            errorLines.contains { line in
                line.contains("--\(extra.name)=") || line.hasSuffix("--\(extra.name)")
                    || line.contains("--\(extra.name) ")
            }
        }
        let named = implicated.isEmpty && template == nil ? extras : implicated
        var parts: [String] = []
        if !named.isEmpty {
            let items = named.map(\.description).joined(separator: ", ")
            parts.append(fromFlags ? "--sbatch \(items)" : "the spec file's sbatch list (\(items))")
        }
        if let template { parts.append("the template \(template)") }
        return parts.isEmpty ? nil : "change " + parts.joined(separator: " or ")
    }
}
