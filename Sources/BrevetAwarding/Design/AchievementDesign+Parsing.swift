import BrevetJSON

extension AchievementDesign {
    /// Reads an OB 3.0 `Achievement` written by ``achievementJSON()`` (or by another issuer: without the
    /// Brevet extension, competencies come from the criteria narrative and the kind from `achievementType`).
    ///
    /// Throws ``AwardingError/Code/invalidJSON`` for a wrong shape, and the validation errors of
    /// ``validate()``, ``Rubric`` and ``ExamBlueprint``.
    public static func from(json: JSONValue) throws(AwardingError) -> AchievementDesign {
        let r = try JSONReader(json, path: "achievement")
        guard try r.strings("type").contains("Achievement") else {
            throw AwardingError(.invalidJSON, "an Achievement's type must include \"Achievement\"", location: r.path)
        }
        let typeTerm = try r.optionalString("achievementType") ?? "Achievement"
        guard let kind = AchievementKind(achievementType: typeTerm) else {
            throw AwardingError(.invalidJSON, "achievementType \"\(typeTerm)\" is neither an OB 3.0 term nor an ext: term", location: r.path)
        }
        let ext = try r.object(extensionMember)
        let criteria = try r.object("criteria")
        var competencies: [Competency] = []
        if let ext {
            for c in try ext.objects("competencies") {
                var aligned: [Alignment] = []
                for a in try c.objects("alignment") { aligned.append(try Alignment.from(a)) }
                competencies.append(Competency(id: try c.string("id"), statement: try c.string("statement"), alignment: aligned))
            }
        } else if let narrative = try criteria?.optionalString("narrative") {
            competencies = [Competency(id: "criteria", statement: narrative)]
        } else if let url = try criteria?.optionalString("id") {
            competencies = [Competency(id: "criteria", statement: "The criteria published at \(url)")]
        }
        var d = AchievementDesign(
            id: try r.string("id"), name: try r.string("name"), description: try r.string("description"),
            kind: kind, competencies: competencies)
        d.criteriaURL = try criteria?.optionalString("id")
        d.creditsAvailable = try r.optionalDouble("creditsAvailable")
        d.fieldOfStudy = try r.optionalString("fieldOfStudy")
        d.specialization = try r.optionalString("specialization")
        d.humanCode = try r.optionalString("humanCode")
        d.tags = try r.strings("tag")
        let competencyAlignments = Set(competencies.flatMap(\.alignment))
        for a in try r.objects("alignment") {
            let alignment = try Alignment.from(a)
            if !competencyAlignments.contains(alignment) { d.alignment.append(alignment) }
        }
        if let v = try r.optionalString("version") {
            guard let n = Int(v) else { throw AwardingError(.invalidJSON, "version \"\(v)\" is not a whole number", location: r.path) }
            d.version = n
        }
        if let ext { try d.readExtension(ext, resultDescriptions: try r.objects("resultDescription")) }
        try d.validate()
        return d
    }

