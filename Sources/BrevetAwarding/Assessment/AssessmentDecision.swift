import Foundation

/// A recorded assessment decision: who decided, when, why, on which attempt, under which achievement
/// version, and the computed outcome. Decisions are immutable records; a retake is a new decision.
public struct AssessmentDecision: Sendable, Hashable {
    public let id: String
    public let learnerId: String
    public let achievementId: String
    /// The achievement version the attempt was assessed under.
    public let achievementVersion: Int
    /// Who decided (an assessor's id).
    public let assessorId: String
    public let decidedAt: Date
    /// Why: the assessor's rationale, in words.
    public let rationale: String
    /// 1 for the first attempt.
    public let attemptNumber: Int
    public let outcome: AssessmentOutcome
    /// The evidence that was assessed.
    public let evidence: [EvidenceItem]

    public var passed: Bool { outcome.passed }
    /// The attempt as the retake policy sees it.
    public var attempt: AttemptRecord { AttemptRecord(at: decidedAt, passed: passed) }

    /// Assesses `input` against the design's rubric or exam and records the decision.
    ///
    /// Enforces the design's ``RetakePolicy`` over `previousAttempts` (throws
    /// ``AwardingError/Code/retakeTooSoon``, ``AwardingError/Code/attemptsExhausted`` or
    /// ``AwardingError/Code/alreadyPassed``), requires who and why (``AwardingError/Code/invalidDecision``),
    /// and needs the input to match the design's assessment method (``AwardingError/Code/invalidScore``).
    public static func decide(
        id: String, design: AchievementDesign, input: AssessmentInput, learnerId: String, assessorId: String,
        at: Date, rationale: String, previousAttempts: [AttemptRecord] = [], evidence: [EvidenceItem] = []
    ) throws(AwardingError) -> AssessmentDecision {
        guard !id.isEmpty else { throw AwardingError(.invalidDecision, "a decision needs an id") }
        guard !learnerId.isBlank else { throw AwardingError(.invalidDecision, "a decision needs the learner") }
        guard !assessorId.isBlank else { throw AwardingError(.invalidDecision, "a decision needs the assessor who made it") }
        guard !rationale.isBlank else { throw AwardingError(.invalidDecision, "a decision needs the assessor's reason") }
        try design.retakePolicy.check(previous: previousAttempts, at: at)
        let outcome: AssessmentOutcome
        switch input {
        case .rubric(let score):
            guard let rubric = design.rubric else {
                throw AwardingError(.invalidScore, "\"\(design.id)\" is not assessed by rubric")
            }
            outcome = try rubric.assess(score)
        case .exam(let result):
            guard let exam = design.exam else {
                throw AwardingError(.invalidScore, "\"\(design.id)\" is not assessed by exam")
            }
            outcome = try exam.assess(result)
        }
        return AssessmentDecision(
            id: id, learnerId: learnerId, achievementId: design.id, achievementVersion: design.version,
            assessorId: assessorId, decidedAt: at, rationale: rationale, attemptNumber: previousAttempts.count + 1,
            outcome: outcome, evidence: evidence)
    }

    /// What the learner is missing, one sentence per unmet criterion, domain or total; empty on a pass.
    public var missing: [String] { outcome.missing.map(\.message) }
}
