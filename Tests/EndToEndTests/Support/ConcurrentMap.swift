/// `body` over every item, at most `width` at a time (sbatch calls wait on the controller, so a
/// few in flight keep both cores busy), with the results in the items' order.
func concurrentMap<Item: Sendable, Result: Sendable>(
    _ items: [Item], width: Int = 8, _ body: @escaping @Sendable (Item) throws -> Result
) async throws -> [Result] {
    try await withThrowingTaskGroup(of: (Int, Result).self) { group in
        var results = [Result?](repeating: nil, count: items.count)
        var next = 0
        func submit(_ group: inout ThrowingTaskGroup<(Int, Result), Error>) {
            guard next < items.count else { return }
            let index = next
            let item = items[index]
            next += 1
            group.addTask { (index, try body(item)) }
        }
        for _ in 0..<width { submit(&group) }
        while let (index, result) = try await group.next() {
            results[index] = result
            submit(&group)
        }
        return results.map { $0! }
    }
}
