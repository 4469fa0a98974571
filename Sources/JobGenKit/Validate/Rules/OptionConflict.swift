extension BatchScript {
    /// When options from at least two of `names` are used, the first use of the second one to
    /// appear (where the conflict becomes visible) and the name it conflicts with.
    func conflict(among names: [String]) -> (use: OptionUse, with: OptionUse)? {
        var firsts: [OptionUse] = []
        for use in options where names.contains(use.option.name) {
            if !firsts.contains(where: { $0.option == use.option }) { firsts.append(use) }
            if firsts.count == 2 { return (firsts[1], firsts[0]) }
        }
        return nil
    }
}
