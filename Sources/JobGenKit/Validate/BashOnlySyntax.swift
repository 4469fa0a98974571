/// Finds bash-only constructs in shell lines, one line at a time, outside comments and (where
/// expansion does not happen) quotes. Deliberately shallow: it recognises only shapes that have
/// no other meaning in POSIX sh, so that what it reports is certain.
struct BashOnlySyntax {
    enum Construct: Equatable {
        case doubleBracket, source, function
        case array(name: String)
        case ansiCQuote, hereString
        case parameterOperator(Character)
        case braceRange(String)
    }

    struct Finding: Equatable {
        var construct: Construct
        /// 0-based byte offset in the scanned line.
        var offset: Int
    }

    private enum Quote { case single, double, ansiC }
    private var quote: Quote?
    private var continued = false

    /// Words after which a command starts.
    private static let keywords: Set<String> = [
        "if", "then", "else", "elif", "do", "while", "until", "!", "time",
    ]

    /// The constructs on `line`, which continues the lines given before it.
    mutating func scan(_ line: Substring) -> [Finding] {
        let bytes = Array(line.utf8)
        var found: [Finding] = []
        var commandStart = !continued && quote == nil
        continued = false
        var i = 0
        func at(_ k: Int) -> UInt8 { k < bytes.count ? bytes[k] : 0 }
        func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D }
        func startsWord(_ k: Int) -> Bool {
            k == 0 || isBlank(bytes[k - 1]) || Self.isOperator(bytes[k - 1])
        }
        while i < bytes.count {
            let byte = bytes[i]
            if let open = quote {
                switch (open, byte) {
                case (.single, UInt8(ascii: "'")), (.double, UInt8(ascii: "\"")), (.ansiC, UInt8(ascii: "'")):
                    quote = nil
                case (.double, UInt8(ascii: "\\")), (.ansiC, UInt8(ascii: "\\")):
                    i += 1
                case (.double, UInt8(ascii: "$")) where at(i + 1) == UInt8(ascii: "{"):
                    if let op = Self.parameterOperator(bytes, at: i) {
                        found.append(Finding(construct: op, offset: i))
                    }
                default: break
                }
                i += 1
                continue
            }
            switch byte {
            case 0x20, 0x09, 0x0D: break
            case UInt8(ascii: "\\"):
                if i == bytes.count - 1 { continued = true }
                commandStart = false
                i += 1
            case UInt8(ascii: "'"):
                quote = .single
                commandStart = false
            case UInt8(ascii: "\""):
                quote = .double
                commandStart = false
            case UInt8(ascii: "#") where startsWord(i):
                return found
            case UInt8(ascii: ";"), UInt8(ascii: "|"), UInt8(ascii: "("), UInt8(ascii: "`"):
                commandStart = true
            case UInt8(ascii: "&"):
                if i == 0 || (bytes[i - 1] != UInt8(ascii: ">") && bytes[i - 1] != UInt8(ascii: "<")) {
                    commandStart = at(i + 1) != UInt8(ascii: ">")
                }
            case UInt8(ascii: "<") where at(i + 1) == UInt8(ascii: "<") && at(i + 2) == UInt8(ascii: "<"):
                found.append(Finding(construct: .hereString, offset: i))
                i += 2
            case UInt8(ascii: "$"):
                commandStart = false
                if at(i + 1) == UInt8(ascii: "'") {
                    found.append(Finding(construct: .ansiCQuote, offset: i))
                    quote = .ansiC
                    i += 1
                } else if at(i + 1) == UInt8(ascii: "{"), let op = Self.parameterOperator(bytes, at: i) {
                    found.append(Finding(construct: op, offset: i))
                }
            case UInt8(ascii: "{"):
                if let range = Self.braceRange(bytes, at: i) {
                    found.append(Finding(construct: .braceRange(range), offset: i))
                    commandStart = false
                } else {
                    // `{ cmd; }` groups commands; the next word is a command.
                    commandStart = commandStart && isBlank(at(i + 1))
                }
            case UInt8(ascii: ")"): commandStart = false
            case UInt8(ascii: "<"), UInt8(ascii: ">"): break
            default:
                guard startsWord(i) else { break }
                let end = bytes[i...].firstIndex { isBlank($0) || Self.isOperator($0) } ?? bytes.count
                let word = String(decoding: bytes[i..<end], as: UTF8.self)
                if commandStart, let construct = Self.commandConstruct(word, bytes, end: end) {
                    found.append(Finding(construct: construct, offset: i))
                }
                commandStart = commandStart && (Self.keywords.contains(word) || Self.isAssignment(word))
            }
            i += 1
        }
        return found
    }

    private static func isOperator(_ b: UInt8) -> Bool {
        b == UInt8(ascii: ";") || b == UInt8(ascii: "&") || b == UInt8(ascii: "|") || b == UInt8(ascii: "(")
            || b == UInt8(ascii: ")") || b == UInt8(ascii: "`") || b == UInt8(ascii: "<")
            || b == UInt8(ascii: ">")
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x5F
    }

    private static func isName(_ word: Substring) -> Bool {
        guard let first = word.utf8.first, !(first >= 0x30 && first <= 0x39) else { return false }
        return word.utf8.allSatisfy(isNameByte)
    }

    private static func isAssignment(_ word: String) -> Bool {
        guard let equals = word.firstIndex(of: "=") else { return false }
        return isName(word[..<equals])
    }

    /// A construct that needs the command position: `[[ `, `source `, `function name`, `name=(`.
    private static func commandConstruct(_ word: String, _ bytes: [UInt8], end: Int) -> Construct? {
        let next: UInt8 = end < bytes.count ? bytes[end] : 0
        let followedByBlank = next == 0x20 || next == 0x09
        switch word {
        case "[[" where followedByBlank: return .doubleBracket
        case "source" where followedByBlank: return .source
        case "function" where followedByBlank:
            let rest = bytes[end...].drop { $0 == 0x20 || $0 == 0x09 }
            return rest.first.map(isNameByte) == true ? .function : nil
        default:
            guard next == UInt8(ascii: "("), word.hasSuffix("=") else { return nil }
            let name = word.dropLast().hasSuffix("+") ? word.dropLast(2) : word.dropLast()
            return isName(name) ? .array(name: String(name)) : nil
        }
    }

    /// `${name/...}`, `${name//...}`, `${name^...}`, `${name,...}`, `${name:1...}` at `start` (the `$`).
    private static func parameterOperator(_ bytes: [UInt8], at start: Int) -> Construct? {
        var k = start + 2
        while k < bytes.count, isNameByte(bytes[k]) { k += 1 }
        guard k > start + 2, k < bytes.count else { return nil }
        switch bytes[k] {
        case UInt8(ascii: "/"), UInt8(ascii: "^"), UInt8(ascii: ","):
            return .parameterOperator(Character(UnicodeScalar(bytes[k])))
        case UInt8(ascii: ":") where k + 1 < bytes.count && bytes[k + 1] >= 0x30 && bytes[k + 1] <= 0x39:
            return .parameterOperator(":")
        default: return nil
        }
    }

    /// `{1..10}`, `{-2..2..2}`, `{a..z}` at `start` (the `{`): the text between the braces.
    private static func braceRange(_ bytes: [UInt8], at start: Int) -> String? {
        guard start == 0 || bytes[start - 1] != UInt8(ascii: "$"),
            let close = bytes[start..<min(bytes.count, start + 32)].firstIndex(of: UInt8(ascii: "}"))
        else { return nil }
        let inner = String(decoding: bytes[(start + 1)..<close], as: UTF8.self)
        let parts = inner.split(separator: "..", omittingEmptySubsequences: false)
        func isNumber(_ s: Substring) -> Bool {
            let digits = s.hasPrefix("-") ? s.dropFirst() : s
            return !digits.isEmpty && digits.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        }
        func isLetter(_ s: Substring) -> Bool {
            s.utf8.count == 1
                && s.utf8.allSatisfy { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) }
        }
        let numeric = (parts.count == 2 || parts.count == 3) && parts.allSatisfy(isNumber)
        let letters = parts.count == 2 && parts.allSatisfy(isLetter)
        return numeric || letters ? inner : nil
    }
}
