import ArgumentParser
import Foundation
import JobGenKit

/// Explains one script and prints it; what every form of `jobgen explain` ends with.
enum ExplainReport {
    /// Exit status: 0 when sbatch would take the job on the cluster (or none is named), 1 when it
    /// would refuse it, 2 for bad usage or an unreadable script, 65 for a cluster profile or config
    /// file that cannot be used (as `jobgen validate`).
    static func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ValidateUsageError {
            Terminal.printError("jobgen explain: \(error.description)")
            throw ExitCode(2)
        } catch let error as ClusterFileError {
            Terminal.printError("jobgen explain: --cluster \(error.description)")
            throw ExitCode(65)
        } catch let error as ConfigProblems {
            for problem in error.problems { Terminal.printError("jobgen explain: config: \(problem)") }
            throw ExitCode(65)
        }
    }

    /// Prints the explanation of the script `bytes` gives (named `name`), once `options` are known
    /// to be good: a bad flag is named before any script is read or rendered.
    static func explain(name: String, options: ExplainOptions, bytes: () throws -> [UInt8]) throws {
        let format = try options.outputFormat()
        let release = try options.release()
        _ = try ConfigFiles.current()
        let cluster = try ClusterFiles.resolve(options.cluster)
        let script = BatchScript(bytes: try bytes(), name: name, release: release)
        let explanation = JobExplanation(script, cluster: cluster)
        let output = format == .json ? explanation.json() : explanation.text()
        FileHandle.standardOutput.write(Data(output.utf8))
        if explanation.refusal != nil || !explanation.scriptErrors.isEmpty { throw ExitCode(1) }
    }
}
