/// Shell quoting for values that land in a command line of the script.
public enum ShellQuote {
    /// `word` unchanged when every character is shell-inert, else single-quoted with embedded
    /// single quotes written as `'\''`.
    public static func quote(_ word: String) -> String {
        let inert =
            !word.isEmpty
            && word.unicodeScalars.allSatisfy {
                $0.isASCII && (ASCIIText.isAlphanumeric($0) || "_@%+=:,./-".unicodeScalars.contains($0))
            }
        if inert { return word }
        return "'" + word.replacingAll("'", with: "'\\''") + "'"
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
