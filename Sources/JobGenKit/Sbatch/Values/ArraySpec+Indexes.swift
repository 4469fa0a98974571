extension ArraySpec {
    /// One item of the list: `N`, `A-B` or `A-B:step`.
    struct IndexRange: Sendable, Equatable {
        let first: Int
        let last: Int
        let step: Int

        init?(_ item: String) {
            let parts = item.split(separator: ":", maxSplits: 1)
            guard let range = parts.first else { return nil }
            let bounds = range.split(separator: "-", maxSplits: 1).map { Int($0) }
            guard let first = bounds.first ?? nil, let last = bounds.count == 2 ? bounds[1] : first else {
                return nil
            }
            let step = parts.count == 2 ? Int(parts[1]) ?? 1 : 1
            (self.first, self.last, self.step) = (first, max(first, last), max(1, step))
        }

        func includes(_ index: Int) -> Bool {
            index >= first && index <= last && (index - first) % step == 0
        }

        /// The last index the steps reach (`0-10:4` ends at 8).
        var reached: Int { first + (last - first) / step * step }
        var count: Int { (last - first) / step + 1 }
    }

    var ranges: [IndexRange] { items.compactMap(IndexRange.init) }

    /// The lowest index of the array's tasks (`SLURM_ARRAY_TASK_MIN`); nil for a list that names none.
    public var lowestIndex: Int? { ranges.map(\.first).min() }
    /// The highest index a task gets (`SLURM_ARRAY_TASK_MAX`): a range's steps may stop short of its end.
    public var highestReachedIndex: Int? { ranges.map(\.reached).max() }

    /// Whether one of the array's tasks has `index`.
    public func includes(_ index: Int) -> Bool { ranges.contains { $0.includes(index) } }

    /// How many tasks the array has (an index listed twice counted once).
    public var taskCount: Int {
        let ranges = self.ranges
        // Small arrays are counted index by index, so overlapping items count once.
        guard let lowest = lowestIndex, let highest = highestReachedIndex, highest - lowest <= 100_000 else {
            return ranges.map(\.count).reduce(0, +)
        }
        return (lowest...highest).filter { index in ranges.contains { $0.includes(index) } }.count
    }

    /// The step of an array that is one range (`SLURM_ARRAY_TASK_STEP`); nil otherwise.
    public var singleStep: Int? { ranges.count == 1 ? ranges[0].step : nil }
}
