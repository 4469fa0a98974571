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

extension BatchScript {
    /// `conflict(among:)` for options known under several names (`--ntasks-per-gpu` and its
    /// alias `--ntasks-per-tres`): each group is one option.
    func conflict(amongGroups groups: [[String]]) -> (use: OptionUse, with: OptionUse)? {
        var firsts: [(group: Int, use: OptionUse)] = []
        for use in options {
            guard let group = groups.firstIndex(where: { $0.contains(use.option.name) }) else { continue }
            if !firsts.contains(where: { $0.group == group }) { firsts.append((group, use)) }
            if firsts.count == 2 { return (firsts[1].use, firsts[0].use) }
        }
        return nil
    }
}
