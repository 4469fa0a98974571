import JobGenKit
import Testing

@Suite("OptionTable: sbatch's options and getopt_long name resolution")
struct OptionTableTests {
    /// SLURM-FACTS §1's list of sbatch long options, with short letters in parentheses.
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

    @Test func tableHasExactlyTheDocumentedOptionsAndLetters() {
        let entries = Self.factsList.split(whereSeparator: \.isWhitespace).map { entry -> (String, Character?) in
            guard let open = entry.firstIndex(of: "(") else { return (String(entry), nil) }
            return (String(entry[..<open]), entry[entry.index(after: open)])
        }
        #expect(OptionTable.all.map(\.name) == entries.map(\.0))
        for (name, letter) in entries {
            #expect(OptionTable.option(named: name)?.short == letter, "--\(name)")
            if let letter { #expect(OptionTable.option(short: letter)?.name == name) }
        }
    }

    @Test(arguments: [
        ("time", "exact", ["time"]),
        ("job-n", "abbreviation", ["job-name"]),
        ("acco", "abbreviation", ["account"]),
        ("ntask", "ambiguous", ["ntasks", "ntasks-per-core", "ntasks-per-gpu", "ntasks-per-node", "ntasks-per-socket", "ntasks-per-tres"]),
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
    ])
    func resolution(_ name: String, _ kind: String, _ expected: [String]) {
        switch OptionTable.resolve(name) {
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
        #expect(OptionTable.option(named: name)?.argument == kind)
    }
}
