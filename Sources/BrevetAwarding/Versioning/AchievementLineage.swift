/// The versions of achievements, linked both ways, checked for consistency.
///
/// Construction throws ``AwardingError/Code/invalidVersioning`` when ids repeat, a link points to a
/// design that is missing, a link is not returned (A says B follows it, B does not say A precedes it), or
/// version numbers do not increase by one along a chain.
public struct AchievementLineage: Sendable {
    private let byId: [String: AchievementDesign]

    public init(designs: [AchievementDesign]) throws(AwardingError) {
        var byId: [String: AchievementDesign] = [:]
        for d in designs {
            guard byId.updateValue(d, forKey: d.id) == nil else {
                throw AwardingError(.invalidVersioning, "the achievement id \"\(d.id)\" appears twice")
            }
        }
        for d in designs {
            if let p = d.previousVersionId {
                guard let prev = byId[p] else { throw AwardingError(.invalidVersioning, "\"\(d.id)\" follows \"\(p)\", which is missing") }
                guard prev.nextVersionId == d.id else {
                    throw AwardingError(.invalidVersioning, "\"\(d.id)\" follows \"\(p)\", but \"\(p)\" does not link forward to it")
                }
                guard prev.version + 1 == d.version else {
                    throw AwardingError(.invalidVersioning, "\"\(d.id)\" is version \(d.version) after version \(prev.version)")
                }
            }
            if let n = d.nextVersionId {
                guard let next = byId[n], next.previousVersionId == d.id else {
                    throw AwardingError(.invalidVersioning, "\"\(d.id)\" links forward to \"\(n)\", which does not link back")
                }
            }
        }
        self.byId = byId
    }

    public func design(_ id: String) -> AchievementDesign? { byId[id] }
    public func predecessor(of id: String) -> AchievementDesign? { byId[id]?.previousVersionId.flatMap { byId[$0] } }
    public func successor(of id: String) -> AchievementDesign? { byId[id]?.nextVersionId.flatMap { byId[$0] } }

    /// Every version of the achievement that `id` is a version of, oldest first.
    public func versions(of id: String) -> [AchievementDesign] {
        guard var first = byId[id] else { return [] }
        while let p = first.previousVersionId, let prev = byId[p] { first = prev }
        var out = [first]
        while let n = out.last!.nextVersionId, let next = byId[n] { out.append(next) }
        return out
    }

    /// The newest version of the achievement that `id` is a version of.
    public func latest(of id: String) -> AchievementDesign? { versions(of: id).last }
}
