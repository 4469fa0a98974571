/// JG106: a `#!` line that the kernel cannot run when the job starts.
public struct BadInterpreterRule: Rule {
    public init() {}
    public let description = RuleDescription(
        code: "JG106", name: "bad-interpreter", title: "#! line that cannot start the job", severity: .error,
        rationale: """
            sbatch only checks that the script starts with `#!`; the kernel reads the rest of the line \
            on the compute node, when the job starts, after its wait in the queue. A typographic dash \
            or a non-breaking space pasted from a web page or a word processor changes the line: \
            `#!/bin/bash –l` runs bash on a script named `–l` ("No such file or directory"), and a \
            non-breaking space makes `/bin/bash -l` one interpreter name ("bad interpreter"). \
            A `#!` with nothing after it, or an interpreter that is not an absolute path \
            (`#!bash`: the kernel does not search PATH), fails the same way.
            """,
        triggering: [
            "#!/bin/bash ↓–l\n#SBATCH --time=30\nmodule load gcc\n",
            "#!/bin/bash ↓—login\n#SBATCH --ntasks=4\nsrun ./a.out\n",
            "#!/bin/bash↓«C2»«A0»-l\n#SBATCH --mem=2G\n./run.sh\n",
            "#!↓\n#SBATCH --time=5\nhostname\n",
            "#!↓   \n#SBATCH --time=5\nhostname\n",
            "#!↓bash\n#SBATCH --time=10\necho start\n",
        ],
        nonTriggering: [
            "#!/bin/bash -l\n#SBATCH --time=30\n# résumé: the comments may use any character\nmodule load gcc\n",
            "#! /bin/bash\n#SBATCH --time=5\nhostname\n",
            "#!/usr/bin/env python3\n#SBATCH --time=5\nprint('done')\n",
            "#SBATCH --time=5\nhostname\n",
        ])

    public func check(_ script: BatchScript) -> [Diagnostic] {
        guard let shebang = Shebang(script) else { return [] }
        var found: [Diagnostic] = []
        let at = SourcePosition(line: 1, column: shebang.interpreterColumn)
        if shebang.interpreter.isEmpty {
            found.append(
                description.diagnostic(
                    in: script, at: at, "line 1 names no interpreter after '#!'; the job fails as it starts",
                    hint: "name the shell: #!/bin/bash"))
        } else if let first = shebang.interpreter.utf8.first, first < 0x80, first != UInt8(ascii: "/") {
            found.append(
                description.diagnostic(
                    in: script, at: at,
                    "the interpreter '\(shebang.interpreter)' on line 1 is not an absolute path; the kernel does not search PATH, so the job fails as it starts",
                    hint:
                        "write its full path (#!/bin/bash), or #!/usr/bin/env \(shebang.interpreter) to find it on PATH"
                ))
        }
        if let bad = Self.firstNonASCII(in: script.lines[0]) {
            found.append(
                description.diagnostic(
                    in: script, at: SourcePosition(line: 1, column: bad.column),
                    "line 1 holds \(Self.name(of: bad.scalar)) at column \(bad.column); the kernel takes it as part of the interpreter or its option, so the job fails as it starts",
                    hint: Self.asciiLine(script.lines[0]).map { "write it in ASCII: \($0)" }
                        ?? "retype the line in ASCII: dashes as '-', spaces as ' '"))
        }
        return found
    }

    private static func firstNonASCII(in line: String) -> (column: Int, scalar: Unicode.Scalar)? {
        var column = 1
        for scalar in line.unicodeScalars {
            if !scalar.isASCII { return (column, scalar) }
            column += 1
        }
        return nil
    }

    private static func name(of scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        switch scalar.value {
        case 0x2013: return "an en dash '–' (\(code))"
        case 0x2014: return "an em dash '—' (\(code))"
        case 0x2212: return "a minus sign '−' (\(code))"
        case 0x00A0: return "a non-breaking space (\(code))"
        case 0xFFFD: return "a byte that is not UTF-8"
        default: return "the non-ASCII character '\(scalar)' (\(code))"
        }
    }

    /// The line with look-alike dashes and spaces made ASCII, when nothing else is non-ASCII.
    private static func asciiLine(_ line: String) -> String? {
        var result = ""
        for scalar in line.unicodeScalars where scalar != "\r" {
            switch scalar.value {
            case 0x00..<0x80: result.unicodeScalars.append(scalar)
            case 0x2010...0x2015, 0x2212: result += "-"
            case 0x00A0, 0x2000...0x200A, 0x202F: result += " "
            case 0x200B, 0xFEFF: break
            default: return nil
            }
        }
        return result
    }
}
