/// A command line of a script's body, for the rules that look at what the job runs.
struct BodyCommand {
    var line: Int
    /// 1-based column of the first non-blank character.
    var column: Int
    /// The line without its leading blanks.
    var text: Substring
    /// The words of `text`, split on blanks (no shell parsing).
    var words: [Substring]
    /// The command line that feeds this line as a here-document (`srun ... bash << EOF`).
    var heredocOpener: Substring?

    init(line: Int, column: Int, text: Substring, heredocOpener: Substring?) {
        self.line = line
        self.column = column
        self.text = text
        self.words = Self.words(text)
        self.heredocOpener = heredocOpener
    }

    static func words(_ text: Substring) -> [Substring] {
        var words: [Substring] = []
        let utf8 = text.utf8
        var start: String.Index?
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x20 || byte == 0x09 {
                if let s = start { words.append(text[s..<index]) }
                start = nil
            } else if start == nil {
                start = index
            }
            index = utf8.index(after: index)
        }
        if let s = start { words.append(text[s..<utf8.endIndex]) }
        return words
    }

    /// The column where `word` first appears as a whole word, if it does.
    func column(ofWord word: String) -> Int? {
        var offset = 0
        for piece in text.split(ascii: " ", omittingEmptySubsequences: false) {
            if piece == word { return column + offset }
            offset += piece.utf8.count + 1
        }
        return nil
    }

    /// The here-document delimiter this line opens (`<< EOF`, `<<'EOF'`, `<<-EOF`), if any. A
    /// shift in arithmetic (`$((1<<4))`) and a here-string (`<<<`) open none.
    var heredocDelimiter: String? {
        guard text.utf8.contains(UInt8(ascii: "<")), let range = text.firstRange(of: "<<"),
            !text[range.upperBound...].hasPrefix("<")
        else { return nil }
        let before = text[..<range.lowerBound]
        if before.ranges(of: "((").count > before.ranges(of: "))").count { return nil }
        let rest = text[range.upperBound...].drop { $0 == "-" || $0 == " " || $0 == "\t" }
        guard let first = rest.first,
            first.isLetter || first == "_" || first == "'" || first == "\"" || first == "\\"
        else { return nil }
        let word = rest.prefix { $0 != " " && $0 != "\t" && $0 != ";" && $0 != ")" && $0 != "|" && $0 != ">" }
        let delimiter = word.filter { $0 != "'" && $0 != "\"" && $0 != "\\" }
        return delimiter.isEmpty ? nil : delimiter
    }
}

extension BatchScript {
    /// The body's command lines (blank and comment lines skipped), with here-documents tracked.
    static func bodyCommands(lines: [String], firstCommandLine: Int?) -> [BodyCommand] {
        guard let first = firstCommandLine else { return [] }
        let body = lines[(first - 1)...]
        var commands: [BodyCommand] = []
        var opener: (command: BodyCommand, delimiter: String)?
        for (offset, text) in body.enumerated() {
            let trimmed = text.drop { $0 == " " || $0 == "\t" }
            if let open = opener {
                if trimmed.trimmingTrailingBlanks == open.delimiter {
                    opener = nil
                    continue
                }
            }
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
            let command = BodyCommand(
                line: first + offset, column: text.utf8.count - trimmed.utf8.count + 1, text: trimmed,
                heredocOpener: opener?.command.text)
            commands.append(command)
            if opener == nil, let delimiter = command.heredocDelimiter { opener = (command, delimiter) }
        }
        return commands
    }

    /// The job's minimum node count when `--nodes` says so (`2`, `2-4`), else 1.
    var minimumNodes: Int {
        last("nodes")?.value.flatMap { try? NodeCount(slurm: $0) }?.minimum ?? 1
    }

    /// The job's task count as far as the directives say (`--ntasks`, or nodes x per-node).
    var taskCount: Int {
        if let tasks = count("ntasks") { return tasks }
        return (count("ntasks-per-node") ?? 1) * minimumNodes
    }

    private func count(_ name: String) -> Int? {
        last(name)?.value.flatMap { try? PositiveCount(slurm: $0) }?.value
    }
}

extension Substring {
    var trimmingTrailingBlanks: Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" || last == "\r" {
            result = result.dropLast()
        }
        return result
    }
}
