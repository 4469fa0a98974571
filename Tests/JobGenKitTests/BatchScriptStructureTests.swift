import JobGenKit
import Testing

@Suite("BatchScript: file checks and the directive block")
struct BatchScriptStructureTests {
    @Test func blockEndsAtFirstCommandNotAtBlankOrCommentLines() {
        let script = BatchScript(
            text: "#!/bin/bash\n\n# note\n#SBATCH -n 2\n   \n  # indented comment\n#SBATCH -t 5\nset -e\n#SBATCH --mem=1G\n")
        #expect(script.directiveLines.map(\.line) == [4, 7])
        #expect(script.firstCommandLine == 8)
        #expect(script.lateDirectives == [SourcePosition(line: 9, column: 1)])
        #expect(script.options.map(\.option.name) == ["ntasks", "time"])
    }

    @Test(arguments: [
        ("  #SBATCH -n 2", BatchScript.Lookalike.Kind.indented, 3),
        ("# SBATCH -n 2", .spaced, 1),
        ("#sbatch -n 2", .wrongCase, 1),
        ("#Sbatch -n 2", .wrongCase, 1),
    ])
    func lookalikesAreCommentsNotDirectives(_ line: String, _ kind: BatchScript.Lookalike.Kind, _ column: Int) {
        let script = BatchScript(text: "#!/bin/bash\n\(line)\nhostname\n")
        #expect(script.directiveLines.isEmpty)
        #expect(script.lookalikes == [.init(kind: kind, position: SourcePosition(line: 2, column: column))])
    }

    @Test func slurmPrefixIsReadToo() {
        let script = BatchScript(text: "#!/bin/bash\n#SLURM --time=5\n")
        #expect(script.directiveLines.first?.prefix == .slurm)
        #expect(script.last("time")?.value == "5")
    }

    @Test func fileLevelFacts() {
        let bytes: [UInt8] = Array("#!/bin/bash\r\necho a".utf8) + [0, 0xC3, 0x28] + Array("\n".utf8)
        let script = BatchScript(bytes: bytes, name: "x.sh")
        #expect(script.hasShebang && !script.isBlank)
        #expect(script.crlfLines == [1])
        #expect(script.firstNul == SourcePosition(line: 2, column: 7))
        #expect(script.firstInvalidUTF8 == SourcePosition(line: 2, column: 8))
        #expect(BatchScript(text: " \n\t\n").isBlank)
        #expect(!BatchScript(text: " #!/bin/bash\n").hasShebang)
    }

    @Test(arguments: [
        // (directive text, option names, values, value columns)
        ("--time=10", ["time"], ["10"], [16]),
        ("--time 10", ["time"], ["10"], [16]),
        ("-t10", ["time"], ["10"], [11]),
        ("-t 10", ["time"], ["10"], [12]),
        ("-Hn4", ["hold", "ntasks"], [nil, "4"], [nil, 12]),
        ("--exclusive --ntasks=2", ["exclusive", "ntasks"], [nil, "2"], [nil, 30]),
        ("--exclusive=user", ["exclusive"], ["user"], [21]),
        ("--job-n=x", ["job-name"], ["x"], [17]),
        ("-J --time=5", ["job-name"], ["--time=5"], [12]),
    ] as [(String, [String], [String?], [Int?])])
    func getoptReadsOptionsAndValues(_ text: String, _ names: [String], _ values: [String?], _ columns: [Int?]) {
        let options = BatchScript(text: "#!/bin/bash\n#SBATCH \(text)\n").options
        #expect(options.map(\.option.name) == names)
        #expect(options.map(\.value) == values)
        #expect(options.map(\.valuePosition?.column) == columns)
    }

    @Test func valueMayComeFromTheNextDirectiveLine() {
        let options = BatchScript(text: "#!/bin/bash\n#SBATCH --time\n#SBATCH 10\n").options
        #expect(options.first?.value == "10")
        #expect(options.first?.valuePosition == SourcePosition(line: 3, column: 9))
    }

    @Test func argumentFailures() {
        let arguments = BatchScript(text: "#!/bin/bash\n#SBATCH --hold=1 --walltime=1 --gpu=1 -y stray -- -n 2\n")
            .arguments
        #expect(arguments.count == 7)
        guard arguments.count == 7 else { return }
        if case .unexpectedValue(let option, _, let value, _) = arguments[0] {
            #expect(option.name == "hold" && value == "1")
        } else { Issue.record("expected unexpectedValue, got \(arguments[0])") }
        if case .unknown(let written, let suggestions, _) = arguments[1] {
            #expect(written == "--walltime" && suggestions.first?.name == "time")
        } else { Issue.record("expected unknown, got \(arguments[1])") }
        if case .ambiguous(_, let candidates, _) = arguments[2] {
            #expect(candidates.map(\.name) == ["gpu-bind", "gpu-freq", "gpus", "gpus-per-node", "gpus-per-socket", "gpus-per-task"])
        } else { Issue.record("expected ambiguous, got \(arguments[2])") }
        if case .unknown(let written, _, _) = arguments[3] { #expect(written == "-y") } else {
            Issue.record("expected unknown short, got \(arguments[3])")
        }
        // After `--` everything is a stray argument, options included.
        #expect(arguments[4...].map { if case .stray(let t) = $0 { t.text } else { "?" } } == ["stray", "-n", "2"])
    }

    @Test func missingValueAtTheEnd() {
        let arguments = BatchScript(text: "#!/bin/bash\n#SBATCH -n 2 --time\n").arguments
        guard case .missingValue(let option, _, let position) = arguments.last else {
            Issue.record("expected missingValue, got \(arguments)")
            return
        }
        #expect(option.name == "time" && position == SourcePosition(line: 2, column: 14))
    }

    @Test func hetjobSeparatesComponents() {
        let script = BatchScript(text: "#!/bin/bash\n#SBATCH -n1\n#SBATCH hetjob\n#SBATCH -n2\n#SBATCH packjob -n3\n")
        #expect(script.directiveLines.map(\.startsComponent) == [false, true, false, true])
        #expect(script.options.map(\.component) == [0, 1, 2])
        #expect(script.options.map(\.value) == ["1", "2", "3"])
        #expect(script.arguments.count == 3, "the separator is not a stray argument")
    }
}
