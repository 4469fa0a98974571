/// JG406: an option, or an option value, that the target Slurm release does not have (yet, or
/// any more).
public struct NewerOptionRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG406", name: "newer-option", title: "Option or value not in the target Slurm",
        severity: .error,
        rationale: """
            sbatch's options change from release to release (Slurm's own table, `slurm_opt.c`, at \
            each release tag): `--segment` and `--tres-per-task` exist only in recent releases, \
            `--power` was removed in 24.05, and `--exclusive=topo` is a recent value. The sbatch of \
            another release stops with "unrecognized option" or "Invalid --exclusive specification". \
            jobgen checks for the release of the sbatch on PATH (or `--slurm-version`), and for the \
            newest release it knows when there is none.
            """,
        triggering: [
            "#!/bin/bash\n#SBATCH --nodes=4 ↓--segment=2\nhostname\n",
            "#!/bin/bash\n#SBATCH --exclusive=↓topo\nhostname\n",
            "#!/bin/bash\n#SBATCH ↓--tres-per-task=cpu=2\nhostname\n",
        ],
        nonTriggering: [
            "#!/bin/bash\n#SBATCH --nodes=4 --exclusive=user\nhostname\n",
            "#!/bin/bash\n#SBATCH --tasks-per-node=4 --power=level\nhostname\n",
        ],
        exampleRelease: .v22_05,
        releases: """
            every release jobgen knows (20.11-26.05); what it reports follows the target release's \
            option table (Data/sbatch-options.tsv), and `--exclusive=topo` needs 24.05
            """)

    /// Checks for the release the script was read for.
    public func check(_ script: BatchScript) -> [Diagnostic] { check(script, for: script.release) }

    public func check(_ script: BatchScript, for target: SlurmVersion) -> [Diagnostic] {
        let options: [Diagnostic] = script.arguments.compactMap { argument in
            guard case .unknown(let written, _, let position) = argument, written.hasPrefix("--") else {
                return nil
            }
            let known = OptionTable.releases(resolving: String(written.dropFirst(2)))
            guard let first = known.first, let last = known.last else { return nil }
            let release = script.release
            let message: String
            let hint: String
            if first > release {
                message = "\(written) on line \(position.line) needs Slurm \(first) or newer"
                hint = "drop \(written), or check with --slurm-version if the cluster runs a newer Slurm"
            } else if last < release {
                message = "\(written) on line \(position.line) was removed from sbatch after Slurm \(last)"
                hint = "drop \(written), or check with --slurm-version if the cluster runs an older Slurm"
            } else {
                message =
                    "\(written) on line \(position.line) is not an option of sbatch \(release) (Slurm has it in \(Self.ranges(known)))"
                hint = "drop \(written), or check with --slurm-version for the cluster's release"
            }
            return description.diagnostic(
                in: script, at: position, message + "; sbatch \(release) stops with \"unrecognized option\"",
                hint: hint)
        }
        let values: [Diagnostic] = script.options.indices.compactMap { index in
            guard script.options[index].option.grammar == .exclusive else { return nil }
            let use = script.options[index]
            guard let value = use.value,
                let mode = try? ExclusiveMode(slurm: value), let added = mode.introduced, added > target
            else { return nil }
            return description.diagnostic(
                in: script, at: use.valuePosition ?? use.position,
                "--exclusive=\(value) on line \(use.position.line) needs Slurm \(added) or newer; sbatch \(target) answers \"Invalid --exclusive specification\"",
                hint: "use --exclusive (whole nodes) on Slurm before \(added)")
        }
        return options + values
    }

    /// `20.11-23.02, 24.05-26.05`: runs of consecutive known releases.
    static func ranges(_ releases: [SlurmVersion]) -> String {
        let all = OptionTable.releases
        var runs: [[SlurmVersion]] = []
        for release in releases {
            if let previous = runs.last?.last, let index = all.firstIndex(of: previous),
                index + 1 < all.count,
                all[index + 1] == release
            {
                runs[runs.count - 1].append(release)
            } else {
                runs.append([release])
            }
        }
        return runs.map { $0.count == 1 ? "\($0[0])" : "\($0[0])-\($0.last!)" }.joined(separator: ", ")
    }
}
