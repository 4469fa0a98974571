extension ArraySpec {
    /// One item of the list, `N`, `A-B` or `A-B:step`, as the grammar read it (`last >= first`,
    /// `step >= 1`).
    struct IndexRange: Sendable, Equatable {
        let first: Int
        let last: Int
        let step: Int

        func includes(_ index: Int) -> Bool {
            index >= first && index <= last && (index - first) % step == 0
        }

        /// The last index the steps reach (`0-10:4` ends at 8).
        var reached: Int { first + (last - first) / step * step }
        var count: Int { (last - first) / step + 1 }
    }

    /// The lowest index of the array's tasks (`SLURM_ARRAY_TASK_MIN`); nil for a list that names none.
    public var lowestIndex: Int? { ranges.map(\.first).min() }
    /// Whether one of the array's tasks has `index`.
    public func includes(_ index: Int) -> Bool { ranges.contains { $0.includes(index) } }

    /// How many tasks the array has (an index listed twice counted once).
    public var taskCount: Int {
        // Small arrays are counted index by index, so overlapping items count once.
        guard let lowest = lowestIndex, highestIndex - lowest <= 100_000 else {
            return ranges.map(\.count).reduce(0, +)
        }
        return (lowest...highestIndex).filter { index in ranges.contains { $0.includes(index) } }.count
    }

    /// The step of an array that is one range (`SLURM_ARRAY_TASK_STEP`); nil otherwise.
    public var singleStep: Int? { ranges.count == 1 ? ranges[0].step : nil }
}
