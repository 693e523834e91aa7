/// One criterion of a rubric with its levels, published as an OB 3.0 `ResultDescription` whose
/// `resultType` is `RubricCriterionLevel`.
public struct RubricCriterion: Sendable, Hashable {
    public var id: String
    public var name: String
    public var description: String?
    /// The levels a scorer may award, any order; a higher `points` value is a better level.
    public var levels: [RubricLevel]
    /// The lowest level that passes this criterion (OB 3.0 `requiredLevel`); nil when any level passes.
    public var requiredLevelId: String?
    /// Skills-framework nodes this criterion assesses.
    public var alignment: [Alignment]

    public init(id: String, name: String, description: String? = nil, levels: [RubricLevel],
                requiredLevelId: String? = nil, alignment: [Alignment] = []) {
        self.id = id
        self.name = name
        self.description = description
        self.levels = levels
        self.requiredLevelId = requiredLevelId
        self.alignment = alignment
    }

    /// The level with this id.
    public func level(_ id: String) -> RubricLevel? { levels.first { $0.id == id } }
    /// The most points any level of this criterion gives.
    public var maxPoints: Int { levels.map(\.points).max() ?? 0 }
    /// The required level, when the criterion has one.
    public var requiredLevel: RubricLevel? { requiredLevelId.flatMap(level) }

    /// True when `level` meets the required level (at least as many points).
    public func meetsRequirement(_ level: RubricLevel) -> Bool {
        guard let required = requiredLevel else { return true }
        return level.points >= required.points
    }
}
