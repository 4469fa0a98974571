import Foundation
import JobGenKit

/// The Slurm release `jobgen validate` checks for: `--slurm-version`, else what the `sbatch` on
/// PATH says it is (asked once), else the newest release jobgen knows.
enum ValidateTarget {
    static func resolve(_ requested: SlurmVersion?) -> SlurmVersion {
        requested ?? installedSbatch() ?? .newestKnown
    }

    /// The release of the `sbatch` on PATH; nil without a usable one.
    ///
    /// `sbatch --version` reads slurm.conf before it prints, and with an unreachable one it
    /// retries for a minute (or asks DNS). The version is the client's own, so it is asked with a
    /// two-line configuration of jobgen's first, and in the user's environment only if that fails.
    static func installedSbatch() -> SlurmVersion? {
        guard let sbatch = SbatchSubmission.executable(named: "sbatch") else { return nil }
        let minimal = FileManager.default.temporaryDirectory.appendingPathComponent(
            "jobgen-sbatch-version-\(ProcessInfo.processInfo.processIdentifier).conf")
        defer { try? FileManager.default.removeItem(at: minimal) }
        if (try? "ClusterName=jobgen\nSlurmctldHost=localhost\n".write(
            to: minimal, atomically: true, encoding: .utf8))
            != nil,
            let version = version(of: sbatch, conf: minimal.path)
        {
            return version
        }
        return version(of: sbatch, conf: nil)
    }

    /// Runs `sbatch --version` for at most two seconds and reads its answer (`slurm 22.05.8`).
    private static func version(of sbatch: String, conf: String?) -> SlurmVersion? {
        let environment = conf.map { conf in
            ProcessInfo.processInfo.environment.merging(["SLURM_CONF": conf]) { _, new in new }
        }
        guard let text = TimedProcess.output(of: sbatch, ["--version"], environment: environment, seconds: 2)
        else { return nil }
        return SlurmVersion(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
