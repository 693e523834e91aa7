/// Pathways as a graph: a pathway depends on another when it names it as a sub-pathway or requires the
/// achievement the other awards. Career ladders are chains in this graph.
///
/// Construction throws ``AwardingError/Code/invalidPathway`` for a repeated pathway id,
/// ``AwardingError/Code/unknownPathway`` for a sub-pathway that is not given, and
/// ``AwardingError/Code/pathwayCycle`` naming the cycle (`a → b → a`) when pathways depend on each other,
/// including a pathway that requires its own achievement.
public struct PathwayGraph: Sendable {
    public let pathways: [String: Pathway]
    private let order: [String]
    private let edges: [String: [String]]

    public init(pathways list: [Pathway]) throws(AwardingError) {
        var pathways: [String: Pathway] = [:]
        for p in list {
            guard pathways.updateValue(p, forKey: p.id) == nil else {
                throw AwardingError(.invalidPathway, "the pathway id \"\(p.id)\" appears twice")
            }
        }
        var awarding: [String: [String]] = [:]
        for p in list { awarding[p.awardsAchievementId, default: []].append(p.id) }
        var edges: [String: [String]] = [:]
        for p in list {
            var deps: [String] = []
            for s in p.root.allSteps {
                switch s.rule {
                case .subPathway(let q):
                    guard pathways[q] != nil else {
                        throw AwardingError(.unknownPathway, "step \"\(s.id)\" names the unknown pathway \"\(q)\"", location: "pathway \"\(p.id)\"")
                    }
                    deps.append(q)
                case .achievement(let a):
                    deps += awarding[a] ?? []
                default: break
                }
            }
            var unique: [String] = []
            for d in deps where !unique.contains(d) { unique.append(d) }
            edges[p.id] = unique
        }
        self.pathways = pathways
        self.edges = edges
        self.order = try Self.topologicalOrder(ids: list.map(\.id), edges: edges)
    }

    /// Pathways this one depends on directly.
    public func dependencies(of id: String) -> [String] { edges[id] ?? [] }

    /// Every pathway id, each after the pathways it depends on.
    public var topologicalOrder: [String] { order }

    /// The career ladder up to a pathway: it and every pathway it depends on, prerequisites first.
    public func ladder(to id: String) -> [String] {
        var needed = Set<String>()
        var stack = [id]
        while let x = stack.popLast() {
            guard needed.insert(x).inserted else { continue }
            for d in edges[x] ?? [] where !needed.contains(d) { stack.append(d) }
        }
        return order.filter { needed.contains($0) }
    }

    private static func topologicalOrder(ids: [String], edges: [String: [String]]) throws(AwardingError) -> [String] {
        var state: [String: UInt8] = [:]  // 1 = visiting, 2 = done
        var out: [String] = []
        var path: [String] = []
        func visit(_ id: String) throws(AwardingError) {
            if state[id] == 2 { return }
            if state[id] == 1 {
                let cycle = path[path.firstIndex(of: id)!...] + [id]
                throw AwardingError(.pathwayCycle, "pathways depend on each other: \(cycle.joined(separator: " → "))", location: "pathway \"\(id)\"")
            }
            state[id] = 1
            path.append(id)
            for d in edges[id] ?? [] { try visit(d) }
            path.removeLast()
            state[id] = 2
            out.append(id)
        }
        for id in ids { try visit(id) }
        return out
    }
}
