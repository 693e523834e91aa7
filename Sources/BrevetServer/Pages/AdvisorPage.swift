import BrevetAwarding

/// The design advisor page: the four questions as a plain form (GET, so a result can be linked),
/// and the recommendation with its reasons.
enum AdvisorPage {
    static func data(query: [String: String]) -> [String: Any] {
        func options(_ name: String, _ choices: [(String, String)]) -> [[String: Any]] {
            choices.map { ["value": $0.0, "label": $0.1, "checked": query[name] == $0.0] }
        }
        var data: [String: Any] = [
            "q1": DesignAdvisor.questions[0], "q2": DesignAdvisor.questions[1], "q3": DesignAdvisor.questions[2], "q4": DesignAdvisor.questions[3],
            "outcome": query["outcome"] ?? "",
            "scopes": options("scope", [("task", "One task, tool or technique"), ("role", "A whole job role")]),
            "evidences": options("evidence", [("workSample", "A work sample or portfolio scored against a rubric"),
                                              ("observedPerformance", "A performance observed live by an assessor"),
                                              ("proctoredExam", "A proctored exam"),
                                              ("employerAttestation", "An employer's attestation of practice")]),
            "changes": options("change", [("fast", "Within a year"), ("moderate", "Over one to three years"), ("slow", "Over many years")]),
            "shapes": options("shape", [("flagship", "One flagship credential"), ("expandablePathway", "An expandable pathway")]),
        ]
        guard query["outcome"] != nil || query["scope"] != nil else { return data }
        guard let scope = query["scope"].flatMap(DesignAnswers.JobOutcome.Scope.init(rawValue:)),
              let evidence = query["evidence"].flatMap(DesignAnswers.Evidence.init(rawValue:)),
              let change = query["change"].flatMap(DesignAnswers.ChangeRate.init(rawValue:)),
              let shape = query["shape"].flatMap(DesignAnswers.Shape.init(rawValue:)) else {
            data["problem"] = "Answer all four questions to get a recommendation."
            return data
        }
        do {
            let r = try DesignAdvisor.recommend(DesignAnswers(jobOutcome: .init(statement: query["outcome"] ?? "", scope: scope),
                                                              evidence: evidence, changeRate: change, shape: shape))
            let kind = switch r.kind {
            case .microCredential: "a micro-credential"
            case .certification: "a certification"
            case .hybrid: "a hybrid: micro-credentials that stack into a certification"
            }
            var rec: [String: Any] = ["kind": kind, "achievementType": r.achievementKind.achievementType, "assessment": r.assessment,
                                      "reasons": r.reasons]
            if let v = r.suggestedValidity { rec["validity"] = CatalogPage.period(v) }
            data["recommendation"] = rec
        } catch {
            data["problem"] = error.reason
        }
        return data
    }
}
