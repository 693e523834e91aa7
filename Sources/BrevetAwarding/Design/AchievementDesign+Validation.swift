extension AchievementDesign {
    /// Checks the design's own rules; throws ``AwardingError/Code/invalidDesign`` or
    /// ``AwardingError/Code/invalidPolicy`` naming the field.
    ///
    /// OB 3.0 requires `id`, `name`, `description` and `criteria` on an Achievement
    /// ([§B.1.1](https://www.imsglobal.org/spec/ob/v3p0/#achievement)); Brevet also requires the criteria
    /// to be written as at least one competency.
    public func validate() throws(AwardingError) {
        func fail(_ reason: String, _ field: String) -> AwardingError {
            AwardingError(.invalidDesign, reason, location: field)
        }
        guard !id.isEmpty else { throw fail("an achievement needs an id", "id") }
        guard !name.isBlank else { throw fail("an achievement needs a name", "name") }
        guard !description.isBlank else { throw fail("an achievement needs a description", "description") }
        guard kind.isWellFormed else { throw fail("custom kind \"\(kind.achievementType)\" does not fit ext:[A-Za-z0-9.-_]+", "kind") }
        guard !competencies.isEmpty else { throw fail("criteria need at least one competency", "competencies") }
        var seen = Set<String>()
        for c in competencies {
            guard !c.id.isEmpty, !c.statement.isBlank else { throw fail("a competency needs an id and a statement", "competencies") }
            guard seen.insert(c.id).inserted else { throw fail("two competencies share the id \"\(c.id)\"", "competencies") }
        }
        if let e = eqfLevel, !(1...8).contains(e) { throw fail("EQF level \(e) is outside 1...8", "eqfLevel") }
        if let h = studyHours, !(h.isFinite && h >= 0) { throw fail("study hours must be 0 or more", "studyHours") }
        if let c = creditsAvailable, !(c.isFinite && c >= 0) { throw fail("credits must be 0 or more", "creditsAvailable") }
        guard version >= 1 else { throw fail("versions start at 1", "version") }
        var resultIds = Set<String>()
        for rd in resultDescriptions where !resultIds.insert(rd.id).inserted {
            throw fail("two result descriptions (rubric criteria, exam domains, totals) share the id \"\(rd.id)\"", "exam")
        }
        try price?.validate()
        try validity.validate()
        if let renewal {
            guard validity.validFor != nil else {
                throw AwardingError(.invalidPolicy, "a renewal policy needs a validity period to renew", location: "renewal")
            }
            try renewal.validate()
            if renewal.routes.contains(.reassessment), rubric == nil, exam == nil {
                throw AwardingError(.invalidPolicy, "renewal by re-assessment needs a rubric or an exam", location: "renewal")
            }
        }
    }
}

extension String {
    /// True when the string is empty or only whitespace.
    var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
