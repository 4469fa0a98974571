import JobGenKit
import Testing

@Suite("Shell parser: commands with their context")
struct ShellParserTests {
    static func commands(_ text: String) -> [ShellCommand] { ShellScript(text: text).commands }

    @Test func continuationsJoinAndCommentsAndStringsAreNotCommands() {
        let found = Self.commands(
            "pip install \\\n    --no-index numpy  # --user later\necho \"then pip install x\"\n")
        #expect(
            found.map { $0.words.map(\.text) } == [
                ["pip", "install", "--no-index", "numpy"], ["echo", "\"then pip install x\""],
            ])
        #expect(found[0].position == SourcePosition(line: 1, column: 1))
        #expect(found[0].words[2].position == SourcePosition(line: 2, column: 5))
    }

    @Test func contextsOfLoopsConditionsFunctionsPipelinesAndBackground() {
        let found = Self.commands(
            """
            for i in 1 2; do python app.py; done
            if [ -f x ]; then OMP_NUM_THREADS=4 srun ./a; fi
            run() { srun ./b; }
            ( cd d && ./c ) | tee log &
            """)
        #expect(found.map(\.name) == ["python", "[", "srun", "srun", "cd", "./c", "tee"])
        #expect(found[0].context.inLoop && !found[1].context.inLoop)
        #expect(found[1].context.inCondition && !found[2].context.inCondition)
        #expect(found[2].assignments.map(\.text) == ["OMP_NUM_THREADS=4"])
        #expect(found[3].context.function == "run" && !found[3].context.functionIsCalled)
        #expect(Self.commands("f() { srun ./a; }\nf\n")[0].context.functionIsCalled)
        #expect(found[4].context.inSubshell && found[4].context.inPipeline && found[4].context.inBackground)
        #expect(!found[6].context.inSubshell && found[6].context.inPipeline)
    }

    @Test func heredocBodiesAreNotCommands() {
        let found = Self.commands(
            "srun bash << EOF\nvirtualenv env\nEOF\nsbatch <<'X'\n#SBATCH -n 2\nX\necho done\n")
        #expect(found.map(\.name) == ["srun", "sbatch", "echo"])
        #expect(found[0].redirections.map(\.op) == ["<<"])
    }

    @Test(
        arguments: [
            ("if true; then echo\n", 1, "`if' on line 1 has no `fi'"),
            ("echo 'open\n", 1, "matching `''"),
            ("srun ./a <file>\n", 1, "`newline'"),
            ("echo a\nfi\n", 2, "`fi'"),
            ("echo $((1<<4))\n", nil, ""),
            ("a=(1 2\n3)\necho ${a[@]}\n", nil, ""),
        ] as [(String, Int?, String)])
    func syntaxErrors(_ text: String, _ line: Int?, _ message: String) {
        let error = ShellScript(text: text).syntaxError
        #expect(error?.position.line == line)
        if line != nil { #expect(error?.message.contains(message) == true, "\(error?.message ?? "none")") }
    }

    @Test func deepNestingStopsWithAnErrorInsteadOfACrash() {
        let text = String(repeating: "( ", count: 5000) + "echo" + String(repeating: " )", count: 5000) + "\n"
        #expect(ShellScript(text: text).syntaxError?.message.contains("nested") == true)
        let braces = String(repeating: "{ ", count: 3000) + "\n"
        #expect(ShellScript(text: braces).syntaxError != nil)
    }
}
