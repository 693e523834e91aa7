/// The answers to the four questions of credential design.
public struct DesignAnswers: Sendable, Hashable {
    /// 1. Which job outcome must the learner influence, and how wide is it?
    public struct JobOutcome: Sendable, Hashable {
        public enum Scope: String, Sendable, Hashable {
            /// One task, tool or technique ("writes alerting rules for a service").
            case task
            /// A whole job role ("keeps a production platform available").
            case role
        }
        public var statement: String
        public var scope: Scope

        public init(statement: String, scope: Scope) {
            self.statement = statement
            self.scope = scope
        }
    }

    /// 2. What evidence would convince a skeptical outsider?
    public enum Evidence: String, Sendable, Hashable {
        /// A work sample or portfolio, scored against a rubric.
        case workSample
        /// A performance observed live by an assessor.
        case observedPerformance
        /// A proctored exam over a body of knowledge.
        case proctoredExam
        /// An employer's or supervisor's attestation of practice.
        case employerAttestation
    }

    /// 3. How fast does the skill change?
    public enum ChangeRate: String, Sendable, Hashable {
        /// Within a year (a tool, a platform version).
        case fast
        /// Over one to three years.
        case moderate
        /// Over many years (a discipline's foundations).
        case slow
    }

    /// 4. One flagship credential, or an expandable pathway?
    public enum Shape: String, Sendable, Hashable {
        case flagship
        case expandablePathway
    }

    public var jobOutcome: JobOutcome
    public var evidence: Evidence
    public var changeRate: ChangeRate
    public var shape: Shape

    public init(jobOutcome: JobOutcome, evidence: Evidence, changeRate: ChangeRate, shape: Shape) {
        self.jobOutcome = jobOutcome
        self.evidence = evidence
        self.changeRate = changeRate
        self.shape = shape
    }
}
