import Foundation
import Testing

/// `jobgen validate` with `# jobgen disable=` comments, `--disable` and `--show-suppressed`.
@Suite("jobgen validate suppressions")
struct ValidateSuppressionTests {
    /// An error (JG402) turned off in the directive block, and a warning (JG603) left on.
    static let suppressedError = """
        #!/bin/bash
        # jobgen disable=JG402
        #SBATCH --ntask=2
        hostname
        pip install numpy

        """
    /// Two JG603 warnings, the first turned off by the comment above it.
    static let suppressedWarning = """
        #!/bin/bash
        hostname
        # jobgen disable=JG603
        pip install numpy
        pip install scipy

        """

    func validate(_ arguments: [String]) throws -> JobGenProcess.Result {
        let directory = try JobGenProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.suppressedError.write(
            to: directory.appendingPathComponent("a.sh"), atomically: true, encoding: .utf8)
        try Self.suppressedWarning.write(
            to: directory.appendingPathComponent("b.sh"), atomically: true, encoding: .utf8)
        return try JobGenProcess.run(["validate"] + arguments, in: directory, environment: ["NO_COLOR": "1"])
    }

    @Test func suppressedFindingsAreHiddenCountedAndDoNotFail() throws {
        let result = try validate(["a.sh", "b.sh"])
        #expect(result.status == 0, "the only error is suppressed: \(result.stdout)")
        #expect(!result.stdout.contains("JG402"))
        #expect(result.stdout.contains("a.sh:5:1: warning:"))
        #expect(!result.stdout.contains("b.sh:4:"))
        #expect(result.stdout.contains("b.sh:5:1: warning:"))
        #expect(result.stderr == "0 errors, 2 warnings in 2 files (2 suppressed)\n")
    }

    @Test func noCountWhenNothingIsSuppressed() throws {
        let directory = try JobGenProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "#!/bin/bash\nhostname\n".write(
            to: directory.appendingPathComponent("c.sh"), atomically: true, encoding: .utf8)
        let result = try JobGenProcess.run(["validate", "--disable", "JG603", "c.sh"], in: directory)
        #expect(result.stderr == "0 errors, 0 warnings in 1 file\n")
    }

    @Test(arguments: [
        ["--disable", "JG603"], ["--disable=jg603"], ["--disable", "JG604,JG603"],
        ["--disable", "JG604", "--disable", " jg603 "],
    ])
    func disableTurnsCodesOffEverywhere(_ flags: [String]) throws {
        let result = try validate(flags + ["a.sh", "b.sh"])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty, "\(result.stdout)")
        #expect(result.stderr == "0 errors, 0 warnings in 2 files (4 suppressed)\n")
    }

    @Test func showSuppressedListsThemMarked() throws {
        let text = try validate(["--show-suppressed", "a.sh", "b.sh"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("a.sh:3:9: error: ambiguous option '--ntask' on line 3"))
        #expect(text.stdout.contains("[JG402] (suppressed)\n  hint: "))
        #expect(text.stdout.contains("b.sh:4:1: warning: 'pip install' on line 4"))
        #expect(text.stdout.components(separatedBy: "(suppressed)").count == 3)
        #expect(text.stderr == "0 errors, 2 warnings in 2 files (2 suppressed)\n")

        let gcc = try validate(["--show-suppressed", "--format", "gcc", "b.sh"])
        #expect(
            gcc.stdout.split(separator: "\n").map { $0.hasSuffix("[JG603] (suppressed)") } == [true, false],
            "\(gcc.stdout)")
    }

    @Test func jsonMarksOnlySuppressedObjects() throws {
        let result = try validate(["--show-suppressed", "--format", "json", "b.sh"])
        let objects = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(objects.map { $0["line"] as? Int } == [4, 5])
        #expect(objects[0]["suppressed"] as? Bool == true)
        #expect(objects[1]["suppressed"] == nil)
        #expect(Set(objects[1].keys) == ["file", "line", "column", "severity", "rule", "message", "hint"])

        let hidden = try validate(["--format", "json", "b.sh"])
        #expect(!hidden.stdout.contains("suppressed"))
        #expect(hidden.stdout.components(separatedBy: "\"rule\"").count == 2)
    }

    @Test func strictCountsOnlyReportedWarnings() throws {
        #expect(try validate(["--strict", "b.sh"]).status == 1)
        #expect(try validate(["--strict", "--disable", "JG603", "b.sh"]).status == 0)
        #expect(try validate(["--disable", "JG603", "a.sh"]).status == 0)
    }

    @Test func aReportedErrorStillFails() throws {
        let directory = try JobGenProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "#!/bin/bash\n#SBATCH --ntask=2\nhostname\n# jobgen disable=JG402\npip install x\n".write(
            to: directory.appendingPathComponent("c.sh"), atomically: true, encoding: .utf8)
        let result = try JobGenProcess.run(["validate", "c.sh"], in: directory)
        #expect(result.status == 1, "JG402 is on line 2, not on the command after the comment")
    }

    @Test(arguments: [
        (["--disable", "JG999"], "unknown rule code 'JG999' for --disable; known codes: JG101, "),
        (["--disable=JG603,nope"], "unknown rule code 'NOPE'"),
        (["--disable"], "missing value for '--disable <CODE,...>'"),
        (["--disable", ","], "--disable needs a rule code"),
        (["--disable", "JG108"], "JG108 (unknown-disable-code) cannot be disabled"),
    ])
    func badDisableIsAUsageError(_ flags: [String], _ message: String) throws {
        let result = try validate(["b.sh"] + flags)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("jobgen validate: "))
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func unknownCodeInACommentIsAWarningThatStays() throws {
        let directory = try JobGenProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "#!/bin/bash\n# jobgen disable=JG6O3\nhostname\n".write(
            to: directory.appendingPathComponent("d.sh"), atomically: true, encoding: .utf8)
        let result = try JobGenProcess.run(["validate", "--format", "gcc", "d.sh"], in: directory)
        #expect(result.status == 0)
        #expect(
            result.stdout
                == "d.sh:2:18: warning: 'JG6O3' in the disable comment on line 2 is not a jobgen rule code, so it disables nothing [JG108]\n"
        )
    }
}
