import Foundation
import Testing

@Suite("jobgen validate --effective")
struct EffectiveCommandTests {
    static func scriptFile(_ text: String) throws -> (directory: URL, path: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "jobgen-effective-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("job.sh")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return (directory, file.path)
    }

    @Test func printsWhatSbatchUsesWithTheLineItCameFrom() throws {
        let (directory, path) = try Self.scriptFile(
            "#!/bin/bash\n#SBATCH --mail-type=BEGIN --tasks-per-node=2\n#SBATCH --mail-type=END -t 90\nhostname\n"
        )
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try JobGenProcess.run(["validate", "--effective", "--slurm-version", "22.05", path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("(sbatch 22.05): 3 options"))
        #expect(result.stdout.contains("mail-type        BEGIN,END  (lines 2, 3)"))
        #expect(result.stdout.contains("ntasks-per-node  2  (line 2)"))
        #expect(result.stdout.contains("time             01:30:00  (line 3)"))
        let newer = try JobGenProcess.run(["validate", "--effective", "--slurm-version", "25.05", path])
        #expect(newer.stdout.contains("mail-type        END  (lines 2, 3)"))
    }

    @Test func jsonAndTheEnvironment() throws {
        let (directory, path) = try Self.scriptFile("#!/bin/bash\n#SBATCH --account=def-a\nhostname\n")
        defer { try? FileManager.default.removeItem(at: directory) }
        let withEnv = try JobGenProcess.run(
            ["validate", "--effective", "--env", "--format", "json", "--slurm-version", "22.05", path],
            environment: ["SBATCH_ACCOUNT": "def-env"])
        #expect(withEnv.status == 0)
        #expect(
            withEnv.stdout.contains(
                "{\"name\": \"account\", \"value\": \"def-env\", \"exact\": true, \"variable\": \"SBATCH_ACCOUNT\", \"lines\": [2]}"
            ))
        let withoutEnv = try JobGenProcess.run(
            ["validate", "--effective", "--format", "json", "--slurm-version", "22.05", path],
            environment: ["SBATCH_ACCOUNT": "def-env"])
        #expect(withoutEnv.stdout.contains("\"value\": \"def-a\""))
    }

    @Test func aScriptSbatchRefusesHasNoEffectiveOptions() throws {
        let (directory, path) = try Self.scriptFile("#!/bin/bash\n#SBATCH --ntask=2\nhostname\n")
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try JobGenProcess.run(["validate", "--effective", path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty || result.stdout == "[]\n")
        #expect(result.stderr.contains("[JG402]"))
        let usage = try JobGenProcess.run(["validate", "--env", path])
        #expect(usage.status == 2 && usage.stderr.contains("--env goes with --effective"))
    }
}
