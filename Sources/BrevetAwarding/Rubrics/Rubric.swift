/// A published rubric: criteria × levels with points, and the rule that decides a pass.
///
/// Construction validates the rubric: it has criteria, each criterion has levels, ids are unique,
/// points are not negative, each required level exists, and the pass mark is reachable (the sum of every
/// criterion's best level reaches ``PassRule/minimumTotal``). An unreachable pass mark is
/// ``AwardingError/Code/unreachablePassMark``: no learner could ever pass.
public struct Rubric: Sendable, Hashable {
    /// What a score must reach to pass. At least one of the two conditions must be set.
    public struct PassRule: Sendable, Hashable {
        /// The least total of points that passes; nil when only per-criterion levels count.
        public var minimumTotal: Int?
        /// When true, every criterion must reach its `requiredLevelId` (criteria without one pass at any level).
        public var requireEveryCriterionLevel: Bool

        public init(minimumTotal: Int? = nil, requireEveryCriterionLevel: Bool = true) {
            self.minimumTotal = minimumTotal
            self.requireEveryCriterionLevel = requireEveryCriterionLevel
        }
    }

    public let id: String
    public let name: String
    public let criteria: [RubricCriterion]
    public let passRule: PassRule

    public init(id: String, name: String, criteria: [RubricCriterion], passRule: PassRule) throws(AwardingError) {
        self.id = id
        self.name = name
        self.criteria = criteria
        self.passRule = passRule
        try validate()
    }

    /// The criterion with this id.
    public func criterion(_ id: String) -> RubricCriterion? { criteria.first { $0.id == id } }

    /// The most points a score can total.
    public var maxTotal: Int { criteria.reduce(0) { $0 + $1.maxPoints } }

    private func validate() throws(AwardingError) {
        guard !id.isEmpty, !name.isEmpty else { throw AwardingError(.invalidRubric, "a rubric needs an id and a name") }
        guard !criteria.isEmpty else { throw AwardingError(.invalidRubric, "rubric \"\(id)\" has no criteria") }
        var criterionIds = Set<String>()
        for c in criteria {
            let at = "criterion \"\(c.id)\""
            guard criterionIds.insert(c.id).inserted else {
                throw AwardingError(.invalidRubric, "two criteria share the id \"\(c.id)\"", location: at)
            }
            guard !c.levels.isEmpty else { throw AwardingError(.invalidRubric, "the criterion has no levels", location: at) }
            var levelIds = Set<String>()
            for l in c.levels {
                guard levelIds.insert(l.id).inserted else {
                    throw AwardingError(.invalidRubric, "two levels share the id \"\(l.id)\"", location: at)
                }
                guard l.points >= 0 else {
                    throw AwardingError(.invalidRubric, "level \"\(l.id)\" has negative points", location: at)
                }
            }
            if let r = c.requiredLevelId, c.level(r) == nil {
                throw AwardingError(.invalidRubric, "the required level \"\(r)\" is not one of its levels", location: at)
            }
        }
        let anyLevelRule = passRule.requireEveryCriterionLevel && criteria.contains { $0.requiredLevelId != nil }
        guard passRule.minimumTotal != nil || anyLevelRule else {
            throw AwardingError(.invalidRubric, "rubric \"\(id)\" has no pass rule: set a minimum total or required levels")
        }
        if let minimum = passRule.minimumTotal {
            guard minimum >= 0 else { throw AwardingError(.invalidRubric, "the minimum total is negative") }
            guard minimum <= maxTotal else {
                throw AwardingError(
                    .unreachablePassMark,
                    "rubric \"\(id)\" needs \(minimum) points to pass but its best levels total only \(maxTotal)")
            }
        }
    }
}
