import JobGenKit
import Testing

@Suite("A here-document fed to sbatch is a script of its own")
struct HeredocSubmissionTests {
    static func findings(_ text: String) -> [String] {
        Validator(target: .v22_05).validate(BatchScript(text: text, name: "chain.sh", release: .v22_05)).map {
            "\($0.rule)@\($0.line):\($0.column)"
        }
    }

    @Test func itsDirectivesAreItsOwnAndValidatedAtTheirOuterPlace() {
        let text = """
            #!/bin/bash
            #SBATCH --time=10
            ./step1
            sbatch <<'EOF'
            #!/bin/bash
            #SBATCH --ntask=2
            #SBATCH --time=20
            ./step2
            EOF

            """
        #expect(Self.findings(text) == ["JG402@6:9"])
        let message = Validator(target: .v22_05).validate(BatchScript(text: text, release: .v22_05)).first?
            .message
        #expect(message?.hasPrefix("in the script sbatch reads on line 4: ") == true)
    }

    @Test func tabsStrippedByDashHeredocsAndTheOuterShellsExpansions() {
        let text =
            "#!/bin/bash\nif true; then\n\tsbatch <<-EOF\n\t#!/bin/bash\n\t#SBATCH --ntask=2\n\t#SBATCH -o $HOME/%j.out --tim=5\n\t./next\n\tEOF\nfi\n"
        // Line 6 holds an expansion the outer shell makes: what sbatch reads there is unknown.
        #expect(Self.findings(text) == ["JG402@5:10"])
    }

    @Test func aSubmittedTextWithoutShebangIsRefusedLikeSbatchDoes() {
        #expect(Self.findings("#!/bin/bash\nsbatch <<'EOF'\nsrun ./x\nEOF\n") == ["JG102@3:1"])
        #expect(Self.findings("#!/bin/bash\ncat > next.sh <<'EOF'\nsrun ./x\nEOF\n").isEmpty)
    }
}
