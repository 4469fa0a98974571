import Foundation

/// Writes a finished script to a file all at once: a temporary file beside the target gets the
/// text and the executable bit, then takes the target's name in one step. A reader never sees a
/// half-written script, and an existing file is replaced only when asked.
public enum ScriptFile {
    /// Why the script could not be written.
    public struct WriteError: Error, CustomStringConvertible {
        public let path: String
        public let reason: String
        /// True when the only problem is that the file exists and `force` was off.
        public let exists: Bool
        /// True when the path itself is wrong (a directory, a missing folder, no permission), as
        /// opposed to a failure while writing.
        public let isUsageError: Bool

        init(path: String, reason: String, exists: Bool, isUsageError: Bool = false) {
            self.path = path
            self.reason = reason
            self.exists = exists
            self.isUsageError = isUsageError || exists
        }
        public var description: String { "'\(path)': \(reason)" }
    }

    public static func write(_ text: String, to path: String, force: Bool) throws(WriteError) {
        let (directory, base) = splitPath(path)
        guard !base.isEmpty, base != ".", base != ".." else {
            throw WriteError(path: path, reason: "names a directory, not a file", exists: false, isUsageError: true)
        }
        var status = stat()
        if stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            throw WriteError(path: path, reason: "is a directory", exists: false, isUsageError: true)
        }
        var template = Array("\(directory)/.\(base).jobgen-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            let reason = String(cString: strerror(errno))
            throw WriteError(
                path: path, reason: "cannot create a file in '\(directory)': \(reason)", exists: false,
                isUsageError: errno == ENOENT || errno == ENOTDIR || errno == EACCES || errno == EROFS)
        }
        let temporary = String(
            decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var removeTemporary = true
        defer { if removeTemporary { unlink(temporary) } }

        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            if result < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                close(fd)
                throw WriteError(path: path, reason: "write failed: \(reason)", exists: false)
            }
            written += result
        }
        let mode = mode_t(0o755) & ~currentUmask()
        guard fchmod(fd, mode) == 0, fsync(fd) == 0, close(fd) == 0 else {
            throw WriteError(
                path: path, reason: "cannot finish the file: \(String(cString: strerror(errno)))",
                exists: false)
        }
        if force {
            guard rename(temporary, path) == 0 else {
                throw WriteError(
                    path: path, reason: "cannot replace it: \(String(cString: strerror(errno)))",
                    exists: false)
            }
            removeTemporary = false
        } else {
            // link() fails when the name exists, so no existing file is ever clobbered.
            guard link(temporary, path) == 0 else {
                let exists = errno == EEXIST
                let reason =
                    exists
                    ? "already exists (add --force to replace it)"
                    : "cannot create it: \(String(cString: strerror(errno)))"
                throw WriteError(path: path, reason: reason, exists: exists)
            }
        }
    }

    /// The folder and the last component of `path`, without Foundation's path helpers (which
    /// trap on some one-character names in swift-corelibs-foundation).
    static func splitPath(_ path: String) -> (directory: String, base: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let directory = String(path[..<slash])
        return (directory.isEmpty ? "/" : directory, String(path[path.index(after: slash)...]))
    }

    private static func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }
}
