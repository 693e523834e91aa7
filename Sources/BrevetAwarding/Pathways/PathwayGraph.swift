/// Pathways as a graph: a pathway depends on another when it names it as a sub-pathway or requires the
/// achievement the other awards. Career ladders are chains in this graph.
///
/// Construction throws ``AwardingError/Code/invalidPathway`` for a repeated pathway id,
/// ``AwardingError/Code/unknownPathway`` for a sub-pathway that is not given, and
/// ``AwardingError/Code/pathwayCycle`` naming the cycle (`a → b → a`) when pathways depend on each other,
/// including a pathway that requires its own achievement; and ``AwardingError/Code/invalidPathway`` when
/// sub-pathways nest deeper than ``maxSubPathwayDepth``.
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
        try Self.checkNesting(order: order, pathways: pathways)
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

    /// Depth-first topological sort with an explicit stack, so a ladder of any length cannot exhaust the
    /// call stack; the first back edge found is reported as the cycle.
    private static func topologicalOrder(ids: [String], edges: [String: [String]]) throws(AwardingError) -> [String] {
        var state: [String: UInt8] = [:]  // 1 = on the current path, 2 = done
        var out: [String] = []
        for start in ids where state[start] == nil {
            var path: [(id: String, next: Int)] = [(start, 0)]
            state[start] = 1
            while let top = path.last {
                let deps = edges[top.id] ?? []
                if top.next == deps.count {
                    state[top.id] = 2
                    out.append(top.id)
                    path.removeLast()
                    continue
                }
                path[path.count - 1].next += 1
                let d = deps[top.next]
                switch state[d] {
                case 2: continue
                case 1:
                    let ids = path.map(\.id)
                    let cycle = ids[ids.firstIndex(of: d)!...] + [d]
                    throw AwardingError(.pathwayCycle, "pathways depend on each other: \(cycle.joined(separator: " → "))",
                                        location: "pathway \"\(d)\"")
                default:
                    state[d] = 1
                    path.append((d, 0))
                }
            }
        }
        return out
    }

    /// Sub-pathways nest at most this deep (evaluation recurses into each level).
    public static let maxSubPathwayDepth = 32

    /// Throws ``AwardingError/Code/invalidPathway`` when sub-pathways nest deeper than ``maxSubPathwayDepth``.
    private static func checkNesting(order: [String], pathways: [String: Pathway]) throws(AwardingError) {
        var depth: [String: Int] = [:]
        for id in order {
            var d = 1
            for s in pathways[id]?.root.allSteps ?? [] {
                if case .subPathway(let q) = s.rule { d = max(d, (depth[q] ?? 1) + 1) }
            }
            guard d <= maxSubPathwayDepth else {
                throw AwardingError(.invalidPathway, "sub-pathways nest \(d) deep; at most \(maxSubPathwayDepth) are allowed",
                                    location: "pathway \"\(id)\"")
            }
            depth[id] = d
        }
    }
}
