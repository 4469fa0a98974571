import Foundation

#if canImport(Glibc)
    import Glibc
    private let systemRead = Glibc.read
#elseif canImport(Darwin)
    import Darwin
    private let systemRead = Darwin.read
#endif

/// A script's bytes and the name diagnostics use for it.
struct ScriptInput {
    var name: String
    var bytes: [UInt8]
}

/// Reads the scripts named on the command line: files, directories (searched recursively for
/// scripts) and `-` for standard input. Uses POSIX calls directly: with thousands of
/// files, Foundation's path handling dominated the run time.
enum ScriptInputs {
    static let extensions: Set<String> = ["sh", "sbatch", "slurm", "job", "batch"]

    /// The scripts read, and a message for each path that could not be read.
    static func read(_ paths: [String]) -> (inputs: [ScriptInput], failures: [String]) {
        var inputs: [ScriptInput] = []
        var failures: [String] = []
        var readStandardInput = false
        for path in paths {
            if path == "-" {
                if !readStandardInput {
                    inputs.append(
                        ScriptInput(name: "-", bytes: Array(FileHandle.standardInput.readDataToEndOfFile())))
                    readStandardInput = true
                }
                continue
            }
            var info = stat()
            guard stat(path, &info) == 0 else {
                failures.append("jobgen validate: cannot read '\(path)': \(String(cString: strerror(errno)))")
                continue
            }
            let files = (info.st_mode & S_IFMT) == S_IFDIR ? scripts(under: path) : [path]
            for file in files {
                switch contents(of: file) {
                case .success(let bytes): inputs.append(ScriptInput(name: file, bytes: bytes))
                case .failure(let message):
                    failures.append("jobgen validate: cannot read '\(file)': \(message)")
                }
            }
        }
        return (inputs, failures)
    }

    enum ReadResult {
        case success([UInt8])
        case failure(String)
    }

    static func contents(of path: String) -> ReadResult {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return .failure(String(cString: strerror(errno))) }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
            if count < 0 { return .failure(String(cString: strerror(errno))) }
            if count == 0 { return .success(bytes) }
            bytes.append(contentsOf: chunk[..<count])
        }
    }

    static func hasScriptExtension(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: ".") else { return false }
        return extensions.contains(name[name.index(after: dot)...].lowercased())
    }

    /// A file without any extension counts when it starts with `#!` and has an `#SBATCH`
    /// line near the top, as batch scripts named `job` or `submit` do.
    static func looksLikeBatchScript(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var head = [UInt8](repeating: 0, count: 8192)
        let count = head.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
        guard count >= 2, head[0] == UInt8(ascii: "#"), head[1] == UInt8(ascii: "!") else { return false }
        let marker = Array("\n#SBATCH".utf8)
        return head[..<count].indices.contains { start in
            start + marker.count <= count && head[start..<(start + marker.count)].elementsEqual(marker)
        }
    }

    /// Script files under `directory`, recursively, sorted by path: those with a script
    /// extension, and others that look like batch scripts.
    static func scripts(under directory: String) -> [String] {
        var found: [String] = []
        var pending = [directory]
        while let current = pending.popLast() {
            guard let dir = opendir(current) else { continue }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name == "." || name == ".." { continue }
                let path = current.hasSuffix("/") ? current + name : current + "/" + name
                var type = Int32(entry.pointee.d_type)
                let isLink = type == Int32(DT_LNK)
                if type == Int32(DT_UNKNOWN) || isLink {
                    var info = stat()
                    guard stat(path, &info) == 0 else { continue }
                    type = (info.st_mode & S_IFMT) == S_IFDIR ? Int32(DT_DIR) : Int32(DT_REG)
                    // Symbolic links to directories are not followed: they can form cycles.
                    if isLink, type == Int32(DT_DIR) { continue }
                }
                if type == Int32(DT_DIR) {
                    pending.append(path)
                } else if type == Int32(DT_REG), hasScriptExtension(name) || (!name.contains(".") && looksLikeBatchScript(path)) {
                    found.append(path)
                }
            }
        }
        return found.sorted()
    }
}
