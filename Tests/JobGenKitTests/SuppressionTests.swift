import JobGenKit
import Testing

/// `# jobgen disable=` comments and `disabled` codes: which findings they turn off, and where.
@Suite("Suppressions")
struct SuppressionTests {
    static let pip = "pip install numpy\n"

    func findings(_ text: String, disabled: Set<String> = []) -> Findings {
        Validator().check(BatchScript(text: text, name: "job.sh"), disabled: disabled)
    }

    func lines(_ diagnostics: [Diagnostic], _ rule: String) -> [Int] {
        diagnostics.filter { $0.rule == rule }.map(\.line)
    }

    @Test(arguments: [
        "# jobgen disable=JG603\n", "# jobgen disable=jg603\n", "#jobgen disable=JG603\n",
        "  #  jobgen   disable = JG603 , JG604\n", "# jobgen disable=JG604,JG603 # the site mirrors PyPI\n",
        "\t# jobgen disable=JG603,\n",
    ])
    func commentFormsSuppressTheNextCommand(_ comment: String) {
        let result = findings("#!/bin/bash\nhostname\n" + comment + Self.pip + Self.pip)
        #expect(lines(result.suppressed, "JG603") == [4])
        #expect(lines(result.reported, "JG603") == [5])
        #expect(result.suppressed.allSatisfy(\.suppressed) && !result.reported.contains(where: \.suppressed))
        #expect(!result.reported.contains { $0.rule == "JG108" })
    }

    @Test(arguments: [
        "# jobgen: disable=JG603\n", "# jobgen disable JG603\n", "pwd # jobgen disable=JG603\n",
        "# jobgendisable=JG603\n", "# JOBGEN disable=JG603\n", "#! jobgen disable=JG603\n",
    ])
    func otherTextIsNoDisableComment(_ line: String) {
        let result = findings("#!/bin/bash\nhostname\n" + line + Self.pip)
        #expect(result.suppressed.isEmpty)
        #expect(lines(result.reported, "JG603") == [4])
    }

    @Test func blankAndCommentLinesAreSkippedAndCommentsStack() {
        let text = """
            #!/bin/bash
            hostname
            # jobgen disable=JG603

            # jobgen disable=JG604
            # why: the site mirrors PyPI
            virtualenv env && pip install numpy
            pip install scipy

            """
        let result = findings(text)
        #expect(result.suppressed.map(\.rule).sorted() == ["JG603", "JG604"])
        #expect(lines(result.reported, "JG603") == [8])
    }

    @Test func continuationLinesBelongToTheCommand() {
        let text = """
            #!/bin/bash
            hostname
            # jobgen disable=JG604
            echo start \\
                && virtualenv env \\
                && echo done
            virtualenv env2
            echo \\\\
            # jobgen disable=JG604
            echo \\\\
            virtualenv env3

            """
        let result = findings(text)
        #expect(lines(result.suppressed, "JG604") == [5])
        #expect(lines(result.reported, "JG604") == [7, 11])
    }

    @Test func directiveBlockCommentsCoverTheWholeFile() {
        for placement in [
            "#SBATCH --time=10\n# jobgen disable=JG603\n", "# jobgen disable=JG603\n#SBATCH --time=10\n",
        ] {
            let result = findings(
                "#!/bin/bash\n" + placement + "\nhostname\n" + Self.pip + "echo\n" + Self.pip)
            #expect(lines(result.suppressed, "JG603") == [6, 8])
            #expect(!result.reported.contains { $0.rule == "JG603" })
        }
    }

    @Test func aDirectiveLineFindingIsSuppressedByTheCommentAboveIt() {
        let result = findings("#!/bin/bash\n# jobgen disable=JG402\n#SBATCH --ntask=2\nhostname\n")
        #expect(result.suppressed.map(\.rule) == ["JG402"])
        #expect(result.reported.isEmpty)
        let late = findings(
            "#!/bin/bash\nhostname\n# jobgen disable=JG201\n#SBATCH --time=10\n#SBATCH --mem=1G\n")
        #expect(lines(late.suppressed, "JG201") == [4])
        #expect(lines(late.reported, "JG201") == [5])
    }

    @Test func disabledCodesCoverEveryLine() {
        let result = findings("#!/bin/bash\n#SBATCH --ntask=2\n" + Self.pip, disabled: ["jg603", "JG402"])
        #expect(result.suppressed.map(\.rule) == ["JG402", "JG603"])
        #expect(result.reported.isEmpty)
        #expect(result.all.map(\.line) == [2, 3])
    }

    @Test func unknownCodesAreReportedAndCannotBeSuppressed() {
        let text = """
            #!/bin/bash
            # jobgen disable=JG108,JG6O8
            hostname
            # jobgen disable=JG603, sc2086
            pip install numpy
            # jobgen disable=

            """
        let result = findings(text, disabled: ["JG108"])
        let unknown = result.reported.filter { $0.rule == "JG108" }
        #expect(
            unknown.map(\.position) == [
                .init(line: 2, column: 24), .init(line: 4, column: 25), .init(line: 6, column: 18),
            ])
        #expect(unknown[0].hint.contains("did you mean"))
        #expect(unknown[1].hint.contains("# shellcheck disable=SC2086"))
        #expect(unknown[2].message.contains("names no code"))
        #expect(result.suppressed.map(\.rule) == ["JG603"])
    }

    @Test func aScriptWithoutDisablesReportsEverything() {
        let text = "#!/bin/bash\n#SBATCH --ntask=2\n# jobgen is great\n" + Self.pip
        let validator = Validator()
        let script = BatchScript(text: text, name: "job.sh")
        #expect(validator.check(script) == Findings(reported: validator.validate(script), suppressed: []))
    }
}
