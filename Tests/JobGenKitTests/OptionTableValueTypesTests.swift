import JobGenKit
import Testing

/// The enumerated value grammars the validator owns, each through `ValueGrammar.check`.
@Suite("Enumerated sbatch value grammars")
struct OptionTableValueTypesTests {
    static let accepted: [(ValueGrammar, String)] = [
        (.openMode, "append"), (.openMode, "truncate"), (.openMode, "A"),
        (.signal, "USR1"), (.signal, "SIGUSR2@90"), (.signal, "B:TERM@300"), (.signal, "R:10"),
        (.signal, "RB:usr1"),
        (.signal, "15@0"),
        (.distribution, "block"), (.distribution, "cyclic:block"), (.distribution, "block:cyclic:fcyclic"),
        (.distribution, "plane=4"), (.distribution, "*:cyclic"), (.distribution, "arbitrary"),
        (.distribution, "block,Pack"), (.distribution, "Cyclic,nopack"),
        (.hint, "nomultithread"), (.hint, "compute_bound"), (.hint, "memory_bound,multithread"),
        (.cpuFreq, "2400000"), (.cpuFreq, "low"), (.cpuFreq, "Performance"), (.cpuFreq, "1000000-2000000"),
        (.cpuFreq, "low-high:ondemand"), (.cpuFreq, "highm1"),
        (.beginTime, "now"), (.beginTime, "now+60"), (.beginTime, "now+1hour"), (.beginTime, "now+2days"),
        (.beginTime, "16:00"), (.beginTime, "4:00PM"), (.beginTime, "2026-12-24"),
        (.beginTime, "2026-12-24T08:30:00"),
        (.beginTime, "midnight"), (.beginTime, "teatime"), (.beginTime, "12/24"), (.beginTime, "122426"),
        (.beginTime, "12.24.26"), (.beginTime, "tomorrow"),
        (.killOnInvalidDep, "yes"), (.killOnInvalidDep, "NO"),
        (.waitAllNodes, "0"), (.waitAllNodes, "1"), (.waitAllNodes, "01"), (.waitAllNodes, ""),
        // Accepted by sbatch 22.05 (checked against it), some with a note.
        (.signal, "USR1@"), (.signal, "65"), (.distribution, "pack"), (.distribution, "block,nopack"),
        (.cpuFreq, "1-2-3"), (.cpuFreq, "low-high"), (.beginTime, "now-1"), (.beginTime, "now+1minute"),
        (.gresFlags, "Enforce-Binding"), (.gresFlags, "disable-binding"), (.profile, "task,energy"),
        (.profile, "task,"),
        (.profile, "ALL"), (.propagate, ""), (.propagate, "STACK,CORE"), (.coreSpec, "0"), (.coreSpec, ""),
        (.switches, "1"), (.switches, "2@1:00:00"), (.acctgFreq, "30"), (.acctgFreq, "energy=10,task=30"),
        (.getUserEnv, ""), (.getUserEnv, "10L"), (.getUserEnv, "s"), (.extraNodeInfo, "2"),
        (.extraNodeInfo, "*:*:1"),
        (.priority, "TOP"), (.priority, "10"), (.priority, "4294967293"),
        (.signal, "65535"), (.signal, "USR1@65535"),
    ]

    static let rejected: [(ValueGrammar, String)] = [
        (.openMode, "overwrite"), (.openMode, ""),
        (.signal, "USR3"), (.signal, "USR1@abc"), (.signal, "X:USR1"), (.signal, "0"),
        (.signal, "USR1@70000"), (.signal, ""),
        (.distribution, "blocky"), (.distribution, "plane"), (.distribution, "plane=0"),
        (.distribution, "block,tight"),
        (.distribution, "fcyclic"), (.distribution, "block:arbitrary"), (.distribution, "a:b:c:d"),
        (.hint, "nomultithreads"), (.hint, ""), (.hint, "compute_bound,"),
        (.cpuFreq, "fast"), (.cpuFreq, "low:turbo"), (.cpuFreq, "0"), (.cpuFreq, ""),
        (.beginTime, "soon"), (.beginTime, "now+"), (.beginTime, "now+5fortnights"), (.beginTime, "25:00"),
        (.beginTime, "2026-13-01"), (.beginTime, "13/40"), (.beginTime, ""),
        (.killOnInvalidDep, "maybe"), (.killOnInvalidDep, "1"),
        (.waitAllNodes, "2"), (.waitAllNodes, "yes"), (.waitAllNodes, "1x"),
        // Rejected by sbatch 22.05 (checked against it).
        (.distribution, "plane=2:block"), (.distribution, "cyclic:arbitrary"),
        (.cpuFreq, "2400000:performance"),
        (.cpuFreq, "high-low"), (.cpuFreq, "highm1-high:conservative"), (.beginTime, "now+1min"),
        (.beginTime, "now+1h"), (.beginTime, "elevenses"), (.beginTime, "4pm"), (.beginTime, "2030-01-01T08"),
        (.beginTime, "13:00PM"), (.signal, "WINCH"), (.signal, "@60"), (.signal, "B:"), (.signal, "USR1@-5"),
        (.gresFlags, "enforce"), (.gresFlags, ""), (.profile, ""), (.profile, "cpu"), (.propagate, "stack"),
        (.propagate, "FOO"), (.coreSpec, "-1"), (.coreSpec, "x"), (.switches, "0"), (.switches, "@5"),
        (.acctgFreq, "task=x"), (.acctgFreq, "disk=5"), (.acctgFreq, ""), (.getUserEnv, "x"),
        (.getUserEnv, "10Q"),
        (.extraNodeInfo, "2:x"), (.extraNodeInfo, "1:2:3:4"), (.extraNodeInfo, "0"), (.priority, "-1"),
    ]

    @Test(arguments: accepted)
    func accepts(_ grammar: ValueGrammar, _ text: String) {
        guard case .accepted = grammar.check(text) else {
            Issue.record("\(grammar) rejected '\(text)': \(grammar.check(text))")
            return
        }
    }

    @Test(arguments: rejected)
    func rejects(_ grammar: ValueGrammar, _ text: String) {
        guard case .rejected(let error) = grammar.check(text) else {
            Issue.record("\(grammar) accepted '\(text)'")
            return
        }
        #expect(error.value == text)
        #expect(!error.reason.isEmpty && !error.accepted.isEmpty)
        // The grammar's own example must be accepted by the grammar.
        guard case .accepted = grammar.check(error.example) else {
            Issue.record("\(grammar)'s example '\(error.example)' is not accepted")
            return
        }
    }

    @Test func openModeNotesAnUnusualSpelling() {
        #expect(
            grammarNotes(.openMode, "apple") == [
                "sbatch reads only the first letter of 'apple'; write 'append'"
            ])
        #expect(grammarNotes(.openMode, "append") == [])
    }

    @Test(arguments: [("B:usr1@300", "B:USR1@300"), ("SIGTERM", "TERM@60"), ("rb:10@5", "RB:10@5")])
    func signalRendersCanonicalText(_ text: String, _ rendered: String) throws {
        #expect(try Signal(slurm: text).description == rendered)
    }

    @Test(arguments: [("Block:Cyclic,pack", "block:cyclic,Pack"), ("PLANE=2", "plane=2")])
    func distributionRendersCanonicalText(_ text: String, _ rendered: String) throws {
        #expect(try Distribution(slurm: text).description == rendered)
    }

    private func grammarNotes(_ grammar: ValueGrammar, _ text: String) -> [String]? {
        if case .accepted(let notes) = grammar.check(text) { notes } else { nil }
    }
}
