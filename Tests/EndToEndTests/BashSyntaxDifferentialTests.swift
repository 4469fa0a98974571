import Foundation
import JobGenKit
import Testing

/// jobgen's shell parser against `bash -n`: on the repository's own scripts, the seed scripts,
/// every rule example, and seeded mutations of them (lines cut, duplicated, re-indented), jobgen
/// finds a syntax error exactly where `bash -n` fails, on the same line when bash names a token,
/// and an unclosed here-document exactly where bash warns.
@Suite("Shell parser against bash -n")
struct BashSyntaxDifferentialTests {
    static let bases: [String] = {
        let root = LocalCluster.repositoryRoot
        var texts: [String] = []
        let folders = ["scripts", "Tests/Fixtures/seed", "Tests/JobGenKitTests/Golden"]
        for folder in folders {
            let url = root.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            for name in names.sorted() {
                guard let text = try? String(contentsOf: url.appendingPathComponent(name), encoding: .utf8),
                    text.hasPrefix("#!"), text.contains("sh")
                else { continue }
                texts.append(text)
            }
        }
        for rule in AllRules.list {
            for example in rule.description.triggering + rule.description.nonTriggering {
                texts.append(String(decoding: RuleExample(example).bytes, as: UTF8.self))
            }
        }
        return texts
    }()

    /// Shapes that break a script in bash, written for this test.
    static let broken = [
        "#!/bin/bash\n#SBATCH -n 2\nif [ -f data ]; then\n  srun ./app\n",
        "#!/bin/bash\nfor f in *.csv; do\n  python process.py \"$f\"\n",
        "#!/bin/bash\necho \"unfinished\nsrun ./app\n",
        "#!/bin/bash\necho 'it''s\nsrun ./app\n",
        "#!/bin/bash\n#SBATCH --time=10\nsrun ./app --input <input-file>\n",
        "#!/bin/bash\nsrun ./app\nfi\n",
        "#!/bin/bash\ncase $1 in\n  a) echo a ;;\n",
        "#!/bin/bash\n{ echo start; srun ./app\n",
        "#!/bin/bash\n( cd run && srun ./app\n",
        "#!/bin/bash\ncat > next.sh << EOF\n#!/bin/bash\nsrun ./next\n  EOF\nsbatch next.sh\n",
        "#!/bin/bash\nresult=$(python -c 'print(1)'\necho $result\n",
        "#!/bin/bash\nwhile read line; do echo $line; done < list.txt)\n",
        "#!/bin/bash\nif true; then fi\n",
        "#!/bin/bash\nsrun ./app && && echo ok\n",
        "#!/bin/bash\necho a | | cat\n",
        "#!/bin/bash\nf() { echo in f; }\nf\n",
        "#!/bin/bash\nfunction g {\n  srun ./app\n}\ng\n",
        "#!/bin/bash\nfor ((i = 0; i < 3; i++)); do echo $i; done\n",
        "#!/bin/bash\n[[ -n $x && $y < 3 ]] && echo yes\n",
        "#!/bin/bash\necho $((1<<4)) ${x:-\"}\"} `date`\n",
        "#!/bin/bash\nsource <(conda shell.bash hook)\ndiff <(sort a) <(sort b) > >(tee log)\n",
        "#!/bin/bash\ncat <(echo unfinished\n",
    ]

    /// The bases and, for each, mutations: a line cut, a line duplicated, a line indented.
    static let corpus: [String] = {
        var random = SeededRandom(seed: 2_026_120_2)
        var cases = bases + broken
        for base in bases + broken {
            let lines = base.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            guard lines.count > 2 else { continue }
            // Cut or indent the first line that closes something: the shapes that break bash.
            let closers: Set<String> = ["fi", "done", "esac", "}", "EOF", "END", "PY", "C", ";;"]
            if let at = lines.indices.first(where: {
                closers.contains(lines[$0].trimmingCharacters(in: .whitespaces))
            }) {
                var cut = lines
                cut.remove(at: at)
                cases.append(cut.joined(separator: "\n"))
                var indented = lines
                indented[at] = "  " + indented[at]
                cases.append(indented.joined(separator: "\n"))
            }
            for _ in 0..<3 {
                var mutated = lines
                let at = 1 + random.next(lines.count - 1)
                switch random.next(4) {
                case 0: mutated.remove(at: at)
                case 1: mutated.insert(lines[at], at: at)
                case 2: mutated[at] = "  " + mutated[at]
                default: mutated[at] = "\t" + mutated[at]
                }
                cases.append(mutated.joined(separator: "\n"))
            }
        }
        return cases
    }()

    struct BashVerdict: Sendable {
        var fails: Bool
        var warnsHeredoc: Bool
        /// The line of "syntax error near unexpected token", if bash says so.
        var tokenLine: Int?
        var said: String
    }

    static func bash(_ script: String) throws -> BashVerdict {
        let result = try Command.run("bash", ["-n"], input: script, timeout: .seconds(30))
        var tokenLine: Int?
        for line in result.stderr.split(separator: "\n")
        where line.contains("syntax error near unexpected token") {
            // "bash: line 3: syntax error near unexpected token `fi'"
            if let range = line.range(of: "line "),
                let number = Int(line[range.upperBound...].prefix { $0.isNumber })
            {
                tokenLine = number
            }
            break
        }
        return BashVerdict(
            fails: result.status != 0, warnsHeredoc: result.stderr.contains("here-document at line"),
            tokenLine: tokenLine, said: result.stderr)
    }

    @Test(.timeLimit(.minutes(10)))
    func jobgenFailsAndWarnsExactlyWhereBashDoes() async throws {
        let verdicts = try await concurrentMap(Self.corpus, width: 4) { try Self.bash($0) }
        var failing = 0
        var warning = 0
        var lines = 0
        var disagreements: [String] = []
        for (script, bash) in zip(Self.corpus, verdicts) {
            let shell = ShellScript(text: script)
            let error = shell.syntaxError
            if bash.fails { failing += 1 }
            if bash.warnsHeredoc { warning += 1 }
            if bash.fails != (error != nil) {
                disagreements.append(
                    "\(script.debugDescription): bash -n \(bash.fails ? "fails (\(bash.said))" : "passes"), jobgen \(error.map { "says \($0.message) at \($0.position.line)" } ?? "finds no error")"
                )
                continue
            }
            if let tokenLine = bash.tokenLine, let error {
                if error.position.line == tokenLine {
                    lines += 1
                } else {
                    disagreements.append(
                        "\(script.debugDescription): bash -n stops on line \(tokenLine) (\(bash.said)), jobgen on \(error.position.line): \(error.message)"
                    )
                }
            }
            let unclosed = !shell.unclosedHeredocOpeners.isEmpty
            if !bash.fails, bash.warnsHeredoc != unclosed {
                disagreements.append(
                    "\(script.debugDescription): bash -n \(bash.warnsHeredoc ? "warns" : "does not warn") of a here-document, jobgen \(unclosed ? "does" : "does not")"
                )
            }
        }
        print(
            "bash -n differential: \(Self.corpus.count) scripts (\(Self.bases.count) bases), bash fails on \(failing) "
                + "(\(lines) on the token line jobgen names), warns of a here-document on \(warning); "
                + "\(disagreements.count) disagreements")
        #expect(failing > 20 && warning > 0, "the mutations should break some scripts")
        #expect(disagreements.isEmpty, "\(disagreements.joined(separator: "\n"))")
    }
}
