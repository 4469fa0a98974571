import Foundation

/// Where the bundled `jobgen-mpi` is: next to the running `jobgen` when it is there (an
/// installed pair), else found on the job's `PATH`.
public enum BundledPayload {
    public static let executableName = "jobgen-mpi"

    /// The shell-ready command for `jobgen-mpi`, given the directory of the running `jobgen`.
    public static func command(nextTo directory: String?) -> String {
        if let directory {
            let candidate = (directory as NSString).appendingPathComponent(executableName)
            if FileManager.default.isExecutableFile(atPath: candidate) { return ShellQuote.quote(candidate) }
        }
        return executableName
    }

    /// The directory of the running executable, links resolved.
    public static var runningExecutableDirectory: String? {
        let path =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? Bundle.main.executablePath
        return path.map { ($0 as NSString).deletingLastPathComponent }
    }
}
