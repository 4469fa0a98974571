/// Edit distance for spotting typos: insertions, deletions, substitutions and swaps of two
/// neighbouring characters each count 1 (optimal string alignment), case-sensitive.
enum TypoDistance {
    static func between(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let width = b.count + 1
        // Three rows: the swap looks two rows back.
        var rows = [[Int]](repeating: Array(0...b.count), count: 3)
        for i in 1...a.count {
            let current = i % 3
            let previous = (i - 1) % 3
            let beforePrevious = (i + 1) % 3
            rows[current][0] = i
            for j in 1..<width {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var best = min(rows[previous][j] + 1, rows[current][j - 1] + 1, rows[previous][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    best = min(best, rows[beforePrevious][j - 2] + 1)
                }
                rows[current][j] = best
            }
        }
        return rows[a.count % 3][b.count]
    }

    static func between(_ a: String, _ b: String) -> Int { between(Array(a.utf8), Array(b.utf8)) }
}
