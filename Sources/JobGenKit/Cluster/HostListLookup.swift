extension HostList {
    /// A host list read once to answer many questions: its items with their prefixes and number
    /// ranges parsed. `contains` answers as `names(list).contains(name)` does, without listing
    /// the names (a node type's list has hundreds of ranges, and the resource fit asks of every
    /// node a script names, for each partition).
    public struct Lookup: Sendable {
        /// The list it was read from.
        public let list: String
        private var items: [Item] = []

        private enum Item: Sendable {
            /// An item without a `[...]` range: a name as written.
            case name([UInt8])
            /// `prefix[...]`, with each range item that reads as numbers.
            case ranges(prefix: [UInt8], [NumberRange])
        }

        /// `low` or `low-high`: the width of `low` as written (names are zero-padded to it).
        private struct NumberRange: Sendable {
            let lowWidth: Int
            let lowest: Int
            let highest: Int
        }

        public init(_ list: String) {
            self.list = list
            let bytes = Array(list.utf8)
            let (open, close, comma, dash) = (
                UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: ","), UInt8(ascii: "-")
            )
            var start = 0
            while start < bytes.count {
                // An item ends at a comma outside brackets.
                var end = start
                var bracket: Int?
                var depth = 0
                while end < bytes.count {
                    let byte = bytes[end]
                    if byte == open {
                        if bracket == nil { bracket = end }
                        depth += 1
                    } else if byte == close {
                        depth -= 1
                    } else if byte == comma, depth == 0 {
                        break
                    }
                    end += 1
                }
                defer { start = end + 1 }
                guard end > start else { continue }
                guard let bracket, bytes[end - 1] == close else {
                    items.append(.name(Array(bytes[start..<end])))
                    continue
                }
                // Inside the brackets every comma separates ranges.
                var ranges: [NumberRange] = []
                var range = bracket + 1
                while range < end - 1 {
                    var next = range
                    var lowEnd: Int?
                    while next < end - 1, bytes[next] != comma {
                        if lowEnd == nil, bytes[next] == dash { lowEnd = next }
                        next += 1
                    }
                    defer { range = next + 1 }
                    let low = bytes[range..<(lowEnd ?? next)]
                    guard next > range, let lowest = HostList.wholeNumber(low, plusAllowed: true) else {
                        continue
                    }
                    let highest =
                        lowEnd.flatMap { HostList.wholeNumber(bytes[($0 + 1)..<next], plusAllowed: true) }
                        ?? lowest
                    ranges.append(NumberRange(lowWidth: low.count, lowest: lowest, highest: highest))
                }
                items.append(.ranges(prefix: Array(bytes[start..<bracket]), ranges))
            }
        }

        /// Whether `name` is one of the names of the list.
        public func contains(_ name: String) -> Bool {
            let name = Array(name.utf8)
            for item in items {
                switch item {
                case .name(let written):
                    if written == name { return true }
                case .ranges(let prefix, let ranges):
                    guard name.starts(with: prefix) else { continue }
                    let digits = name[prefix.count...]
                    guard !digits.isEmpty, let number = HostList.wholeNumber(digits) else { continue }
                    let numberWidth = String(number).utf8.count
                    // As `names` writes them: zero-padded to the low bound's width.
                    if ranges.contains(where: {
                        digits.count == max($0.lowWidth, numberWidth)
                            && ($0.lowest...max($0.lowest, $0.highest)).contains(number)
                    }) {
                        return true
                    }
                }
            }
            return false
        }
    }
}
