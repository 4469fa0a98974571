import Testing

@testable import JobGenKit

/// Accepted and rejected inputs for every sbatch value grammar, one table per type. Accepted
/// values must render back exactly as given; rejected ones must explain themselves.
@Suite("Value grammars")
struct GrammarTests {
    static func expectRejected<V: SlurmValue>(_ type: V.Type, _ text: String, reason: String? = nil) {
        do {
            let value = try V(slurm: text)
            Issue.record("\(V.self) accepted '\(text)' as \(value)")
        } catch {
            #expect(error.value == text)
            #expect(error.accepted == V.accepted)
            #expect(error.example == V.example)
            #expect(!error.reason.isEmpty)
            if let reason { #expect(error.reason.contains(reason), "\(error.reason)") }
            #expect(error.description.contains(V.example))
        }
    }

    static func expectAccepted<V: SlurmValue>(_ type: V.Type, _ text: String, notes: Bool = false) throws {
        let value = try V(slurm: text)
        #expect(value.description == text)
        #expect(value.notes.isEmpty == !notes, "\(value.notes)")
    }

    static let controlCharacters = ["x\n#SBATCH --partition=evil", "a\tb", "a\u{1B}[0m", "a\u{0}b", "a\rb"]

    @Test("every grammar's own example parses")
    func examplesParse() throws {
        _ = try WallTime(slurm: WallTime.example)
        _ = try MemorySize(slurm: MemorySize.example)
        _ = try PositiveCount(slurm: PositiveCount.example)
        _ = try NodeCount(slurm: NodeCount.example)
        _ = try GPUCount(slurm: GPUCount.example)
        _ = try GPUsPerUnit(slurm: GPUsPerUnit.example)
        _ = try Gres(slurm: Gres.example)
        _ = try ArraySpec(slurm: ArraySpec.example)
        _ = try Dependency(slurm: Dependency.example)
        _ = try MailTypes(slurm: MailTypes.example)
        _ = try FilenamePattern(slurm: FilenamePattern.example)
        _ = try ExclusiveMode(slurm: ExclusiveMode.example)
        _ = try SlurmWord(slurm: SlurmWord.example)
    }

    // MARK: --time

    @Test(arguments: [
        ("10", 10), ("10:30", 11), ("10:00", 10), ("08:00:00", 480), ("1-0", 1440), ("2-12", 3600),
        ("1-02:30", 1590), ("1-02:30:01", 1591), ("0:59", 1), ("UNLIMITED", -1), ("infinite", -1),
        ("7-00:00:00", 10080),
    ])
    func wallTimeAccepted(text: String, minutes: Int) throws {
        let time = try WallTime(slurm: text)
        #expect(time.minutes == (minutes < 0 ? nil : minutes))
        #expect(time.description == text)
        #expect(time.notes.isEmpty)
    }

    @Test(arguments: [
        ("25:99:99", "1-02:41:00"), ("1-30", "2-06:00:00"), ("5:75", "00:07:00"), ("1-0:61", "1-01:01:00"),
    ])
    func wallTimeNormalisedWithNote(text: String, normalised: String) throws {
        let time = try WallTime(slurm: text)
        #expect(time.notes.count == 1)
        #expect(time.notes[0].contains(normalised), "\(time.notes)")
    }

    @Test func wallTimeZeroNote() throws {
        #expect(try WallTime(slurm: "0").notes.count == 1)
    }

    @Test(
        arguments: [
            "abc", "8h", "", "1:2:3:4", "1-2-3", ":30", "10:", "1.5", "1e3", " 10", "1-1:2:3:4", "+5", "1--",
            "-1-2", "1-:", "-x",
        ]
            + controlCharacters)
    func wallTimeRejected(text: String) {
        Self.expectRejected(WallTime.self, text)
    }

    // MARK: memory

    @Test(arguments: [
        ("4G", 4096), ("4g", 4096), ("4GB", 4096), ("4gb", 4096), ("500M", 500), ("4096", 4096),
        ("2T", 2_097_152), ("1024K", 1), ("1K", 1), ("4096MB", 4096),
    ])
    func memoryAccepted(text: String, megabytes: Int) throws {
        let memory = try MemorySize(slurm: text)
        #expect(memory.megabytes == megabytes)
        #expect(memory.description == text)
        #expect(memory.notes.isEmpty)
    }

    @Test func memoryZeroMeansWholeNode() throws {
        #expect(try MemorySize(slurm: "0").notes.first?.contains("all the memory") == true)
    }

    @Test(arguments: [
        ("4X", "unit"), ("1.5G", "decimals"), ("4GiB", "GiB"), ("4Gi", "binary"), ("G", "whole number"),
        ("", "empty"), ("-4G", "negative"), ("4 G", "unit"), ("4GBB", "unit"),
        ("99999999999999999999", "too large"),
    ])
    func memoryRejected(text: String, reason: String) {
        Self.expectRejected(MemorySize.self, text, reason: reason)
    }

    // MARK: counts

    @Test(arguments: ["1", "4", "40", "1024"])
    func countAccepted(text: String) throws {
        try Self.expectAccepted(PositiveCount.self, text)
    }

    @Test(arguments: [
        ("0", "at least 1"), ("-3", "negative"), ("2.5", "decimals"), ("1e3", "whole number"), ("", "empty"),
        ("four", "whole number"), (" 4", "whole number"), ("-0", "negative"),
        ("2147483648", "at most 2147483647"), ("4294967295", "at most 2147483647"), ("+-2", "whole number"),
    ])
    func countRejected(text: String, reason: String) {
        Self.expectRejected(PositiveCount.self, text, reason: reason)
    }

    @Test(arguments: ["1", "2", "2-4", "1-1", "16"])
    func nodesAccepted(text: String) throws {
        try Self.expectAccepted(NodeCount.self, text)
    }

    @Test func nodesZeroNote() throws {
        #expect(try NodeCount(slurm: "0").notes.count == 1)
    }

    @Test(arguments: ["abc", "1,2", "1-", "-1", "4-2", "", "1-2-3", "2.5", "2147483648", "1-2147483648", "+-1"])
    func nodesRejected(text: String) {
        Self.expectRejected(NodeCount.self, text)
    }

    // MARK: GPUs

    @Test(arguments: ["1", "4", "a100:1", "h100:2", "nvidia_a100-3g.20gb:1"])
    func gpusAccepted(text: String) throws {
        try Self.expectAccepted(GPUCount.self, text)
    }

    @Test func gpusZeroNote() throws {
        #expect(try GPUCount(slurm: "0").notes.count == 1)
    }

    @Test(arguments: [
        "", "a100:", ":1", ":2", "a100:1:2", "-1", "1.5", "a b:1", "a100:x", "1,a100:1", "2147483648", "1,2",
    ])
    func gpusRejected(text: String) {
        Self.expectRejected(GPUCount.self, text)
    }

    @Test(arguments: ["1", "a100:1", "a100:1,v100:2", "4"])
    func gpusPerUnitAccepted(text: String) throws {
        try Self.expectAccepted(GPUsPerUnit.self, text)
    }

    @Test(arguments: ["", "a100,2", "1,a100:1", "a100:1;v100:1", "1:2:3", "-1"])
    func gpusPerUnitRejected(text: String) {
        Self.expectRejected(GPUsPerUnit.self, text)
    }

    @Test(arguments: ["gpu", "gpu:2", "gpu:a100:1", "gpu:a100", "gpu:a100:1,nvme:1"])
    func gresAccepted(text: String) throws {
        _ = try Gres(slurm: text)
    }

    @Test(arguments: ["", "gpu:", ":1", "gpu:a100:x", "1", "gpu:a100:1:2", "gpu,,nvme", "gpu a100"])
    func gresRejected(text: String) {
        Self.expectRejected(Gres.self, text)
    }

    // MARK: --array

    @Test(arguments: [
        ("0-15", 15), ("0,6,16-32", 32), ("0-15:4", 12), ("0-15%4", 15), ("7", 7), ("1-9:2%3", 9), ("3,1", 3),
    ])
    func arrayAccepted(text: String, highest: Int) throws {
        let array = try ArraySpec(slurm: text)
        #expect(array.highestIndex == highest)
        #expect(array.description == text)
    }

    @Test(arguments: [
        ("1-x", "'x'"), ("5-1", "ends before"), ("0-15:0", "step"), ("", "empty"), ("-1", "missing"), ("5:2", "range"),
        ("4000000000", "largest"), ("2147483648", "largest"), ("1-4000001", "largest"),
        ("1-2-3", "more than one"),
        ("0-15;4", "whole number"),
    ])
    func arrayRejected(text: String, reason: String) {
        Self.expectRejected(ArraySpec.self, text, reason: reason)
    }

    @Test func arrayPercentZeroNote() throws {
        #expect(try ArraySpec(slurm: "0-15%0").notes.count == 1)
        #expect(try ArraySpec(slurm: "0-15%4").notes.isEmpty)
    }

    // MARK: --dependency

    @Test(arguments: [
        "afterok:123", "afterok:1:2:3", "after:12+5", "afterany:1,afterok:2", "afterok:1?afternotok:2",
        "singleton", "aftercorr:5_3", "afterburstbuffer:9", "afterok:1+5",
    ])
    func dependencyAccepted(text: String) throws {
        try Self.expectAccepted(Dependency.self, text)
    }

    @Test(arguments: [
        "", "afterok", "afterok:", "afterok:abc", "before:1", "afterok:1,afterok:2?afterok:3",
        "afterok:1 afterok:2", "singleton,", "after:1+x", "afterok:0", "afterok:-1", "afterok:4294967296",
        "after:1+-2", "afterok:1+4294967296", "afterok:1_x", "afterok:1x",
    ])
    func dependencyRejected(text: String) {
        Self.expectRejected(Dependency.self, text)
    }

    // MARK: --mail-type

    @Test(arguments: [
        "END", "end,fail", "ALL", "BEGIN,END,FAIL,REQUEUE", "TIME_LIMIT_90", "ARRAY_TASKS,ALL",
        "INVALID_DEPEND",
    ])
    func mailTypesAccepted(text: String) throws {
        try Self.expectAccepted(MailTypes.self, text)
    }

    @Test(arguments: [
        ("", "empty"), ("END;FAIL", "';' is not a separator"), ("FINISH", "not a mail event"),
        (",", "no event"), ("END, FAIL", "not a mail event"),
    ])
    func mailTypesRejected(text: String, reason: String) {
        Self.expectRejected(MailTypes.self, text, reason: reason)
    }

    // MARK: --output / --error

    @Test(arguments: [
        "slurm-%j.out", "slurm-%A_%a.out", "%x-%4a.log", "logs/run.out", "100%%.txt", "/scratch/u/%u/%j.err",
    ])
    func filenameAccepted(text: String) throws {
        try Self.expectAccepted(FilenamePattern.self, text)
    }

    @Test(arguments: ["out-%q.log", "trail%", "x%5"])
    func filenameSurprisingNotes(text: String) throws {
        try Self.expectAccepted(FilenamePattern.self, text, notes: true)
    }

    @Test(arguments: [""] + controlCharacters)
    func filenameRejected(text: String) {
        Self.expectRejected(FilenamePattern.self, text)
    }

    /// sbatch accepts these when the line quotes them (checked with sbatch 22.05: `--output="a b.out"`
    /// writes `a b.out`); jobgen writes each so that the #SBATCH tokenizer reads it back unchanged.
    @Test(arguments: [
        ("my log.out", "\"my log.out\""), ("a#b", "\"a#b\""), ("it's.out", "\"it's.out\""),
        ("a\"b", "\"a\\\"b\""), ("a\\b", "a\\\\b"), ("a b\\c", "\"a b\\\\c\""),
        ("plain-%j.out", "plain-%j.out"),
    ])
    func filenameRendersSoTheLineReadsItBack(text: String, rendered: String) throws {
        let pattern = try FilenamePattern(slurm: text)
        #expect(pattern.description == rendered)
        let script = BatchScript(text: "#!/bin/bash\n#SBATCH --output=\(pattern.description) --time=5\nhostname\n")
        #expect(script.options.first?.value == text)
        #expect(script.options.count == 2)
    }

    // MARK: --exclusive

    @Test(arguments: [
        ("", ExclusiveMode.node), ("user", .user), ("mcs", .mcs), ("topo", .topo), ("USER", .user),
    ])
    func exclusiveAccepted(text: String, mode: ExclusiveMode) throws {
        #expect(try ExclusiveMode(slurm: text) == mode)
    }

    @Test func exclusiveTopoNotesTheSlurmVersion() throws {
        #expect(try ExclusiveMode(slurm: "topo").notes.count == 1)
        #expect(try ExclusiveMode(slurm: "user").notes.isEmpty)
    }

    @Test(arguments: ["yes", "node", "user,mcs", "u\nser"])
    func exclusiveRejected(text: String) {
        Self.expectRejected(ExclusiveMode.self, text)
    }

    // MARK: words (account, job name, partition, qos, constraint, mail user)

    @Test(arguments: [
        "def-someprof", "rrg-abc_gpu", "my.job", "a100&h100", "[a|b]", "user@example.org", "é-unicode",
    ])
    func wordAccepted(text: String) throws {
        try Self.expectAccepted(SlurmWord.self, text)
    }

    @Test(arguments: [
        ("", "empty"), ("def someprof", "space"), (" ", "space"), ("a#b", "'#'"), ("it's", "'''"),
        ("a\\b", "'\\'"), ("x\n#SBATCH --partition=evil", "U+000A"), ("a\u{7F}", "U+007F"),
        ("\u{85}", "U+0085"),
    ])
    func wordRejected(text: String, reason: String) {
        Self.expectRejected(SlurmWord.self, text, reason: reason)
    }

    // MARK: accepted with a note, written back clean

    /// Values sbatch 22.05 accepts (checked with `sbatch --test-only`) that do not mean what they
    /// seem: each parses, carries a note containing `note`, and renders as `clean`.
    @Test(arguments: [
        (ValueGrammar.wallTime, "-5", "-5", "no time limit"), (.wallTime, "-0", "-0", "no time limit"),
        (.wallTime, "1-", "1-0", "1 day"),
        (.memory, "+4G", "4G", "without the '+'"), (.memory, "+0", "0", "'+'"),
        (.count, "+4", "4", "read as 4"),
        (.mailTypes, "BEGIN,,END", "BEGIN,END", "empty item"), (.mailTypes, ",BEGIN", "BEGIN", "empty item"),
        (.array, "1,2,", "1,2", "empty item"), (.array, "[1-5]", "1-5", "brackets"),
        (.array, "[1-5]%2", "1-5%2", "brackets"), (.array, "1,,2", "1,2", "empty item"),
        (.array, "1001", "1001", "MaxArraySize"), (.array, "+1", "1", "'+'"), (.array, "1-+3", "1-3", "'+'"),
        (.array, "1-5%+2", "1-5%2", "'+'"), (.array, "1-5:+2", "1-5:2", "'+'"),
        (.array, "0-15%", "0-15%0", "as %0"), (.array, "1%2x", "1%2", "as %2"), (.array, ",", "", "ordinary job"),
        (.array, "[]", "", "ordinary job"), (.array, "%2", "0%2", "index 0"),
        (.gpuCount, "a100:1,", "a100:1", "empty item"), (.gpuCount, ",", "0", "names no GPU"),
        (.gpusPerUnit, ",", "", "names no GPU"),
        (.signal, "+10", "10@60", "'+'"), (.signal, "USR1@+60", "USR1@60", "'+'"), (.cpuFreq, "+1000", "1000", "as 1000"),
        (.waitAllNodes, "+1", "1", "reads as 1"),
        (.nodeCount, "+2", "2", "'+'"), (.nodeCount, "1-+3", "1-3", "'+'"), (.gres, "gpu:+1", "gpu:1", "'+'"),
        (.gres, "gpu:a100:+1", "gpu:a100:1", "'+'"),
        (.dependency, "AFTEROK:1", "afterok:1", "case-insensitive"),
        (.dependency, "Singleton", "singleton", "case-insensitive"),
        (.dependency, "afterok:+5", "afterok:5", "'+'"), (.dependency, "afterok:1_", "afterok:1_0", "index 0"),
        (.dependency, "afterok:1_+3", "afterok:1_3", "'+'"), (.dependency, "AfterAny:1?afterok:2", "afterany:1?afterok:2", "case"),
        (.gpuCount, "a100", "a100:1", "without a count"), (.gpuCount, "+2", "2", "'+'"),
        (.gpuCount, "a100:+2", "a100:2", "'+'"),
        (.gpusPerUnit, "a100", "a100:1", "without a count"), (.gpusPerUnit, "a100:1,", "a100:1", "empty item"),
        (.gpusPerUnit, "+1", "1", "'+'"), (.gpusPerUnit, "a100:1,a100", "a100:1,a100:1", "without a count"),
        (.filenamePattern, "a\\%j.out", "a\\\\%j.out", "backslash"),
    ])
    func acceptedWithNote(grammar: ValueGrammar, text: String, clean: String, note: String) throws {
        let type = try #require(grammar.valueType)
        let value = try Self.parse(type, text)
        #expect(value.description == clean)
        #expect(value.notes.contains { $0.contains(note) }, "\(value.notes)")
    }

    static func parse<V: SlurmValue>(_ type: V.Type, _ text: String) throws -> any SlurmValue {
        try V(slurm: text)
    }

    @Test func positiveCountBounds() throws {
        #expect(try PositiveCount(slurm: "2147483647").value == 2_147_483_647)
        #expect(try ArraySpec(slurm: "4000000").highestIndex == 4_000_000)
    }
}
