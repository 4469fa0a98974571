import Foundation
import JobGenKit

/// The Slurm release `jobgen validate` checks for: `--slurm-version`, else what the `sbatch` on
/// PATH says it is (asked once), else the newest release jobgen knows.
enum ValidateTarget {
    static func resolve(_ requested: SlurmVersion?) -> SlurmVersion {
        requested ?? installedSbatch() ?? .newestKnown
    }

    /// `sbatch --version` (`slurm 22.05.8`), read as a release; nil without a usable sbatch.
    static func installedSbatch() -> SlurmVersion? {
        guard let sbatch = SbatchSubmission.executable(named: "sbatch") else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: sbatch)
        process.arguments = ["--version"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return SlurmVersion(text)
    }
}
