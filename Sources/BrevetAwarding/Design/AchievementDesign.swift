/// Everything an issuer decides about an achievement before anyone earns it: the OB 3.0 `Achievement`
/// facts plus what issuers and buyers compare (level, study hours, price, assessment, validity, renewal).
///
/// Build one with the required facts, set the optional ones, and call ``validate()`` (``achievementJSON()``
/// and ``from(json:)`` validate too). Changing ``competencies``, ``rubric``, ``exam`` or
/// ``evidenceRequirements`` of a published design needs a new version: see ``AchievementVersioning``.
public struct AchievementDesign: Sendable, Hashable {
    /// The achievement's IRI (OB 3.0 `Achievement.id`); each version has its own.
    public var id: String
    public var name: String
    public var description: String
    public var kind: AchievementKind
    /// The criteria, written as competencies; at least one.
    public var competencies: [Competency]
    /// URL of a page with the full criteria (OB 3.0 `Criteria.id`).
    public var criteriaURL: String?

    public var ladderStep: LadderStep?
    /// European Qualifications Framework level, 1...8.
    public var eqfLevel: Int?
    public var studyHours: Double?
    /// OB 3.0 `creditsAvailable`: credits a learner earns with this achievement.
    public var creditsAvailable: Double?
    public var fieldOfStudy: String?
    public var specialization: String?
    public var humanCode: String?
    /// OB 3.0 `tag` keywords.
    public var tags: [String]
    /// OB 3.0 `alignment` to skills-framework items.
    public var alignment: [Alignment]

    /// The published rubric evidence is scored against, if assessment is by rubric.
    public var rubric: Rubric?
    /// The exam blueprint, if assessment is by exam.
    public var exam: ExamBlueprint?
    public var retakePolicy: RetakePolicy
    /// What evidence a learner must submit, one requirement a line.
    public var evidenceRequirements: [String]
    /// Example evidence published in the catalog.
    public var sampleEvidence: [EvidenceItem]

    public var price: Price?
    public var validity: ValidityPolicy
    public var renewal: RenewalPolicy?

    /// 1 for the first version; see ``AchievementVersioning``.
    public internal(set) var version: Int
    /// The version this one replaces, when it is not the first.
    public internal(set) var previousVersionId: String?
    /// The version that replaced this one, when there is one.
    public internal(set) var nextVersionId: String?

    public init(id: String, name: String, description: String, kind: AchievementKind, competencies: [Competency]) {
        self.id = id
        self.name = name
        self.description = description
        self.kind = kind
        self.competencies = competencies
        tags = []
        alignment = []
        retakePolicy = .unlimited
        evidenceRequirements = []
        sampleEvidence = []
        validity = .noExpiry
        version = 1
    }
}
