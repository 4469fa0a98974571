import Foundation
import Testing

/// Prose values (a job name, a comment) are written in double quotes, which sbatch's directive
/// reader takes back whole; what only an escape could carry is refused.
@Suite("jobgen: values with spaces, quoted on the #SBATCH line")
struct QuotedValueTests {
    @Test(arguments: [
        (["--job-name", "sweep a"], "#SBATCH --job-name=\"sweep a\"", "job-name", "sweep a"),
        (["-J", "bob's run #1"], "#SBATCH --job-name=\"bob's run #1\"", "job-name", "bob's run #1"),
        (["--sbatch", "comment=nightly run"], "#SBATCH --comment=\"nightly run\"", "comment", "nightly run"),
        (["--job-name", "plain"], "#SBATCH --job-name=plain", "job-name", "plain"),
    ])
    func renderedQuotedAndReadBackWhole(flags: [String], line: String, option: String, value: String) throws {
        let directory = try JobGenProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let rendered = try JobGenProcess.run(
            ["distributed", "-A", "def-x", "--bare", "--write", "job.sh"] + flags, in: directory)
        #expect(rendered.status == 0, "\(rendered.stderr)")
        let script = try String(contentsOf: directory.appendingPathComponent("job.sh"), encoding: .utf8)
        #expect(script.split(separator: "\n").contains(Substring(line)), "\(script)")

        let validated = try JobGenProcess.run(["validate", "--effective", "job.sh"], in: directory)
        #expect(validated.status == 0, "\(validated.stdout)\(validated.stderr)")
        let effective = validated.stdout.split(separator: "\n").map {
            $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        }
        #expect(effective.contains("\(option) \(value) (line 7)"), "\(validated.stdout)")
    }

    /// Refused with the flag, the value and what is accepted; nothing written.
    @Test(arguments: [
        (["--job-name", "a\"b"], "--job-name 'a\"b'"),
        (["--job-name", "a\\b"], "--job-name 'a\\b'"),
        (["--job-name", "a\tb"], "--job-name 'a\\tb'"),
        (["--sbatch", "comment=say \"hi\""], "--sbatch 'comment=say \"hi\"'"),
    ])
    func whatNeedsAnEscapeIsRefused(flags: [String], named: String) throws {
        let directory = try JobGenProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try JobGenProcess.run(["distributed", "--write", "job.sh"] + flags, in: directory)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("jobgen: error: \(named)"), "\(result.stderr)")
        #expect(result.stderr.contains("without '\"', '\\' or control characters"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("job.sh").path))
    }

    /// `--print-spec` keeps the value itself, not its quoted spelling, so rendering the spec
    /// writes the same line.
    @Test(arguments: [
        (["--job-name", "sweep a"], "#SBATCH --job-name=\"sweep a\""),
        (["--output", "my run-%j.out"], "#SBATCH --output=\"my run-%j.out\""),
    ])
    func printedSpecRendersTheSameLine(flags: [String], line: String) throws {
        let directory = try JobGenProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let spec = try JobGenProcess.run(["distributed", "--print-spec"] + flags)
        #expect(spec.status == 0, "\(spec.stderr)")
        try spec.stdout.write(
            to: directory.appendingPathComponent("job.yaml"), atomically: true, encoding: .utf8)
        let rendered = try JobGenProcess.run(["render", "job.yaml", "--bare"], in: directory)
        #expect(rendered.status == 0, "\(rendered.stderr)")
        #expect(rendered.stdout.split(separator: "\n").contains(Substring(line)), "\(rendered.stdout)")
    }
}
