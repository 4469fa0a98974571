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
        public var description: String { "'\(path)': \(reason)" }
    }

    public static func write(_ text: String, to path: String, force: Bool) throws(WriteError) {
        let directory = (path as NSString).deletingLastPathComponent
        let base = (path as NSString).lastPathComponent
        var template = Array(
            ((directory.isEmpty ? "." : directory) as NSString).appendingPathComponent(
                ".\(base).jobgen-XXXXXX"
            ).utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw WriteError(
                path: path,
                reason: "cannot create a file in its directory: \(String(cString: strerror(errno)))",
                exists: false)
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

    private static func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }
}
