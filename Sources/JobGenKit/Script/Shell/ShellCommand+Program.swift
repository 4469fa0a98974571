extension ShellCommand.Word {
    /// The text with quotes and backslashes removed, for comparing names and options
    /// (`"pip"` is `pip`); expansions stay as written.
    public var unquoted: String {
        let quoting = { (byte: UInt8) in byte == 0x22 || byte == 0x27 || byte == 0x5C }
        guard text.utf8.withContiguousStorageIfAvailable({ $0.contains(where: quoting) }) ?? true else {
            return text
        }
        return String(text.unicodeScalars.filter { $0 != "\"" && $0 != "'" && $0 != "\\" })
    }

    /// The unquoted text after its last `/` (`$VENV/bin/pip` is `pip`).
    public var basename: Substring {
        let name = unquoted
        guard let slash = name.utf8LastIndex(of: UInt8(ascii: "/")) else { return name[...] }
        return name[name.utf8.index(after: slash)...]
    }

    /// Whether the word is exactly `literal` once unquoted.
    func `is`(_ literal: String) -> Bool { text == literal || unquoted == literal }
}

extension ShellCommand {
    /// The index in `words` of the program that runs, looking through the wrappers that run the
    /// rest of the line (`time -p`, `env VAR=x`, `exec`, `command`, `nohup`, `builtin`,
    /// `stdbuf -oL`, `nice -n N`, `timeout 1h`); nil when there is none (`command -v x`, `env`).
    public var programIndex: Int? { cachedProgramIndex }

    /// `programIndex`, worked out once when the command is parsed.
    func findProgramIndex() -> Int? {
        guard let first = words.first?.text.utf8.first else { return nil }
        // Most commands start with their program: only these bytes can start a wrapper.
        guard Self.wrapperStarts.contains(first) else { return 0 }
        var index = 0
        while index < words.count {
            let name = words[index].unquoted
            guard let skip = Self.valueOptions(ofWrapper: name) else {
                // What `time -p` leaves: the parser drops `time`, not its option.
                if index == 0, name == "-p" || name == "--" {
                    index += 1
                    continue
                }
                return index
            }
            index += 1
            if name == "command", index < words.count, ["-v", "-V"].contains(words[index].unquoted) {
                return nil
            }
            while index < words.count {
                let word = words[index].unquoted
                if word == "--" {
                    index += 1
                    break
                }
                if name == "env", ShellParser.isAssignment(word) {
                    index += 1
                } else if word.hasPrefix("-"), word.count > 1 {
                    index += skip.contains(word) ? 2 : 1
                } else {
                    break
                }
            }
            // `timeout DURATION COMMAND`
            if name == "timeout" { index += 1 }
        }
        return nil
    }

    private static let wrapperStarts = Set("tnbcesk-\"'\\".utf8)
    private static let noOptions: Set<String> = []
    private static let execOptions: Set<String> = ["-a"]
    private static let envOptions: Set<String> = ["-u", "-C", "-S", "--unset", "--chdir", "--split-string"]
    private static let stdbufOptions: Set<String> = ["-i", "-o", "-e", "--input", "--output", "--error"]
    private static let niceOptions: Set<String> = ["-n", "--adjustment"]
    private static let timeoutOptions: Set<String> = ["-s", "-k", "--signal", "--kill-after"]

    /// For a wrapper that runs the rest of its arguments: its options that take a value. Length
    /// and first byte pick the one name to compare.
    private static func valueOptions(ofWrapper name: String) -> Set<String>? {
        let utf8 = name.utf8
        guard let first = utf8.first else { return nil }
        let (candidate, options): (String, Set<String>)
        switch (utf8.count, first) {
        case (3, UInt8(ascii: "e")): (candidate, options) = ("env", envOptions)
        case (4, UInt8(ascii: "t")): (candidate, options) = ("time", noOptions)
        case (4, UInt8(ascii: "e")): (candidate, options) = ("exec", execOptions)
        case (4, UInt8(ascii: "n")): (candidate, options) = ("nice", niceOptions)
        case (5, UInt8(ascii: "n")): (candidate, options) = ("nohup", noOptions)
        case (6, UInt8(ascii: "s")): (candidate, options) = ("stdbuf", stdbufOptions)
        case (7, UInt8(ascii: "b")): (candidate, options) = ("builtin", noOptions)
        case (7, UInt8(ascii: "c")): (candidate, options) = ("command", noOptions)
        case (7, UInt8(ascii: "t")): (candidate, options) = ("timeout", timeoutOptions)
        default: return nil
        }
        return name == candidate ? options : nil
    }

    /// The program that runs: its word, with its index.
    public var program: (index: Int, word: Word)? {
        programIndex.map { ($0, words[$0]) }
    }
}
