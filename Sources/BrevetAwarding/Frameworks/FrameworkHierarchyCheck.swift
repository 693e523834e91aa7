/// The checks every framework passes: unique ids, known parents, no cycles. Errors name the line or path
/// of the offending item through `locate`.
enum FrameworkHierarchyCheck {
    static func index(_ items: [FrameworkItem], emptyIdCode: AwardingError.Code,
                      locate: (Int) -> (line: Int?, location: String?)) throws(AwardingError) -> [String: Int] {
        var index: [String: Int] = [:]
        for (i, item) in items.enumerated() {
            let (line, location) = locate(i)
            guard !item.id.isEmpty else {
                throw AwardingError(emptyIdCode, "an item has an empty id", line: line, location: location)
            }
            if let first = index[item.id] {
                let firstAt = locate(first)
                let where1 = firstAt.line.map { "line \($0)" } ?? firstAt.location ?? "item \(first)"
                throw AwardingError(.duplicateFrameworkItem, "the id \"\(item.id)\" is already used on \(where1)", line: line, location: location)
            }
            index[item.id] = i
        }
        return index
    }

    static func checkParents(_ items: [FrameworkItem], indexById: [String: Int],
                             locate: (Int) -> (line: Int?, location: String?)) throws(AwardingError) {
        for (i, item) in items.enumerated() {
            guard let p = item.parentId else { continue }
            guard indexById[p] != nil else {
                let (line, location) = locate(i)
                throw AwardingError(.unknownParent, "item \"\(item.id)\" names the parent \"\(p)\", which is not in the framework",
                                    line: line, location: location)
            }
        }
        // 0 = unvisited, 1 = on the current chain, 2 = known to reach a root.
        var state = [UInt8](repeating: 0, count: items.count)
        for start in items.indices where state[start] == 0 {
            var chain: [Int] = []
            var current: Int? = start
            while let c = current, state[c] == 0 {
                state[c] = 1
                chain.append(c)
                current = items[c].parentId.flatMap { indexById[$0] }
            }
            if let c = current, state[c] == 1 {
                let cycle = chain[chain.firstIndex(of: c)!...]
                let first = cycle.min()!
                let (line, location) = locate(first)
                let path = (cycle.map { items[$0].id } + [items[c].id]).joined(separator: " → ")
                throw AwardingError(.frameworkCycle, "items are their own ancestors: \(path)", line: line, location: location)
            }
            for c in chain { state[c] = 2 }
        }
    }
}