    private mutating func readExtension(_ e: JSONReader, resultDescriptions: [JSONReader]) throws(AwardingError) {
        if let s = try e.optionalString("ladderStep") {
            guard let step = LadderStep(rawValue: s) else { throw AwardingError(.invalidJSON, "unknown ladder step \"\(s)\"", location: e.path) }
            ladderStep = step
        }
        eqfLevel = try e.optionalInt("eqfLevel")
        studyHours = try e.optionalDouble("studyHours")
        if let rubricInfo = try e.object("rubric") {
            var entries: [ResultDescriptionEntry] = []
            for rd in resultDescriptions { entries.append(try ResultDescriptionEntry.from(rd)) }
            let criterionIds = Set(try rubricInfo.strings("criteria"))
            let rubricId = try rubricInfo.string("id")
            let mine = entries.filter { criterionIds.contains($0.id) || $0.id == rubricId }
            guard let parsed = try Rubric.from(resultDescriptions: mine, id: rubricId, name: try rubricInfo.string("name")) else {
                throw AwardingError(.invalidJSON, "the rubric's criteria are missing from resultDescription", location: rubricInfo.path)
            }
            rubric = try Rubric(
                id: parsed.id, name: try rubricInfo.string("name"), criteria: parsed.criteria,
                passRule: .init(minimumTotal: try rubricInfo.optionalInt("minimumTotal"),
                                requireEveryCriterionLevel: try rubricInfo.optionalBool("requireEveryCriterionLevel") ?? true))
        }
        if let x = try e.object("exam") {
            var domains: [ExamDomain] = []
            for dj in try x.objects("domains") {
                domains.append(ExamDomain(id: try dj.string("id"), name: try dj.string("name"), weight: try dj.double("weight"),
                                          minimumPercent: try dj.optionalDouble("minimumPercent")))
            }
            exam = try ExamBlueprint(id: try x.string("id"), name: try x.string("name"), domains: domains, passMark: try x.double("passMark"))
        }
        if let rp = try e.object("retakePolicy") {
            retakePolicy = try RetakePolicy(maxAttempts: try rp.optionalInt("maxAttempts"), waitingPeriod: try rp.period("waitingPeriod") ?? Period())
        }
        evidenceRequirements = try e.strings("evidenceRequirements")
        sampleEvidence = []
        for s in try e.objects("sampleEvidence") { sampleEvidence.append(try EvidenceItem.from(s)) }
        if let p = try e.object("price") {
            let payerText = try p.string("payer")
            guard let payer = Price.Payer(rawValue: payerText) else {
                throw AwardingError(.invalidJSON, "unknown payer \"\(payerText)\"", location: p.path)
            }
            price = Price(payer: payer, amountMinorUnits: try p.optionalInt("amountMinorUnits") ?? 0, currency: try p.optionalString("currency"))
        }
        validity = ValidityPolicy(validFor: try e.object("validity")?.period("validFor"))
        if let rn = try e.object("renewal") { renewal = try RenewalPolicy.from(rn) }
        previousVersionId = try e.optionalString("previousVersion")
        nextVersionId = try e.optionalString("nextVersion")
    }
}

extension RenewalPolicy {
    static func from(_ r: JSONReader) throws(AwardingError) -> RenewalPolicy {
        var routes: [Route] = []
        for route in try r.objects("routes") {
            switch try route.string("type") {
            case "reassessment": routes.append(.reassessment)
            case "continuingEducation":
                routes.append(.continuingEducation(requiredCredits: try route.double("requiredCredits"),
                                                   acceptedAchievementIds: try route.strings("acceptedAchievements")))
            case let other: throw AwardingError(.invalidJSON, "unknown renewal route \"\(other)\"", location: route.path)
            }
        }
        return RenewalPolicy(routes: routes, opensBefore: try r.period("opensBefore"), gracePeriod: try r.period("gracePeriod") ?? Period())
    }
}

extension ResultDescriptionEntry {
    static func from(_ r: JSONReader) throws(AwardingError) -> ResultDescriptionEntry {
        var levels: [RubricLevel] = []
        for l in try r.objects("rubricCriterionLevel") { levels.append(try RubricLevel.from(l)) }
        var alignments: [Alignment] = []
        for a in try r.objects("alignment") { alignments.append(try Alignment.from(a)) }
        return ResultDescriptionEntry(
            id: try r.string("id"), name: try r.string("name"), resultType: try r.string("resultType"),
            requiredLevel: try r.optionalString("requiredLevel"), requiredValue: try r.optionalString("requiredValue"),
            valueMin: try r.optionalString("valueMin"), valueMax: try r.optionalString("valueMax"),
            allowedValue: try r.strings("allowedValue"), rubricCriterionLevel: levels, alignment: alignments)
    }

    /// Reads an OB 3.0 `ResultDescription` object.
    public static func from(json: JSONValue) throws(AwardingError) -> ResultDescriptionEntry {
        try from(JSONReader(json, path: "resultDescription"))
    }
}
