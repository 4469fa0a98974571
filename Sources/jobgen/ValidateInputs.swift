import Foundation

/// A script's bytes and the name diagnostics use for it.
struct ScriptInput {
    var name: String
    var bytes: [UInt8]
}

/// Reads the scripts named on the command line: files, directories (searched recursively for
/// script extensions) and `-` for standard input.
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
                    inputs.append(ScriptInput(name: "-", bytes: Array(FileHandle.standardInput.readDataToEndOfFile())))
                    readStandardInput = true
                }
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                failures.append("jobgen validate: cannot read '\(path)': no such file or directory")
                continue
            }
            let files = isDirectory.boolValue ? scripts(under: path) : [path]
            for file in files {
                if let data = FileManager.default.contents(atPath: file) {
                    inputs.append(ScriptInput(name: file, bytes: Array(data)))
                } else {
                    failures.append("jobgen validate: cannot read '\(file)': permission denied or not a regular file")
                }
            }
        }
        return (inputs, failures)
    }

    private static func scripts(under directory: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: directory) else { return [] }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            let ext = (relative as NSString).pathExtension.lowercased()
            guard extensions.contains(ext) else { continue }
            let full = (directory as NSString).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                found.append(full)
            }
        }
        return found.sorted()
    }
}
