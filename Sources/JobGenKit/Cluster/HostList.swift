/// Slurm's host lists: `n[1-3,7],gpu01` and the names they stand for.
public enum HostList {
    /// The names of `list`, at most `limit` of them (a malformed list gives what it can).
    public static func names(_ list: String, limit: Int = 100_000) -> [String] {
        var names: [String] = []
        for item in split(list) {
            guard let open = item.firstIndex(of: "["), item.hasSuffix("]") else {
                names.append(String(item))
                continue
            }
            let prefix = item[..<open]
            let ranges = item[item.index(after: open)..<item.index(before: item.endIndex)]
            for range in ranges.split(separator: ",") {
                let bounds = range.split(separator: "-", maxSplits: 1)
                guard let low = Int(bounds[0]) else { continue }
                let high = bounds.count == 2 ? Int(bounds[1]) ?? low : low
                let width = bounds[0].count
                for number in low...max(low, high) {
                    let digits = String(number)
                    names.append(
                        prefix + String(repeating: "0", count: max(0, width - digits.count)) + digits)
                    if names.count >= limit { return names }
                }
            }
        }
        return names
    }

    /// Whether `name` is one of the names of `list`, found without listing them all.
    public static func contains(_ list: String, _ name: String) -> Bool {
        for item in split(list) {
            guard let open = item.firstIndex(of: "["), item.hasSuffix("]") else {
                if item == name { return true }
                continue
            }
            let prefix = item[..<open]
            guard name.hasPrefix(prefix) else { continue }
            let digits = name.dropFirst(prefix.count)
            guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(digits) else {
                continue
            }
            let ranges = item[item.index(after: open)..<item.index(before: item.endIndex)]
            for range in ranges.split(separator: ",") {
                let bounds = range.split(separator: "-", maxSplits: 1)
                guard let low = Int(bounds[0]) else { continue }
                let high = bounds.count == 2 ? Int(bounds[1]) ?? low : low
                // As `names` writes them: at least as many digits as the range's low bound.
                let written = String(number)
                let padded = String(repeating: "0", count: max(0, bounds[0].count - written.count)) + written
                if (low...max(low, high)).contains(number), padded == digits { return true }
            }
        }
        return false
    }

    /// A list of names written back compactly: consecutive numbers with one prefix become ranges.
    public static func compact(_ names: [String]) -> String {
        var groups: [(prefix: String, width: Int, numbers: [Int])] = []
        var plain: [String] = []
        for name in names {
            let digits = name.reversed().prefix { $0.isNumber }.count
            guard digits > 0, let number = Int(name.suffix(digits)) else {
                plain.append(name)
                continue
            }
            let prefix = String(name.dropLast(digits))
            if let index = groups.firstIndex(where: { $0.prefix == prefix && $0.width == digits }) {
                groups[index].numbers.append(number)
            } else {
                groups.append((prefix, digits, [number]))
            }
        }
        let written = groups.map { group -> String in
            let sorted = group.numbers.sorted()
            var runs: [String] = []
            var start = sorted[0]
            var previous = sorted[0]
            func pad(_ n: Int) -> String {
                let s = String(n)
                return String(repeating: "0", count: max(0, group.width - s.count)) + s
            }
            for number in sorted.dropFirst() + [Int.min] {
                if number == previous + 1 {
                    previous = number
                    continue
                }
                runs.append(start == previous ? pad(start) : "\(pad(start))-\(pad(previous))")
                start = number
                previous = number
            }
            return sorted.count == 1
                ? group.prefix + pad(sorted[0]) : "\(group.prefix)[\(runs.joined(separator: ","))]"
        }
        return (written + plain).joined(separator: ",")
    }

    /// Splits on commas outside brackets.
    private static func split(_ list: String) -> [Substring] {
        var items: [Substring] = []
        var depth = 0
        var start = list.startIndex
        for index in list.indices {
            switch list[index] {
            case "[": depth += 1
            case "]": depth -= 1
            case "," where depth == 0:
                if start < index { items.append(list[start..<index]) }
                start = list.index(after: index)
            default: break
            }
        }
        if start < list.endIndex { items.append(list[start...]) }
        return items
    }
}

extension HostList {
    /// What keeps `list` from being a host list `names` reads whole (`n[1-3,7],gpu01`), or nil.
    public static func problem(in list: String) -> String? {
        if list.isEmpty { return "an empty host list" }
        if let space = list.first(where: \.isWhitespace) {
            return "a host list has no spaces (found \(space == " " ? "a space" : "white space"))"
        }
        var depth = 0
        for character in list {
            if character == "[" { depth += 1 }
            if character == "]" { depth -= 1 }
            if depth < 0 { return "']' without '['" }
            if depth > 1 { return "'[' inside '[...]'" }
        }
        if depth > 0 { return "'[' without ']'" }
        if list.hasPrefix(",") || list.hasSuffix(",") || list.contains(",,") {
            return "an empty name between commas"
        }
        for item in split(list) {
            guard let open = item.firstIndex(of: "[") else {
                if item.contains("]") { return "']' without '['" }
                continue
            }
            guard item.hasSuffix("]") else {
                return "'\(item)': jobgen reads one [range] at the end of a name"
            }
            let ranges = item[item.index(after: open)..<item.index(before: item.endIndex)]
            if ranges.isEmpty { return "'\(item)': empty brackets" }
            for range in ranges.split(separator: ",", omittingEmptySubsequences: false) {
                let bounds = range.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
                let digits = bounds.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
                guard digits else {
                    return "'\(range)' in '\(item)' is not a number or a range of numbers (such as 1-4)"
                }
                if bounds.count == 2, let low = Int(bounds[0]), let high = Int(bounds[1]), low > high {
                    return "'\(range)' in '\(item)' goes down"
                }
            }
        }
        return nil
    }
}
