extension Rubric {
    /// The rubric published as OB 3.0 `ResultDescription` entries: one per criterion
    /// (`resultType` `RubricCriterionLevel`, its levels as `rubricCriterionLevel`, the pass level as
    /// `requiredLevel`) and, when the rule has a minimum total, one for the total (`resultType`
    /// `RubricScore`, `valueMin` 0, `valueMax` the best total, `requiredValue` the pass mark, id = rubric id).
    public var resultDescriptions: [ResultDescriptionEntry] {
        var out = criteria.map { c in
            ResultDescriptionEntry(
                id: c.id, name: c.name, resultType: "RubricCriterionLevel",
                requiredLevel: passRule.requireEveryCriterionLevel ? c.requiredLevelId : nil,
                rubricCriterionLevel: c.levels, alignment: c.alignment)
        }
        if let minimum = passRule.minimumTotal {
            out.append(ResultDescriptionEntry(
                id: id, name: name, resultType: "RubricScore", requiredValue: String(minimum),
                valueMin: "0", valueMax: String(maxTotal)))
        }
        return out
    }

    /// Rebuilds a rubric from the `ResultDescription` entries ``resultDescriptions`` wrote.
    static func from(resultDescriptions: [ResultDescriptionEntry], id: String, name: String) throws(AwardingError) -> Rubric? {
        let criteria = resultDescriptions.filter { $0.resultType == "RubricCriterionLevel" }.map { rd in
            RubricCriterion(id: rd.id, name: rd.name, levels: rd.rubricCriterionLevel, requiredLevelId: rd.requiredLevel,
                            alignment: rd.alignment)
        }
        guard !criteria.isEmpty else { return nil }
        let total = resultDescriptions.first { $0.resultType == "RubricScore" && $0.id == id }
        let minimum = total?.requiredValue.flatMap { Int($0) }
        let rule = PassRule(minimumTotal: minimum, requireEveryCriterionLevel: criteria.contains { $0.requiredLevelId != nil })
        return try Rubric(id: id, name: total?.name ?? name, criteria: criteria, passRule: rule)
    }
}
