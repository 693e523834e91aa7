/// Which achievements cover which skills of a framework, through their OB 3.0 alignments.
///
/// An achievement covers an item when the design, one of its competencies, or one of its rubric
/// criteria aligns to it (matched by ``SkillsFramework/item(matching:)``).
public struct SkillCoverageIndex: Sendable {
    public let framework: SkillsFramework
    private var achievementsByItem: [String: [String]] = [:]
    private var itemsByAchievement: [String: [String]] = [:]

    public init(framework: SkillsFramework, designs: [AchievementDesign]) {
        self.framework = framework
        for d in designs {
            let alignments = d.alignment + d.competencies.flatMap(\.alignment) + (d.rubric?.criteria.flatMap(\.alignment) ?? [])
            for a in alignments {
                guard let item = framework.item(matching: a) else { continue }
                if !(achievementsByItem[item.id]?.contains(d.id) ?? false) { achievementsByItem[item.id, default: []].append(d.id) }
                if !(itemsByAchievement[d.id]?.contains(item.id) ?? false) { itemsByAchievement[d.id, default: []].append(item.id) }
            }
        }
    }

    /// Achievement ids that cover an item, in design order; with `includingDescendants`, also those that
    /// cover any item below it.
    public func achievements(covering itemId: String, includingDescendants: Bool = false) -> [String] {
        var ids = achievementsByItem[itemId] ?? []
        if includingDescendants {
            for d in framework.descendants(of: itemId) {
                for a in achievementsByItem[d.id] ?? [] where !ids.contains(a) { ids.append(a) }
            }
        }
        return ids
    }

    /// The items an achievement covers.
    public func items(coveredBy achievementId: String) -> [FrameworkItem] {
        (itemsByAchievement[achievementId] ?? []).compactMap { framework.item($0) }
    }

    /// Items no achievement covers, in framework order.
    public var uncoveredItems: [FrameworkItem] { framework.items.filter { achievementsByItem[$0.id] == nil } }
}
