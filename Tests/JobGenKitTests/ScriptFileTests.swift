import Foundation
import Testing

@testable import JobGenKit

@Suite("Writing script files")
final class ScriptFileTests {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "jobgen-write-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    func leftovers() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.contains(".jobgen-") }
    }

    @Test func writesExecutableFile() throws {
        let path = directory.appendingPathComponent("job.sh").path
        try ScriptFile.write("#!/bin/bash\n", to: path, force: false)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "#!/bin/bash\n")
        #expect(FileManager.default.isExecutableFile(atPath: path))
        #expect(try leftovers().isEmpty)
    }

    @Test func refusesToOverwriteWithoutForce() throws {
        let path = directory.appendingPathComponent("job.sh").path
        try "keep me\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect { try ScriptFile.write("#!/bin/bash\n", to: path, force: false) } throws: {
            ($0 as? ScriptFile.WriteError)?.exists == true
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep me\n")
        #expect(try leftovers().isEmpty)
        try ScriptFile.write("#!/bin/bash\n", to: path, force: true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "#!/bin/bash\n")
    }

    @Test func missingDirectoryFailsCleanly() {
        #expect(throws: ScriptFile.WriteError.self) {
            try ScriptFile.write(
                "x", to: directory.appendingPathComponent("no/such/dir/job.sh").path, force: false)
        }
    }
}
