import BrevetJSON
import Foundation

/// Assessment decisions as JSON records, for the audit trail: who, when, why, what was scored, the outcome.
///
/// ```json
/// {"type": "BrevetAssessmentDecision", "id": "…", "learner": "…", "achievement": "…", "achievementVersion": 1,
///  "assessor": "…", "decidedAt": "2025-01-01T00:00:00Z", "rationale": "…", "attempt": 1, "passed": true,
///  "score": 6, "maxScore": 8, "passMark": 5,
///  "rubricScore": {"rubric": "…", "levels": [{"criterion": "…", "level": "…", "comment": "…"}]},
///  "examResult": {"blueprint": "…", "domains": [{"domain": "…", "percent": 80}]},
///  "feedback": [{"subject": "…", "name": "…", "achieved": "…", "score": 4, "required": "…", "met": true, "message": "…"}],
///  "evidence": [{"type": ["Evidence"], …}]}
/// ```
/// Times are kept to the second.
extension AssessmentDecision {
    public static let recordType = "BrevetAssessmentDecision"

    public var json: JSONValue {
        var b = JSONBuilder()
        b.set("type", Self.recordType)
        b.set("id", id)
        b.set("learner", learnerId)
        b.set("achievement", achievementId)
        b.set("achievementVersion", achievementVersion)
        b.set("assessor", assessorId)
        b.set("decidedAt", DateText.format(decidedAt))
        b.set("rationale", rationale)
        b.set("attempt", attemptNumber)
        b.set("passed", .bool(outcome.passed))
        b.set("score", outcome.score)
        b.set("maxScore", outcome.maxScore)
        b.set("passMark", outcome.passMark)
        switch outcome.kind {
        case .rubric(let s):
            b.set("rubricScore", ["rubric": .string(s.rubricId), "levels": .array(s.entries.map { e in
                var l = JSONBuilder()
                l.set("criterion", e.criterionId)
                l.set("level", e.levelId)
                l.set("comment", e.comment)
                return l.value
            })])
        case .exam(let r):
            b.set("examResult", ["blueprint": .string(r.blueprintId), "domains": .array(r.scores.map { s in
                ["domain": .string(s.domainId), "percent": number(s.percent)]
            })])
        }
        b.set("feedback", .array(outcome.feedback.map { f in
            var fb = JSONBuilder()
            fb.set("subject", f.subjectId)
            fb.set("name", f.subjectName)
            fb.set("achieved", f.achieved)
            fb.set("score", f.score)
            fb.set("required", f.required)
            fb.set("met", .bool(f.met))
            fb.set("message", f.message)
            fb.set("comment", f.comment)
            return fb.value
        }))
        b.set("evidence", nonEmpty: evidence.map(\.json))
        return b.value
    }

    /// Reads a record written by ``json``; throws ``AwardingError/Code/invalidJSON`` for a wrong shape.
    public static func from(json: JSONValue) throws(AwardingError) -> AssessmentDecision {
        let r = try JSONReader(json, path: "decision")
        guard try r.optionalString("type") == recordType else {
            throw AwardingError(.invalidJSON, "the record's type must be \(recordType)", location: r.path)
        }
        let kind: AssessmentOutcome.Kind
        if let s = try r.object("rubricScore") {
            var entries: [RubricScore.Entry] = []
            for l in try s.objects("levels") {
                entries.append(.init(criterionId: try l.string("criterion"), levelId: try l.string("level"), comment: try l.optionalString("comment")))
            }
            kind = .rubric(RubricScore(rubricId: try s.string("rubric"), entries: entries))
        } else if let x = try r.object("examResult") {
            var scores: [ExamResult.DomainScore] = []
            for d in try x.objects("domains") { scores.append(.init(domainId: try d.string("domain"), percent: try d.double("percent"))) }
            kind = .exam(ExamResult(blueprintId: try x.string("blueprint"), scores: scores))
        } else {
            throw AwardingError(.invalidJSON, "the record has neither rubricScore nor examResult", location: r.path)
        }
        var feedback: [AssessmentOutcome.Feedback] = []
        for f in try r.objects("feedback") {
            feedback.append(.init(
                subjectId: try f.string("subject"), subjectName: try f.string("name"), achieved: try f.string("achieved"),
                score: try f.double("score"), required: try f.optionalString("required"), met: try f.optionalBool("met") ?? false,
                message: try f.string("message"), comment: try f.optionalString("comment")))
        }
        var evidence: [EvidenceItem] = []
        for e in try r.objects("evidence") { evidence.append(try EvidenceItem.from(e)) }
        guard let passed = try r.optionalBool("passed") else {
            throw AwardingError(.invalidJSON, "missing boolean \"passed\"", location: r.path)
        }
        let outcome = AssessmentOutcome(kind: kind, passed: passed, score: try r.double("score"), maxScore: try r.double("maxScore"),
                                        passMark: try r.optionalDouble("passMark"), feedback: feedback)
        return AssessmentDecision(
            id: try r.string("id"), learnerId: try r.string("learner"), achievementId: try r.string("achievement"),
            achievementVersion: try r.int("achievementVersion"), assessorId: try r.string("assessor"),
            decidedAt: try r.date("decidedAt"), rationale: try r.string("rationale"), attemptNumber: try r.int("attempt"),
            outcome: outcome, evidence: evidence)
    }
}
