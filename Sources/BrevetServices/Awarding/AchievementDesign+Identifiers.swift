import BrevetAwarding

extension AchievementDesign {
    /// The design with every competency, rubric, criterion, level, exam and domain id made absolute under the
    /// achievement's IRI (`<achievement>#<id>`); ids that are already IRIs are kept.
    ///
    /// OB 3.0 results point at these ids (`resultDescription`, `achievedLevel` are `@id`-typed), and
    /// a relative IRI would be dropped from an RDFC-signed credential, so safe mode refuses it.
    func qualifyingIdentifiers(base: String) throws -> AchievementDesign {
        func q(_ id: String) -> String { Self.isAbsoluteIRI(id) ? id : base + "#" + id }
        var d = self
        d.competencies = competencies.map { c in
            var c = c
            c.id = q(c.id)
            return c
        }
        if let r = rubric {
            let criteria = r.criteria.map { c -> RubricCriterion in
                var c = c
                c.id = q(c.id)
                c.levels = c.levels.map { l in
                    var l = l
                    l.id = q(l.id)
                    return l
                }
                c.requiredLevelId = c.requiredLevelId.map(q)
                return c
            }
            d.rubric = try ServiceError.awarding { () throws(AwardingError) in
                try Rubric(id: q(r.id), name: r.name, criteria: criteria, passRule: r.passRule)
            }
        }
        if let x = exam {
            let domains = x.domains.map { dm -> ExamDomain in
                var dm = dm
                dm.id = q(dm.id)
                return dm
            }
            d.exam = try ServiceError.awarding { () throws(AwardingError) in
                try ExamBlueprint(id: q(x.id), name: x.name, domains: domains, passMark: x.passMark)
            }
        }
        return d
    }

    /// True for an IRI with a scheme (`https:`, `urn:`, `did:`).
    static func isAbsoluteIRI(_ s: String) -> Bool {
        guard let colon = s.firstIndex(of: ":"), colon != s.startIndex else { return false }
        let scheme = s[..<colon]
        return scheme.first!.isLetter && scheme.allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) }
    }

    /// The full id of a rubric criterion or exam domain named by its id or its short id (the part after `#`).
    public func resultDescriptionID(_ name: String) -> String? {
        let ids = (rubric?.criteria.map(\.id) ?? []) + (exam?.domains.map(\.id) ?? [])
        return ids.first { $0 == name } ?? ids.first { $0.hasSuffix("#" + name) }
    }

    /// The full id of a level of a criterion, named by its id or short id.
    public func levelID(_ name: String, criterion: String) -> String? {
        guard let c = rubric?.criteria.first(where: { $0.id == criterion }) else { return nil }
        return c.levels.map(\.id).first { $0 == name } ?? c.levels.map(\.id).first { $0.hasSuffix("#" + name) }
    }
}
