import ArgumentParser
import Foundation
import JobGenKit

/// A batch script file read and validated before jobgen hands it on (`submit`, `try`): its
/// findings go to stderr, and errors stop it (exit 1) with what therefore did not happen.
enum ScriptCheck {
    /// The file's bytes, once it has no errors for `target` (and `cluster`, when given).
    /// Findings its own `# jobgen disable=` comments turn off do not stop it.
    static func validated(
        _ path: String, target: SlurmVersion, cluster: ClusterResources? = nil, otherwise outcome: String
    ) throws -> Data {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure.data("cannot read the script '\(path)': no such file, or not readable")
        }
        let diagnostics = Validator(target: target, cluster: cluster).check(bytes: Array(data), name: path).reported
        if !diagnostics.isEmpty {
            FileHandle.standardError.write(Data(DiagnosticFormat.text.render(diagnostics).utf8))
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        if errors > 0 {
            Console.error("\(path) has \(errors) error(s) (listed above); \(outcome)")
            throw ExitCode(1)
        }
        return data
    }
}
