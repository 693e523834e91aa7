extension Rubric {
    /// Applies the pass rule to a score.
    ///
    /// Throws ``AwardingError/Code/invalidScore`` when the score is for another rubric, names an unknown
    /// criterion or level, scores a criterion twice, or leaves one unscored. A fail is not an error: the
    /// outcome says what was missing for each criterion and for the total.
    public func assess(_ score: RubricScore) throws(AwardingError) -> AssessmentOutcome {
        guard score.rubricId == id else {
            throw AwardingError(.invalidScore, "the score is for rubric \"\(score.rubricId)\", not \"\(id)\"")
        }
        var byCriterion: [String: RubricScore.Entry] = [:]
        for e in score.entries {
            guard let c = criterion(e.criterionId) else {
                throw AwardingError(.invalidScore, "unknown criterion \"\(e.criterionId)\"")
            }
            guard c.level(e.levelId) != nil else {
                throw AwardingError(.invalidScore, "criterion \"\(c.id)\" has no level \"\(e.levelId)\"")
            }
            guard byCriterion.updateValue(e, forKey: e.criterionId) == nil else {
                throw AwardingError(.invalidScore, "criterion \"\(c.id)\" is scored twice")
            }
        }
        var feedback: [AssessmentOutcome.Feedback] = []
        var total = 0
        for c in criteria {
            guard let e = byCriterion[c.id], let level = c.level(e.levelId) else {
                throw AwardingError(.invalidScore, "criterion \"\(c.id)\" is not scored")
            }
            total += level.points
            let met = !passRule.requireEveryCriterionLevel || c.meetsRequirement(level)
            let required = passRule.requireEveryCriterionLevel ? c.requiredLevel : nil
            let message = met
                ? "\(c.name): \(level.name) (\(level.points) points)"
                : "\(c.name): reached \(level.name) (\(level.points) points) but needs at least \(required!.name) (\(required!.points) points)"
            feedback.append(.init(
                subjectId: c.id, subjectName: c.name, achieved: level.id, score: Double(level.points),
                required: required?.id, met: met, message: message, comment: e.comment))
        }
        var totalMet = true
        if let minimum = passRule.minimumTotal, total < minimum {
            totalMet = false
            feedback.append(.init(
                subjectId: id, subjectName: "Total", achieved: String(total), score: Double(total),
                required: String(minimum), met: false,
                message: "total \(total) of \(maxTotal) points is \(minimum - total) short of the pass mark \(minimum)"))
        }
        let passed = totalMet && feedback.allSatisfy(\.met)
        return AssessmentOutcome(
            kind: .rubric(score), passed: passed, score: Double(total), maxScore: Double(maxTotal),
            passMark: passRule.minimumTotal.map(Double.init), feedback: feedback)
    }
}
