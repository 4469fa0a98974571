/// JG607: `$SLURM_...` names that Slurm does not set but that are a typo away from one it does.
public struct MisspeltSlurmVariableRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG607", name: "misspelt-slurm-variable", title: "Misspelt Slurm variable", severity: .warning,
        rationale: """
            A misspelt Slurm variable expands to an empty string without any error: \
            `srun -c $SLURM_CPUS_PER_TASKS` runs with the default, `--array` jobs all process the \
            same input. A `$SLURM_...` reference in the body is reported when Slurm (or the site, for \
            `SLURM_TMPDIR`) sets no such variable, the script does not assign it, and it is one or \
            two typing slips from one that Slurm sets (one slip for short names). Letters straight \
            after a name count: `$SLURM_JOB_ID_out` is the variable `SLURM_JOB_ID_out`.
            """,
        triggering: [
            """
            #!/bin/bash
            #SBATCH --cpus-per-task=8
            #SBATCH --array=1-50
            export OMP_NUM_THREADS=↓$SLURM_CPUS_PER_TASKS
            input=$(sed -n "↓${SLURM_ARRAYTASK_ID}p" samples.txt)
            cd ↓$SLURM_TMP_DIR
            srun -n ↓$SLURM_NTASK ./align "$input" > "$SLURM_SUBMIT_DIR/out_↓$SLURM_JOB_IDs.txt"
            """
        ],
        nonTriggering: [
            """
            #!/bin/bash
            #SBATCH --ntasks=4
            echo "$SLURM_JOBID $SLURM_NPROCS $SLURM_TMPDIR ${SLURM_ARRAY_TASK_ID:-0}"
            export SLURM_CPUS_PER_TASKS=2
            echo $SLURM_CPUS_PER_TASKS $SLURM_NTASKS_HET_GROUP_0 $SLURM_MY_PROJECT
            # $SLURM_CPUS_PER_TASKS in a comment
            cp out ${SLURM_SUBMIT_DIR}/out_${SLURM_JOB_ID}.txt
            """
        ])

    private struct Reference {
        var position: SourcePosition
        var name: String
        /// Written `${NAME}`.
        var braced: Bool
    }

    private static let prefix = Array("SLURM_".utf8)
    private static let candidates = SlurmEnvironmentVariables.setInJobs.sorted().map { ($0, Array($0.utf8)) }

    public func check(_ script: BatchScript) -> [Diagnostic] {
        guard let first = script.firstCommandLine else { return [] }
        var references: [Reference] = []
        var assigned: Set<String> = []
        for (offset, text) in script.body.enumerated() where text.utf8Contains(UInt8(ascii: "$")) {
            Self.scan(text, line: first + offset, into: &references, assigned: &assigned)
        }
        let suspects = references.compactMap { reference in
            SlurmEnvironmentVariables.isKnown(reference.name)
                ? nil : Self.closest(to: reference.name).map { (reference, $0) }
        }
        guard !suspects.isEmpty else { return [] }
        // Assignments on lines without a `$`, scanned only now that they matter.
        for (offset, text) in script.body.enumerated() where !text.utf8Contains(UInt8(ascii: "$")) {
            Self.scan(text, line: first + offset, into: &references, assigned: &assigned)
        }
        return suspects.compactMap { reference, closest in
            guard !assigned.contains(reference.name) else { return nil }
            let rest = reference.name.dropFirst(closest.count)
            let readsOn =
                !reference.braced && reference.name.hasPrefix(closest)
                && rest.utf8.first.map { $0 == UInt8(ascii: "_") || $0 >= 0x61 || $0 <= 0x39 } == true
            let hint =
                readsOn
                ? "write ${\(closest)}\(rest) if the name ends before '\(rest)': without braces the shell reads on"
                : reference.braced ? "write ${\(closest)}" : "write $\(closest)"
            return description.diagnostic(
                in: script, at: reference.position,
                "'\(reference.name)' on line \(reference.position.line) is not a variable Slurm sets, so it expands to nothing; did you mean \(closest)?",
                hint: hint)
        }
    }

    /// Names people write for another variable that no typo distance finds.
    private static let habits = [
        "SLURM_TASK_ID": "SLURM_ARRAY_TASK_ID", "SLURM_ARRAY_ID": "SLURM_ARRAY_TASK_ID",
    ]

    /// The known name one or two slips away (one for short names), the nearest first.
    private static func closest(to name: String) -> String? {
        if let meant = habits[name] { return meant }
        let bytes = Array(name.utf8)
        let limit = bytes.count - prefix.count >= 6 ? 2 : 1
        var best: (name: String, distance: Int)?
        for (candidate, candidateBytes) in candidates where abs(candidateBytes.count - bytes.count) <= limit {
            let distance = TypoDistance.between(bytes, candidateBytes)
            if distance <= limit, distance < best?.distance ?? Int.max { best = (candidate, distance) }
        }
        return best?.name
    }

    /// Records `$SLURM_X` and `${SLURM_X` references and `SLURM_X=` assignments on one line,
    /// stopping at a comment.
    private static func scan(
        _ text: String, line: Int, into references: inout [Reference], assigned: inout Set<String>
    ) {
        let scanned: Bool? = text.utf8.withContiguousStorageIfAvailable {
            scan($0, line: line, into: &references, assigned: &assigned)
            return true
        }
        if scanned == nil {
            Array(text.utf8).withUnsafeBufferPointer {
                scan($0, line: line, into: &references, assigned: &assigned)
            }
        }
    }

    private static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, line: Int, into references: inout [Reference],
        assigned: inout Set<String>
    ) {
        func isNameByte(_ b: UInt8) -> Bool {
            (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x5F
        }
        func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
        var quote: UInt8?
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\\") {
                i += 2
                continue
            }
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") {
                quote = byte
            } else if byte == UInt8(ascii: "#"), i == 0 || isBlank(bytes[i - 1]) {
                return
            }
            // A name that starts here: after `$`, `${`, or (for an assignment) a word boundary.
            let isReference = byte == UInt8(ascii: "$")
            let braced = isReference && i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "{")
            let start = braced ? i + 2 : isReference ? i + 1 : i
            let atBoundary =
                isReference || i == 0 || !(isNameByte(bytes[i - 1]) || bytes[i - 1] == UInt8(ascii: "{"))
            guard atBoundary, bytes[start...].starts(with: prefix) else {
                i += 1
                continue
            }
            let end = bytes[start...].firstIndex { !isNameByte($0) } ?? bytes.count
            let name = String(decoding: bytes[start..<end], as: UTF8.self)
            if isReference {
                references.append(
                    Reference(position: SourcePosition(line: line, column: i + 1), name: name, braced: braced)
                )
            } else if end < bytes.count,
                bytes[end] == UInt8(ascii: "=")
                    || (bytes[end] == UInt8(ascii: "+") && end + 1 < bytes.count
                        && bytes[end + 1] == UInt8(ascii: "="))
            {
                assigned.insert(name)
            }
            i = end
        }
    }
}
