import Foundation

#if canImport(Glibc)
    import Glibc
    private let systemRead = Glibc.read
#elseif canImport(Darwin)
    import Darwin
    private let systemRead = Darwin.read
#endif

/// A script's bytes and the name diagnostics use for it.
struct ScriptInput: Sendable {
    var name: String
    var bytes: [UInt8]
}

/// A script named on the command line, not read yet: a file, or standard input already read.
enum ScriptSource: Sendable {
    case file(String)
    case standardInput([UInt8])

    /// The script, or why it cannot be read.
    func read() -> Result<ScriptInput, ScriptReadFailure> {
        switch self {
        case .standardInput(let bytes): return .success(ScriptInput(name: "-", bytes: bytes))
        case .file(let path):
            switch ScriptInputs.contents(of: path) {
            case .success(let bytes): return .success(ScriptInput(name: path, bytes: bytes))
            case .failure(let message): return .failure(ScriptReadFailure(path: path, reason: message))
            }
        }
    }
}

/// A path that cannot be read, said as validate says it.
struct ScriptReadFailure: Error, Sendable, CustomStringConvertible {
    let path: String
    let reason: String
    var description: String { "jobgen validate: cannot read '\(path)': \(reason)" }
}

/// Finds the scripts named on the command line: files, directories (searched recursively for
/// scripts) and `-` for standard input. Uses POSIX calls directly: with thousands of
/// files, Foundation's path handling dominated the run time.
enum ScriptInputs {
    static let extensions: Set<String> = ["sh", "sbatch", "slurm", "job", "batch"]

    /// The scripts named, in order, and each path that names nothing readable. Files are read
    /// later, by whoever checks them (`ScriptSource.read`), so that reading spreads over cores.
    static func locate(_ paths: [String]) -> (sources: [ScriptSource], failures: [ScriptReadFailure]) {
        var sources: [ScriptSource] = []
        var failures: [ScriptReadFailure] = []
        var readStandardInput = false
        for path in paths {
            if path == "-" {
                if !readStandardInput {
                    sources.append(.standardInput(Array(FileHandle.standardInput.readDataToEndOfFile())))
                    readStandardInput = true
                }
                continue
            }
            var info = stat()
            guard stat(path, &info) == 0 else {
                failures.append(ScriptReadFailure(path: path, reason: String(cString: strerror(errno))))
                continue
            }
            let files = (info.st_mode & S_IFMT) == S_IFDIR ? scripts(under: path) : [path]
            sources += files.map(ScriptSource.file)
        }
        return (sources, failures)
    }

    /// Every script read, and every path that could not be.
    static func read(_ paths: [String]) -> (inputs: [ScriptInput], failures: [ScriptReadFailure]) {
        let located = locate(paths)
        var failures = located.failures
        var inputs: [ScriptInput] = []
        for source in located.sources {
            switch source.read() {
            case .success(let input): inputs.append(input)
            case .failure(let failure): failures.append(failure)
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
        // Sized from fstat and filled without zeroing first: a 64 KiB zeroed buffer per file
        // showed with hundreds of scripts. A file that grows while read is read to its end.
        var info = stat()
        let expected = fstat(fd, &info) == 0 ? max(Int(info.st_size), 0) : 0
        var bytes: [UInt8] = []
        var capacity = max(expected + 1, 4096)
        while true {
            var failed = false
            let previous = bytes
            bytes = Array(unsafeUninitializedCapacity: capacity) { buffer, initialized in
                _ = buffer.initialize(from: previous)
                var filled = previous.count
                while filled < buffer.count {
                    let count = systemRead(fd, buffer.baseAddress! + filled, buffer.count - filled)
                    if count < 0 { failed = true }
                    if count <= 0 { break }
                    filled += count
                }
                initialized = filled
            }
            if failed { return .failure(String(cString: strerror(errno))) }
            if bytes.count < capacity { return .success(bytes) }
            capacity *= 2
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
