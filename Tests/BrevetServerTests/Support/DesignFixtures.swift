import BrevetAwarding
import BrevetJSON

/// Designs the awarding tests send to the API, written with the core's own types (the client-side
/// format is an OB 3.0 Achievement with Brevet's design extension).
enum DesignFixtures {
    static let levels = [RubricLevel(id: "developing", name: "Developing", points: 1),
                         RubricLevel(id: "proficient", name: "Proficient", points: 2),
                         RubricLevel(id: "exemplary", name: "Exemplary", points: 3)]

    /// A micro-credential with a two-criterion rubric (pass: every criterion at least proficient).
    static func micro(_ name: String, credits: Double = 2, validFor: Period = .years(2), renewal: RenewalPolicy? = nil,
                      retake: RetakePolicy = .unlimited, minimumTotal: Int? = 4) throws -> JSONValue {
        var d = AchievementDesign(id: "urn:draft", name: name, description: "Demonstrates \(name.lowercased()) on real work.",
                                  kind: .microCredential,
                                  competencies: [Competency(id: "c1", statement: "Plans \(name.lowercased()) work"),
                                                 Competency(id: "c2", statement: "Carries it out and reviews it")])
        d.creditsAvailable = credits
        d.ladderStep = .operator
        d.studyHours = 20
        d.price = Price(payer: .fee, amountMinorUnits: 9_900, currency: "EUR")
        d.evidenceRequirements = ["A report of real work", "A link to its artefacts"]
        d.validity = ValidityPolicy(validFor: validFor)
        d.renewal = renewal
        d.retakePolicy = retake
        d.rubric = try Rubric(id: "rubric", name: "\(name) rubric", criteria: [
            RubricCriterion(id: "plan", name: "Planning", levels: levels, requiredLevelId: "proficient"),
            RubricCriterion(id: "deliver", name: "Delivery", levels: levels, requiredLevelId: "proficient"),
        ], passRule: .init(minimumTotal: minimumTotal))
        return try d.achievementJSON()
    }

    /// A certification awarded by a pathway (no rubric of its own).
    static func certification(validFor: Period, renewal: RenewalPolicy?) throws -> JSONValue {
        var d = AchievementDesign(id: "urn:draft", name: "Operations Specialist", description: "Certifies the whole operations role.",
                                  kind: .certification, competencies: [Competency(id: "stack", statement: "Holds the three operations micro-credentials")])
        d.ladderStep = .specialist
        d.eqfLevel = 5
        d.validity = ValidityPolicy(validFor: validFor)
        d.renewal = renewal
        return try d.achievementJSON()
    }
}
