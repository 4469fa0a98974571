/// Walks the directive arguments as getopt_long does for sbatch: `--name=value`, `--name value`,
/// unique prefixes, short options with attached (`-n2`) or separate (`-n 2`) values, clusters
/// of flags (`-Hv`), and `--` ending the options, over the option table of the target release.
/// An alias is read with its own argument kind and recorded as the option sbatch applies.
enum DirectiveArgumentParser {
    static func parse(_ tokens: [ScriptToken], table: OptionTable) -> [DirectiveArgument] {
        var result: [DirectiveArgument] = []
        result.reserveCapacity(tokens.count)
        var index = 0
        var optionsEnded = false
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            let text = token.text
            if optionsEnded || text == "-" || !text.hasPrefix("-") {
                result.append(.stray(token))
            } else if text == "--" {
                optionsEnded = true
            } else if text.hasPrefix("--") {
                result.append(long(token, tokens, &index, table))
            } else {
                result.append(contentsOf: short(token, tokens, &index, table))
            }
        }
        return result
    }

    private static func long(
        _ token: ScriptToken, _ tokens: [ScriptToken], _ index: inout Int, _ table: OptionTable
    ) -> DirectiveArgument {
        // Split on the bytes (`--` and `=` are ASCII): every option of every script comes here.
        let text = token.text.utf8
        let bodyStart = text.index(text.startIndex, offsetBy: 2)
        let equals = text[bodyStart...].firstIndex(of: UInt8(ascii: "="))
        let name = String(Substring(text[bodyStart..<(equals ?? text.endIndex)]))
        let attached = equals.map { String(Substring(text[text.index(after: $0)...])) }
        let written = equals.map { String(Substring(text[..<$0])) } ?? token.text
        let matched: SbatchOption
        let spelling: OptionUse.Spelling
        switch table.resolve(name) {
        case .exact(let found): (matched, spelling) = (found, found.isAlias ? .alias : .long)
        case .abbreviation(let found): (matched, spelling) = (found, .abbreviated)
        case .ambiguous(let candidates):
            return .ambiguous(written: written, candidates: candidates, position: token.position)
        case .unknown(let suggestions):
            return .unknown(written: written, suggestions: suggestions, position: token.position)
        }
        let option = table.applied(matched)
        var use = OptionUse(
            option: option, written: written, spelling: spelling, value: nil, position: token.position)
        let valueColumn = token.position.column + 2 + name.utf8.count + 1
        switch matched.argument {
        case .none:
            if let attached {
                return .unexpectedValue(
                    option: option, written: written, value: attached, position: token.position)
            }
        case .optional:
            if let attached {
                use.value = attached
                use.valuePosition = SourcePosition(line: token.position.line, column: valueColumn)
            }
        case .required:
            if let attached {
                use.value = attached
                use.valuePosition = SourcePosition(line: token.position.line, column: valueColumn)
            } else if index < tokens.count {
                use.value = tokens[index].text
                use.valuePosition = tokens[index].position
                index += 1
            } else {
                return .missingValue(option: option, written: written, position: token.position)
            }
        }
        return .option(use)
    }

    private static func short(
        _ token: ScriptToken, _ tokens: [ScriptToken], _ index: inout Int, _ table: OptionTable
    ) -> [DirectiveArgument] {
        var result: [DirectiveArgument] = []
        let letters = Array(token.text.dropFirst())
        var offset = 0
        while offset < letters.count {
            let letter = letters[offset]
            // The first letter is reported at its dash, later ones of a cluster (-Hv) at themselves.
            let column =
                offset == 0
                ? token.position.column : token.position.column + 1 + String(letters[..<offset]).utf8.count
            let position = SourcePosition(line: token.position.line, column: column)
            offset += 1
            guard let option = table.option(short: letter) else {
                let suggestions = table.option(short: Character(letter.lowercased())).map { [$0] } ?? []
                result.append(.unknown(written: "-\(letter)", suggestions: suggestions, position: position))
                break
            }
            var use = OptionUse(
                option: option, written: "-\(letter)", spelling: .short, value: nil, position: position)
            let rest = String(letters[offset...])
            let restPosition = SourcePosition(
                line: position.line, column: token.position.column + 1 + String(letters[..<offset]).utf8.count
            )
            switch option.argument {
            case .none:
                result.append(.option(use))
                continue
            case .optional:
                if !rest.isEmpty { (use.value, use.valuePosition) = (rest, restPosition) }
            case .required:
                if !rest.isEmpty {
                    (use.value, use.valuePosition) = (rest, restPosition)
                } else if index < tokens.count {
                    (use.value, use.valuePosition) = (tokens[index].text, tokens[index].position)
                    index += 1
                } else {
                    result.append(.missingValue(option: option, written: use.written, position: position))
                    return result
                }
            }
            result.append(.option(use))
            return result
        }
        return result
    }
}
