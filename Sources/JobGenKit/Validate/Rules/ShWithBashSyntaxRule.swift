/// JG107: a `#!/bin/sh` script that uses bash-only syntax.
public struct ShWithBashSyntaxRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG107", name: "sh-with-bash-syntax", title: "Bash syntax in a /bin/sh script",
        severity: .warning,
        rationale: """
            A job runs with the interpreter its `#!` line names. `/bin/sh` is dash on Debian and \
            Ubuntu (and may be dash on the cluster even where it is bash on a laptop), and dash \
            does not know bash's extensions: `[[ ]]`, `source`, `function f`, arrays, `$'...'`, \
            `<<<`, `${var//a/b}` and `{1..10}` fail or are taken literally, often after the job has \
            waited in the queue. Only shapes that mean nothing else in POSIX sh are reported, outside \
            comments, here-documents and quotes that do not expand.
            """,
        triggering: [
            """
            #!/bin/sh
            #SBATCH --time=1:00:00
            ↓source ~/venvs/analysis/bin/activate
            if ↓[[ -n "$SLURM_ARRAY_TASK_ID" ]]; then
                python analyse.py --part "$SLURM_ARRAY_TASK_ID"
            fi
            """,
            """
            #!/usr/bin/env sh
            #SBATCH --ntasks=4
            ↓inputs=(a.dat b.dat c.dat)
            for i in ↓{0..2}; do
                srun -n1 ./solve "input-$i" &
            done
            wait
            stem=↓${SLURM_JOB_NAME//-/_}
            ↓function report { echo "done"; }
            tr ',' '\\n' ↓<<< "$stem"
            printf ↓$'%s\\t%s\\n' a b
            """,
        ],
        nonTriggering: [
            """
            #!/bin/bash
            #SBATCH --time=10
            source env.sh
            [[ -f data.csv ]] && python run.py
            """,
            """
            #!/bin/sh
            #SBATCH --time=10
            . ./env.sh
            if [ -f data.csv ]; then echo "use [[ and source in bash"; fi
            echo 'a {1..3} literal' # a [[ comment, source too
            srun bash << EOF
            source ./env.sh
            [[ -d out ]] || mkdir out
            EOF
            """,
        ])

    public func check(_ script: BatchScript) -> [Diagnostic] {
        guard let shebang = Shebang(script), shebang.isPOSIXShell else { return [] }
        var scanner = BashOnlySyntax()
        var found: [Diagnostic] = []
        for command in script.bodyCommands where command.heredocOpener == nil {
            for finding in scanner.scan(command.text) {
                let (what, instead) = Self.explain(finding.construct)
                found.append(
                    description.diagnostic(
                        in: script,
                        at: SourcePosition(line: command.line, column: command.column + finding.offset),
                        "\(what) on line \(command.line) is bash syntax, but this script runs with \(shebang.interpreter)\(shebang.argument.isEmpty ? "" : " \(shebang.argument)"): where that is dash (Debian, Ubuntu) the line fails; only where it is bash (RHEL and its rebuilds) does it work",
                        hint: "start the script with #!/bin/bash, or \(instead)"))
            }
        }
        return found
    }

    private static func explain(_ construct: BashOnlySyntax.Construct) -> (String, String) {
        switch construct {
        case .doubleBracket: return ("'[['", "use the POSIX test: [ ... ]")
        case .source: return ("'source'", "use '.', its POSIX name: . ./env.sh")
        case .function: return ("'function NAME'", "define it as NAME() { ...; }")
        case .array(let name):
            return ("the array '\(name)=('", "use separate variables or set -- (sh has no arrays)")
        case .ansiCQuote: return ("the $'...' quoting", "produce the special characters with printf")
        case .hereString:
            return ("the here-string '<<<'", "pipe into the command: printf '%s\\n' \"$x\" | command")
        case .parameterOperator(let op):
            let kind = op == "/" ? "pattern substitution" : op == ":" ? "substring" : "case conversion"
            return ("the \(kind) '${var\(op)...}'", "compute the value with sed, cut or tr")
        case .braceRange(let range):
            let parts = range.split(separator: "..", omittingEmptySubsequences: false)
            guard parts[0].utf8.last.map({ $0 >= 0x30 && $0 <= 0x39 }) == true else {
                return ("the brace range '{\(range)}'", "write the values out")
            }
            let seq = parts.count == 3 ? "\(parts[0]) \(parts[2]) \(parts[1])" : parts.joined(separator: " ")
            return ("the brace range '{\(range)}'", "list the values with $(seq \(seq))")
        }
    }
}
