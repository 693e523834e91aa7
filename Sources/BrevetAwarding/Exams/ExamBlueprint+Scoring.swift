extension ExamBlueprint {
    /// The weighted percent of a result: Σ(weight × percent) / Σ weight.
    public func weightedPercent(_ result: ExamResult) throws(AwardingError) -> Double {
        try assess(result).score
    }

    /// Applies the pass rule: the weighted percent reaches ``passMark`` (inclusive, within 1e-9) and every
    /// domain reaches its floor.
    ///
    /// Throws ``AwardingError/Code/invalidExamResult`` when the result is for another blueprint, names an
    /// unknown domain, scores one twice, misses one, or has a percent outside 0...100.
    public func assess(_ result: ExamResult) throws(AwardingError) -> AssessmentOutcome {
        guard result.blueprintId == id else {
            throw AwardingError(.invalidExamResult, "the result is for blueprint \"\(result.blueprintId)\", not \"\(id)\"")
        }
        var percents: [String: Double] = [:]
        for s in result.scores {
            guard domain(s.domainId) != nil else { throw AwardingError(.invalidExamResult, "unknown domain \"\(s.domainId)\"") }
            guard s.percent.isFinite, (0...100).contains(s.percent) else {
                throw AwardingError(.invalidExamResult, "domain \"\(s.domainId)\" scored \(s.percent), outside 0...100")
            }
            guard percents.updateValue(s.percent, forKey: s.domainId) == nil else {
                throw AwardingError(.invalidExamResult, "domain \"\(s.domainId)\" is scored twice")
            }
        }
        let totalWeight = domains.reduce(0) { $0 + $1.weight }
        var weighted = 0.0
        var feedback: [AssessmentOutcome.Feedback] = []
        for d in domains {
            guard let p = percents[d.id] else { throw AwardingError(.invalidExamResult, "domain \"\(d.id)\" is not scored") }
            weighted += d.weight * p / totalWeight
            let met = d.minimumPercent.map { p + scoreTolerance >= $0 } ?? true
            let message = met
                ? "\(d.name): \(format(p))%"
                : "\(d.name): \(format(p))% is below the domain floor of \(format(d.minimumPercent!))%"
            feedback.append(.init(
                subjectId: d.id, subjectName: d.name, achieved: format(p), score: p,
                required: d.minimumPercent.map(format), met: met, message: message))
        }
        let totalMet = weighted + scoreTolerance >= passMark
        if !totalMet {
            feedback.append(.init(
                subjectId: id, subjectName: "Weighted total", achieved: format(weighted), score: weighted,
                required: format(passMark), met: false,
                message: "weighted score \(format(weighted))% is below the pass mark of \(format(passMark))%; "
                    + "weakest domains: \(weakest(percents).joined(separator: ", "))"))
        }
        return AssessmentOutcome(
            kind: .exam(result), passed: totalMet && feedback.allSatisfy(\.met), score: weighted, maxScore: 100,
            passMark: passMark, feedback: feedback)
    }

    /// Domain names ordered by the points each lost in the weighted total, most first.
    private func weakest(_ percents: [String: Double]) -> [String] {
        domains
            .map { d in (d.name, d.weight * (100 - (percents[d.id] ?? 0))) }
            .filter { $0.1 > 0 }
            .sorted { $0.1 > $1.1 }
            .prefix(3)
            .map(\.0)
    }

    /// The blueprint published as OB 3.0 `ResultDescription` entries: one `Percent` entry per domain
    /// (id = domain id; `requiredValue` its floor when set) and one for the weighted total (id = blueprint id,
    /// `requiredValue` the pass mark).
    public var resultDescriptions: [ResultDescriptionEntry] {
        domains.map { d in
            ResultDescriptionEntry(id: d.id, name: d.name, resultType: "Percent",
                                   requiredValue: d.minimumPercent.map(format), valueMin: "0", valueMax: "100")
        } + [ResultDescriptionEntry(id: id, name: name, resultType: "Percent", requiredValue: format(passMark),
                                    valueMin: "0", valueMax: "100")]
    }
}
