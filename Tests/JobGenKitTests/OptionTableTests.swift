@testable import JobGenKit
import Testing

@Suite("OptionTable: sbatch's options per release and getopt_long name resolution")
struct OptionTableTests {
    /// SLURM-FACTS §1's list of sbatch long options (Slurm master, aliases not listed), with
    /// short letters in parentheses.
    static let factsList = """
        account(A) acctg-freq array(a) batch begin(b) bb bbf chdir(D) cluster-constraint clusters(M)
        comment constraint(C) container container-id contiguous core-spec(S) cores-per-socket cpu-freq
        cpus-per-gpu cpus-per-task(c) deadline delay-boot dependency(d) distribution(m) error(e)
        exclude(x) exclusive export export-file extra extra-node-info(B) get-user-env gid gpu-bind
        gpu-freq gpus(G) gpus-per-node gpus-per-socket gpus-per-task gres gres-flags help(h) hint hold(H)
        ignore-pbs input(i) job-name(J) kill-on-invalid-dep licenses(L) mail-type mail-user mcs-label mem
        mem-bind mem-per-cpu mem-per-gpu mincpus network nice no-kill(k) no-requeue nodefile(F)
        nodelist(w) nodes(N) ntasks(n) ntasks-per-core ntasks-per-gpu ntasks-per-node ntasks-per-socket
        ntasks-per-tres oom-kill-step open-mode output(o) overcommit(O) oversubscribe(s) parsable
        partition(p) prefer priority profile propagate qos(q) quiet(Q) reboot requeue reservation
        resv-ports segment signal sockets-per-node spread-job switches test-only thread-spec
        threads-per-core time(t) time-min tmp tres-bind tres-per-task uid usage use-min-nodes verbose(v)
        version(V) wait(W) wait-all-nodes wckey wrap
        """

    @Test func newestTableHasEveryDocumentedOptionAndLetter() {
        let entries = Self.factsList.split(whereSeparator: \.isWhitespace).map {
            entry -> (String, Character?) in
            guard let open = entry.firstIndex(of: "(") else { return (String(entry), nil) }
            return (String(entry[..<open]), entry[entry.index(after: open)])
        }
        let table = OptionTable.newest
        for (name, letter) in entries {
            #expect(table.option(named: name)?.short == letter, "--\(name)")
            if let letter { #expect(table.option(short: letter)?.name == name) }
        }
    }

    @Test func everyTargetedReleaseHasATable() {
        let expected: [SlurmVersion] = [
            .v20_11, .v21_08, .v22_05, .v23_02, .v23_11, .v24_05, .v24_11, .v25_05, .v25_11, .v26_05,
        ]
        #expect(OptionTable.releases == expected)
        // The header's tags, which the releases are read from, name the releases the rows have.
        #expect(SbatchOptionData.rowReleases == expected)
        for release in expected {
            #expect(OptionTable.forRelease(release).release == release)
            #expect(OptionTable.forRelease(release).all.count > 100, "\(release)")
        }
        #expect(OptionTable.forRelease(SlurmVersion(19, 5)).release == .v20_11)
        #expect(OptionTable.forRelease(SlurmVersion(22, 11)).release == .v22_05)
        #expect(OptionTable.forRelease(SlurmVersion(30, 2)).release == .newestKnown)
    }

    /// Facts from Slurm's `slurm_opt.c` at the release tags, spot-checked.
    @Test func optionsComeAndGoWithTheRelease() {
        #expect(OptionTable.releases(resolving: "power") == [.v20_11, .v21_08, .v22_05, .v23_02, .v23_11])
        #expect(!OptionTable.releases(resolving: "export-file").contains(.v23_11))
        #expect(OptionTable.releases(resolving: "export-file").contains(.v24_05))
        #expect(OptionTable.releases(resolving: "segment").first == .v24_05)
        #expect(OptionTable.releases(resolving: "tres-per-task").first == .v23_02)
        #expect(OptionTable.releases(resolving: "prefer").first == .v22_05)
        #expect(OptionTable.releases(resolving: "walltime").isEmpty)
    }

    @Test func oldAliasesStandForTheirOption() throws {
        for release in OptionTable.releases {
            let table = OptionTable.forRelease(release)
            let alias = try #require(table.option(named: "tasks-per-node"), "\(release)")
            #expect(alias.isAlias && alias.canonical == "ntasks-per-node")
            #expect(table.applied(alias).name == "ntasks-per-node")
            #expect(table.option(named: "cluster") != nil, "--cluster is a name of its own in \(release)")
        }
    }

    @Test func repeatRulesFollowTheRelease() {
        #expect(OptionTable.forRelease(.v22_05).option(named: "mail-type")?.repeatRule == .combine)
        #expect(OptionTable.forRelease(.v24_11).option(named: "mail-type")?.repeatRule == .combine)
        #expect(OptionTable.forRelease(.v25_05).option(named: "mail-type")?.repeatRule == .replace)
        #expect(OptionTable.newest.option(named: "verbose")?.repeatRule == .count)
        #expect(OptionTable.newest.option(named: "hold")?.repeatRule == .flag)
        #expect(OptionTable.newest.option(named: "time")?.repeatRule == .replace)
    }

    @Test(arguments: [
        ("time", "exact", ["time"]),
        ("job-n", "abbreviation", ["job-name"]),
        ("acco", "abbreviation", ["account"]),
        (
            "ntask", "ambiguous",
            [
                "ntasks", "ntasks-per-core", "ntasks-per-gpu", "ntasks-per-node", "ntasks-per-socket",
                "ntasks-per-tres",
            ]
        ),
        ("tim", "ambiguous", ["time", "time-min"]),
        ("mem-per", "ambiguous", ["mem-per-cpu", "mem-per-gpu"]),
        ("gpus-per", "ambiguous", ["gpus-per-node", "gpus-per-socket", "gpus-per-task"]),
        ("mem", "exact", ["mem"]),
        ("walltime", "unknown", ["time"]),
        ("ntasks-per-nodes", "unknown", ["ntasks-per-node"]),
        ("mem-per-core", "unknown", ["mem-per-cpu"]),
        ("Time", "unknown", ["time"]),
        ("partion", "unknown", ["partition"]),
        ("xyzzy", "unknown", []),
        ("", "unknown", []),
        ("cluster", "exact", ["cluster"]),
        ("tasks-per-node", "exact", ["tasks-per-node"]),
        ("tasks-per-nod", "abbreviation", ["tasks-per-node"]),
        ("tasks-per-nodes", "unknown", ["ntasks-per-node"]),
    ])
    func resolution(_ name: String, _ kind: String, _ expected: [String]) {
        switch OptionTable.newest.resolve(name) {
        case .exact(let option): #expect(kind == "exact" && [option.name] == expected)
        case .abbreviation(let option): #expect(kind == "abbreviation" && [option.name] == expected)
        case .ambiguous(let candidates): #expect(kind == "ambiguous" && candidates.map(\.name) == expected)
        case .unknown(let suggestions):
            #expect(kind == "unknown")
            #expect(suggestions.first.map { [$0.name] } ?? [] == expected)
        }
    }

    @Test(arguments: [
        ("exclusive", ArgumentKind.optional), ("hold", .none), ("time", .required), ("no-kill", .optional),
        ("propagate", .optional), ("requeue", .none), ("get-user-env", .optional), ("nice", .optional),
    ])
    func argumentKinds(_ name: String, _ kind: ArgumentKind) {
        #expect(OptionTable.forRelease(.v22_05).option(named: name)?.argument == kind)
    }
}
