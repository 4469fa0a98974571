/// JG204: `#SBTACH`-like lines in the directive block: typos that sbatch reads as comments.
public struct MistypedDirectivePrefixRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG204", name: "mistyped-directive-prefix", title: "Mistyped #SBATCH prefix",
        severity: .warning,
        rationale: """
            sbatch reads a directive only from a line that starts with exactly `#SBATCH` (or \
            `#SLURM`). `#SBTACH --nodes=2` is a plain comment to it: the option is silently dropped \
            and the job runs on the defaults. A comment line at column 1 of the directive block is \
            reported when its first word is one or two typing slips (a letter missing, extra, wrong \
            or swapped with its neighbour; case counts) away from `#SBATCH` or `#SLURM` and an option \
            (`-t`, `--time`) follows it. Requiring the option keeps comments such as `#SCRATCH is \
            purged` or `#SEARCH` quiet; `##SBATCH`, the usual way to disable a line, is never reported. \
            `#SBATCHH --nodes=2` starts with `#SBATCH`, so sbatch reads it as a directive and stops at \
            the stray `H` (JG302).
            """,
        triggering: [
            """
            #!/bin/bash
            ↓#SBTACH --nodes=2
            #SBATCH --ntasks-per-node=8
            ↓#SABTCH --time=02:00:00
            ↓#SBATC --mem-per-cpu=2G
            module load openmpi
            srun ./heat2d
            """,
            """
            #!/bin/bash
            ↓#BATCH --account=def-someone
            ↓#SBACTH -t 30
            ↓#SLRUM --job-name=prep
            ↓#SBTCH--array=1-4
            python prep.py
            """,
        ],
        nonTriggering: [
            """
            #!/bin/bash
            #SBATCH --time=10
            ##SBATCH --mem=4G
            #SCRATCH - purged after 60 days
            #SEARCH the parameter grid
            #BASH strict mode below
            #START
            #sbatch --ntasks=2
            # SBATCH --ntasks=2
            set -euo pipefail
            #SBTACH --nodes=1
            """
        ])

    private static let sbatchLine = Array("#SBATCH".utf8)
    private static let slurmLine = Array("#SLURM".utf8)
    private static let sbatch = Array("SBATCH".utf8)
    private static let slurm = Array("SLURM".utf8)

    public func check(_ script: BatchScript) -> [Diagnostic] {
        let blockEnd = (script.firstCommandLine ?? script.lines.count + 1) - 1
        var found: [Diagnostic] = []
        for (index, text) in script.lines[..<blockEnd].enumerated() {
            let line = index + 1
            let utf8 = text.utf8
            guard utf8.first == UInt8(ascii: "#"), !utf8.starts(with: Self.sbatchLine),
                !utf8.starts(with: Self.slurmLine),
                !script.lookalikes.contains(where: { $0.position.line == line }),
                let typo = Self.typo(Array(text.utf8))
            else { continue }
            let meant =
                typo.meant == "SLURM" ? "'#SLURM' (deprecated; '#SBATCH' is its name now)" : "'#SBATCH'"
            found.append(
                description.diagnostic(
                    in: script, at: SourcePosition(line: line, column: 1),
                    "line \(line) starts with '#\(typo.word)', not \(meant): sbatch reads it as a comment, so \(typo.option) is silently not applied",
                    hint: "write '#SBATCH' for the option to apply, or '##SBATCH' to disable the line visibly"
                ))
        }
        return found
    }

    /// The mistyped word, the prefix it is closest to and the first option after it.
    private static func typo(_ bytes: [UInt8]) -> (word: String, meant: String, option: String)? {
        func isLetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }
        func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
        let wordEnd = bytes[1...].firstIndex { !isLetter($0) } ?? bytes.count
        let word = Array(bytes[1..<wordEnd])
        guard (3...8).contains(word.count) else { return nil }
        let optionStart = bytes[wordEnd...].firstIndex { !isBlank($0) } ?? bytes.count
        let option = bytes[optionStart...].prefix { !isBlank($0) }
        // An option: `-t`, `--time`; `--` may follow the word directly (sbatch allows `#SBATCH--time`).
        let dashes = option.prefix { $0 == UInt8(ascii: "-") }.count
        guard (1...2).contains(dashes), option.count > dashes, isLetter(option[option.startIndex + dashes]),
            optionStart > wordEnd || dashes == 2
        else { return nil }
        let toSbatch = TypoDistance.between(word, sbatch)
        let toSlurm = TypoDistance.between(word, slurm)
        guard (1...2).contains(min(toSbatch, toSlurm)) else { return nil }
        let meant = toSbatch <= toSlurm ? "SBATCH" : "SLURM"
        return (String(decoding: word, as: UTF8.self), meant, String(decoding: option, as: UTF8.self))
    }
}
