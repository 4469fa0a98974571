import Testing

@testable import JobGenKit

/// Edge cases of the typo, shell-syntax and variable rules beyond their documented examples.
@Suite("Typo and shell rules")
struct NewRuleEdgeCaseTests {
    private func codes(_ text: String, _ code: String) -> [String] {
        let rule = Validator.rule(code: code)!
        return rule.check(BatchScript(text: text, name: "t.sh")).map { "\($0.line):\($0.column)" }
    }

    @Test(arguments: [
        ("SBATCH", "SBATCH", 0), ("SABTCH", "SBATCH", 1), ("SBATC", "SBATCH", 1), ("SBATCHH", "SBATCH", 1),
        ("SEARCH", "SBATCH", 2), ("BASH", "SBATCH", 3), ("sbatch", "SBATCH", 6), ("", "SLURM", 5),
        ("SLRUM", "SLURM", 1), ("ca", "abc", 3),
    ])
    func typoDistance(a: String, b: String, distance: Int) {
        #expect(TypoDistance.between(a, b) == distance)
    }

    @Test(arguments: [
        "#SBATCH--nodes=2", "#SBATCH -N 2", "##SBTACH --nodes=2", "#SBTACH nodes=2", "#SBTACH - two nodes",
        "#SEARCHING --x", "#sbtach --nodes=2", "#!SBTACH --nodes=2",
    ])
    func mistypedPrefixStaysQuiet(line: String) {
        #expect(codes("#!/bin/bash\n\(line)\nhostname\n", "JG204").isEmpty)
    }

    @Test func mistypedPrefixAfterTheBlockIsJG201sBusiness() {
        #expect(codes("#!/bin/bash\nhostname\n#SBTACH --nodes=2\n", "JG204").isEmpty)
        #expect(codes("#!/bin/bash\n#SBTACH --nodes=2\n", "JG204") == ["2:1"])
    }

    @Test(arguments: [
        ("#!/bin/bash\r\nhostname\r\n", [String]()), ("#!/bin/bash -l  \nhostname\n", []),
        ("#!/usr/bin/env\u{2013}bash\nx\n", ["1:15"]), ("#!./run\nx\n", ["1:3"]),
        ("#!\u{00A0}/bin/sh\nx\n", ["1:3"]),
    ])
    func badInterpreter(text: String, expected: [String]) {
        #expect(codes(text, "JG106") == expected)
    }

    @Test(arguments: [
        "case $x in a|b) echo;; esac", "[ \"$a\" = b ] && echo ok", "x=$((1 + 2))",
        "echo \"${HOME}\" ${x:-d} ${#x} ${x%.*} ${x#*/} ${x:=3} ${x:+y}", "f() { echo; }",
        "find . -name '*.txt' -exec rm {} \\;", "awk '{ print ${a/b} }' f", "echo {} {a,b} {1..}",
        "source_dir=/x", "echo source file function x [[", "x=\"a\nline [[ x ]] source\"; echo \"$x\"",
        "echo \"it's $'x' <<< here\"", "sourced=1 ./run",
    ])
    func posixShellStaysQuiet(body: String) {
        #expect(codes("#!/bin/sh\n\(body)\n", "JG107").isEmpty)
    }

    @Test(arguments: [
        ("if [ -f x ]; then source ./y; fi", ["2:19"]), ("true && [[ -d x ]] && echo", ["2:9"]),
        ("echo \"${PWD//\\//_}\"", ["2:7"]), ("x=${y^^}", ["2:3"]), ("files+=(a b)", ["2:1"]),
        ("echo {a..e}", ["2:6"]), ("cmd \\\n  source", []),
    ])
    func bashOnlySyntax(body: String, expected: [String]) {
        #expect(codes("#!/bin/sh -e\n\(body)\n", "JG107") == expected)
        #expect(codes("#!/bin/bash\n\(body)\n", "JG107").isEmpty)
    }

    @Test func shellVariableColumnsFollowQuotesAndSkipWrapAndEscapes() {
        #expect(codes("#!/bin/bash\n#SBATCH --job-name 'run-$USER'\nx\n", "JG521") == ["2:25"])
        #expect(codes("#!/bin/bash\n#SBATCH --wrap=\"echo $HOME\"\n", "JG521").isEmpty)
        #expect(codes("#!/bin/bash\n#SBATCH --comment=a\\$HOME\nx\n", "JG521").isEmpty)
        #expect(codes("#!/bin/bash\n#SBATCH -o$HOME/x.out # $SCRATCH\nx\n", "JG521") == ["2:11"])
    }

    @Test func logDirectoryNeedsTheCommandAndALiteralPath() {
        let head = "#!/bin/bash\n#SBATCH --output=logs/run/%j.out\n"
        #expect(codes(head + "mkdir -p logs/run/extra\n", "JG522") == ["2:18"])
        #expect(codes(head + "mkdir logs/run/extra\n", "JG522").isEmpty)
        #expect(codes(head + "echo mkdir logs/run\n", "JG522").isEmpty)
        #expect(codes(head + "[ -d logs/run ] || mkdir -p 'logs/run'\n", "JG522") == ["2:18"])
        #expect(codes(head + "test -d x || true; mkdir -p 'logs/run'\n", "JG522") == ["2:18"])
        #expect(codes(head + "cd /tmp && mkdir -m 700 logs/run\n", "JG522") == ["2:18"])
        #expect(codes(head + "srun bash << EOF\nmkdir -p logs/run\nEOF\n", "JG522").isEmpty)
    }

    @Test func misspeltVariableIsSuggestedOnlyFromNamesSetInJobs() {
        #expect(codes("#!/bin/bash\necho $SLURM_TIME_LIMIT $SLURM_TIMELIMIT\n", "JG607").isEmpty)
        #expect(codes("#!/bin/bash\necho $SLURM_NODE_ID\n", "JG607") == ["2:6"])
        #expect(codes("#!/bin/bash\necho $SLURM_TASK_ID\n", "JG607") == ["2:6"])
        #expect(codes("#!/bin/bash\nfor f in *; do echo ${SLURM_PROC_ID:-0}; done\n", "JG607") == ["2:21"])
        #expect(
            codes(
                "#!/bin/bash\necho 'a' # $SLURM_NODE_ID\nSLURM_NODE_ID=3 ./x\necho $SLURM_NODE_ID\n", "JG607"
            ).isEmpty)
        let diagnostic = Validator.rule(code: "JG607")!.check(
            BatchScript(text: "#!/bin/bash\ncp x out_$SLURM_JOB_IDs.txt\n", name: "t.sh"))
        #expect(
            diagnostic.first?.hint
                == "write ${SLURM_JOB_ID}s if the name ends before 's': without braces the shell reads on")
    }
}
