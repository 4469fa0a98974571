import JobGenKit
import Testing

@Suite("BatchScript: directive tokenising as sbatch does it")
struct BatchScriptTokenizerTests {
    /// A directive line, and the arguments sbatch makes of it with their columns.
    static let table: [(line: String, tokens: [String], columns: [Int])] = [
        ("#SBATCH --time=10", ["--time=10"], [9]),
        ("#SBATCH --time 10", ["--time", "10"], [9, 16]),
        ("#SBATCH\t-n 2  -J x", ["-n", "2", "-J", "x"], [9, 12, 15, 18]),
        ("#SBATCH --time=10 # ten minutes", ["--time=10"], [9]),
        ("#SBATCH --time=10# no space", ["--time=10"], [9]),
        ("#SBATCH --job-name=\"my job\" -n1", ["--job-name=my job", "-n1"], [9, 29]),
        ("#SBATCH --job-name='a \"b\" c'", ["--job-name=a \"b\" c"], [9]),
        // As in sbatch, an escaped blank still ends the argument; an escaped # is kept.
        ("#SBATCH --comment=a\\ b\\#c", ["--comment=a", "b#c"], [9, 22]),
        ("#SBATCH --comment=\"x # y\" #z", ["--comment=x # y"], [9]),
        ("#SBATCH --mem-per-cpu=4 G", ["--mem-per-cpu=4", "G"], [9, 25]),
        ("#SBATCH \"\" --time=10", [], []),
        ("#SBATCH--time=10", ["--time=10"], [8]),
        ("#SBATCH", [], []),
        ("#SBATCH # only a comment", [], []),
    ]

    @Test(arguments: table)
    func tokens(_ row: (line: String, tokens: [String], columns: [Int])) throws {
        let script = BatchScript(text: "#!/bin/bash\n\(row.line)\nhostname\n")
        let directive = try #require(script.directiveLines.first)
        #expect(directive.tokens.map(\.text) == row.tokens)
        #expect(directive.tokens.map(\.position.column) == row.columns)
        #expect(directive.tokens.allSatisfy { $0.position.line == 2 })
    }

    @Test(arguments: [
        ("#SBATCH --job-name=\"my job", "\"", 20),
        ("#SBATCH --comment='it", "'", 19),
        ("#SBATCH -J 'a' 'b", "'", 16),
    ])
    func unmatchedQuote(_ line: String, _ quote: Character, _ column: Int) throws {
        let directive = try #require(BatchScript(text: "#!/bin/bash\n\(line)\n").directiveLines.first)
        #expect(directive.unmatchedQuote?.quote == quote)
        #expect(directive.unmatchedQuote?.position == SourcePosition(line: 2, column: column))
    }

    @Test func leadingColonStopsTheLine() throws {
        let directive = try #require(BatchScript(text: "#!/bin/bash\n#SBATCH --gres=gpu :2\n").directiveLines.first)
        #expect(directive.unexpectedColon == SourcePosition(line: 2, column: 20))
        #expect(directive.tokens.map(\.text) == ["--gres=gpu"])
    }
}
