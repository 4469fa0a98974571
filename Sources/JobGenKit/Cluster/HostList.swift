/// Slurm's host lists: `n[1-3,7],gpu01` and the names they stand for.
public enum HostList {
    /// The names of `list`, at most `limit` of them (a malformed list gives what it can).
    public static func names(_ list: String, limit: Int = 100_000) -> [String] {
        var names: [String] = []
        for item in items(list) {
            guard let ranges = item.ranges else {
                names.append(String(item.prefix))
                continue
            }
            for range in ranges {
                for number in range.low...max(range.low, range.high) {
                    let digits = String(number)
                    names.append(
                        item.prefix + String(repeating: "0", count: max(0, range.width - digits.count))
                            + digits)
                    if names.count >= limit { return names }
                }
            }
        }
        return names
    }

    /// How many names `list` stands for (at most `limit`): `names(list, limit:).count`, counted
    /// without writing the names (a profile's node types list thousands of them).
    public static func count(_ list: String, limit: Int = 100_000) -> Int {
        var count = 0
        for item in items(list) {
            guard let ranges = item.ranges else {
                count += 1
                continue
            }
            for range in ranges {
                // `names` stops at the first name that reaches the limit.
                let (span, overflow) = max(range.low, range.high).subtractingReportingOverflow(range.low)
                if overflow || span >= limit - count - 1 { return max(count + 1, limit) }
                count += span + 1
            }
        }
        return count
    }

    /// The items of `list` as `names` reads them: a name as written (`ranges` nil), or a prefix
    /// with the number ranges of its `[...]` (a range that is not a number is left out), each with
    /// the width its names are zero-padded to.
    private static func items(_ list: String) -> [(
        prefix: Substring, ranges: [(low: Int, high: Int, width: Int)]?
    )] {
        split(list).map { item in
            guard let open = item.firstIndex(of: "["), item.hasSuffix("]") else { return (item, nil) }
            let inside = item[item.index(after: open)..<item.index(before: item.endIndex)]
            let ranges = inside.split(ascii: ",").compactMap { range -> (low: Int, high: Int, width: Int)? in
                let bounds = range.split(ascii: "-", maxSplits: 1)
                guard let low = Int(bounds[0]) else { return nil }
                return (low, bounds.count == 2 ? Int(bounds[1]) ?? low : low, bounds[0].count)
            }
            return (item[..<open], ranges)
        }
    }

    /// Whether `name` is one of the names of `list`, found without listing them all: what
    /// `names(list).contains(name)` says. For many questions about one list, keep its `Lookup`.
    public static func contains(_ list: String, _ name: String) -> Bool {
        Lookup(list).contains(name)
    }

    /// The number `digits` spells as `Int(_:)` reads it (a leading '+' where allowed); nil for
    /// anything else or too many digits.
    static func wholeNumber<Bytes: Collection<UInt8>>(_ digits: Bytes, plusAllowed: Bool = false)
        -> Int?
    {
        var bytes = digits[...]
        if plusAllowed, bytes.first == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
        guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
        var number = 0
        for byte in bytes {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            number = number * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return number
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

    /// Splits on commas outside brackets (read as bytes, as `contains` reads them: a list is
    /// ASCII, and reading characters showed in every profile read).
    private static func split(_ list: String) -> [Substring] {
        var items: [Substring] = []
        var depth = 0
        var start = list.startIndex
        for index in list.utf8.indices {
            switch list.utf8[index] {
            case UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "]"): depth -= 1
            case UInt8(ascii: ",") where depth == 0:
                if start < index { items.append(list[start..<index]) }
                start = list.utf8.index(after: index)
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
        // Most lists are ASCII with no white space: decided from the bytes, without reading
        // characters.
        let plainASCII = list.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F }
        if !plainASCII, let space = list.first(where: \.isWhitespace) {
            return "a host list has no spaces (found \(space == " " ? "a space" : "white space"))"
        }
        var depth = 0
        for byte in list.utf8 {
            if byte == UInt8(ascii: "[") { depth += 1 }
            if byte == UInt8(ascii: "]") { depth -= 1 }
            if depth < 0 { return "']' without '['" }
            if depth > 1 { return "'[' inside '[...]'" }
        }
        if depth > 0 { return "'[' without ']'" }
        let bytes = Array(list.utf8)
        if bytes.first == UInt8(ascii: ",") || bytes.last == UInt8(ascii: ",")
            || zip(bytes, bytes.dropFirst()).contains(where: { $0 == UInt8(ascii: ",") && $1 == $0 })
        {
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
            for range in ranges.split(ascii: ",", omittingEmptySubsequences: false) {
                let bounds = range.split(ascii: "-", maxSplits: 1, omittingEmptySubsequences: false)
                let digits = bounds.allSatisfy {
                    !$0.isEmpty && $0.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
                }
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
