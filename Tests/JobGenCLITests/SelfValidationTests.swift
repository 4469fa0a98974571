import Foundation
import Testing

/// The generator judges its own rendered text with the validator and prints nothing it rejects.
@Suite("jobgen validates what it renders")
struct SelfValidationTests {
    @Test func templateThatHidesADirectiveIsRefused() throws {
        let directory = try JobGenProcess.temporaryDirectory()
        let template = directory.appendingPathComponent("distributed.mustache")
        try "#!/bin/bash\nset -euo pipefail\n#SBATCH --time=10\nhostname\n".write(
            to: template, atomically: true, encoding: .utf8)

        let result = try JobGenProcess.run(["distributed", "--template", template.path])
        #expect(result.status == 70)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("<generated>:3:1: error:"), "\(result.stderr)")
        #expect(result.stderr.contains("[JG201]"), "\(result.stderr)")
    }

    @Test func refusedScriptIsNotWritten() throws {
        let directory = try JobGenProcess.temporaryDirectory()
        let template = directory.appendingPathComponent("gpu.mustache")
        try "#!/bin/bash\n#SBATCH --tim=10\nhostname\n".write(to: template, atomically: true, encoding: .utf8)
        let target = directory.appendingPathComponent("job.sh")

        let result = try JobGenProcess.run(["gpu", "--template", template.path, "--write", target.path])
        #expect(result.status == 70)
        #expect(result.stderr.contains("[JG402]"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }
}
