import BrevetJSON

extension AchievementDesign {
    /// The member of the Achievement that carries Brevet's design facts OB 3.0 has no term for.
    ///
    /// OB 3.0 allows extra properties ([§7 Extending the Data Model](https://www.imsglobal.org/spec/ob/v3p0/#extending-the-data-model));
    /// credentials that carry it add the VC 2.0 undefined-terms context, whose `@vocab` makes the term
    /// `https://www.w3.org/ns/credentials/issuer-dependent#brevetDesign`. Its object has
    /// `type` ``extensionType``.
    public static let extensionMember = "brevetDesign"
    /// The `type` of the extension object.
    public static let extensionType = "BrevetAchievementDesign"

    /// The criteria narrative: one Markdown bullet per competency.
    public var criteriaNarrative: String {
        "Demonstrate each competency:\n" + competencies.map { "- \($0.statement)" }.joined(separator: "\n")
    }

    /// Every `ResultDescription` the achievement publishes: its rubric, then its exam blueprint.
    public var resultDescriptions: [ResultDescriptionEntry] {
        (rubric?.resultDescriptions ?? []) + (exam?.resultDescriptions ?? [])
    }

    /// The OB 3.0 `Achievement` JSON: required `id`, `type`, `name`, `description`, `criteria`; the
    /// `achievementType`, `alignment` (the design's and its competencies'), `resultDescription` with
    /// `rubricCriterionLevel`, `creditsAvailable`, `fieldOfStudy`, `specialization`, `humanCode`, `tag`,
    /// `version`, `related` (previous and next versions); and ``extensionMember``. Validates first.
    public func achievementJSON() throws(AwardingError) -> JSONValue {
        try validate()
        var b = JSONBuilder()
        b.set("id", id)
        b.set("type", .array(["Achievement"]))
        b.set("name", name)
        b.set("description", description)
        b.set("achievementType", kind.achievementType)
        var criteria = JSONBuilder()
        criteria.set("id", criteriaURL)
        criteria.set("narrative", criteriaNarrative)
        b.set("criteria", criteria.value)
        var alignments = alignment
        for c in competencies { alignments += c.alignment.filter { !alignments.contains($0) } }
        b.set("alignment", nonEmpty: alignments.map(\.json))
        b.set("resultDescription", nonEmpty: resultDescriptions.map(\.json))
        b.set("creditsAvailable", creditsAvailable)
        b.set("fieldOfStudy", fieldOfStudy)
        b.set("specialization", specialization)
        b.set("humanCode", humanCode)
        b.set("tag", nonEmpty: tags.map { .string($0) })
        b.set("version", String(version))
        let related = [previousVersionId, nextVersionId].compactMap { $0 }.map { id -> JSONValue in
            ["id": .string(id), "type": ["Related"]]
        }
        b.set("related", nonEmpty: related)
        b.set(Self.extensionMember, extensionJSON)
        return b.value
    }

    var extensionJSON: JSONValue {
        var b = JSONBuilder()
        b.set("type", Self.extensionType)
        b.set("ladderStep", ladderStep?.rawValue)
        b.set("eqfLevel", eqfLevel)
        b.set("studyHours", studyHours)
        b.set("competencies", .array(competencies.map { c in
            var cb = JSONBuilder()
            cb.set("id", c.id)
            cb.set("statement", c.statement)
            cb.set("alignment", nonEmpty: c.alignment.map(\.json))
            return cb.value
        }))
        if let rubric {
            var rb = JSONBuilder()
            rb.set("id", rubric.id)
            rb.set("name", rubric.name)
            rb.set("minimumTotal", rubric.passRule.minimumTotal)
            rb.set("requireEveryCriterionLevel", .bool(rubric.passRule.requireEveryCriterionLevel))
            rb.set("criteria", .array(rubric.criteria.map { .string($0.id) }))
            b.set("rubric", rb.value)
        }
        if let exam {
            b.set("exam", [
                "id": .string(exam.id), "name": .string(exam.name), "passMark": number(exam.passMark),
                "domains": .array(exam.domains.map { d in
                    var db = JSONBuilder()
                    db.set("id", d.id)
                    db.set("name", d.name)
                    db.set("weight", d.weight)
                    db.set("minimumPercent", d.minimumPercent)
                    return db.value
                }),
            ])
        }
        var rp = JSONBuilder()
        rp.set("maxAttempts", retakePolicy.maxAttempts)
        rp.set("waitingPeriod", retakePolicy.waitingPeriod.description)
        b.set("retakePolicy", rp.value)
        b.set("evidenceRequirements", nonEmpty: evidenceRequirements.map { .string($0) })
        b.set("sampleEvidence", nonEmpty: sampleEvidence.map(\.json))
        if let price {
            var pb = JSONBuilder()
            pb.set("payer", price.payer.rawValue)
            pb.set("amountMinorUnits", price.amountMinorUnits)
            pb.set("currency", price.currency)
            b.set("price", pb.value)
        }
        var vb = JSONBuilder()
        vb.set("validFor", validity.validFor?.description)
        b.set("validity", vb.value)
        if let renewal { b.set("renewal", renewal.json) }
        b.set("previousVersion", previousVersionId)
        b.set("nextVersion", nextVersionId)
        return b.value
    }
}

extension RenewalPolicy {
    var json: JSONValue {
        var b = JSONBuilder()
        b.set("routes", .array(routes.map { route -> JSONValue in
            switch route {
            case .reassessment:
                return ["type": "reassessment"]
            case .continuingEducation(let credits, let ids):
                return ["type": "continuingEducation", "requiredCredits": number(credits),
                        "acceptedAchievements": .array(ids.map { .string($0) })]
            }
        }))
        b.set("opensBefore", opensBefore?.description)
        b.set("gracePeriod", gracePeriod.description)
        return b.value
    }
}
