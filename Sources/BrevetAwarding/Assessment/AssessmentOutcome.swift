/// The computed result of applying a pass rule: pass or fail, and for each criterion or domain what was
/// achieved, what was required, and, on a fail, what was missing.
public struct AssessmentOutcome: Sendable, Hashable {
    /// What was assessed.
    public enum Kind: Sendable, Hashable {
        case rubric(RubricScore)
        case exam(ExamResult)
    }

    /// One line of feedback: a rubric criterion, an exam domain, or the total.
    public struct Feedback: Sendable, Hashable {
        /// The criterion id, domain id, or the rubric/blueprint id for the total.
        public var subjectId: String
        public var subjectName: String
        /// The achieved level id (rubric) or score (exam, total) as text.
        public var achieved: String
        /// The achieved points or percent.
        public var score: Double
        /// The required level id or minimum score as text; nil when nothing was required.
        public var required: String?
        public var met: Bool
        /// A sentence for the learner: what was reached and, when not met, what is missing.
        public var message: String
        /// The assessor's comment, when given.
        public var comment: String?

        public init(subjectId: String, subjectName: String, achieved: String, score: Double, required: String?,
                    met: Bool, message: String, comment: String? = nil) {
            self.subjectId = subjectId
            self.subjectName = subjectName
            self.achieved = achieved
            self.score = score
            self.required = required
            self.met = met
            self.message = message
            self.comment = comment
        }
    }

    public var kind: Kind
    public var passed: Bool
    /// Total points (rubric) or weighted percent (exam).
    public var score: Double
    public var maxScore: Double
    /// The total needed to pass, when the rule has one.
    public var passMark: Double?
    public var feedback: [Feedback]

    public init(kind: Kind, passed: Bool, score: Double, maxScore: Double, passMark: Double?, feedback: [Feedback]) {
        self.kind = kind
        self.passed = passed
        self.score = score
        self.maxScore = maxScore
        self.passMark = passMark
        self.feedback = feedback
    }

    /// The feedback lines that were not met: what the learner is missing. Empty on a pass.
    public var missing: [Feedback] { feedback.filter { !$0.met } }
}
