/// Why an awarding rule refused its input.
///
/// One error type for the module (the house pattern of `JSONError`): an extensible ``Code``, a human
/// ``reason``, and where known the ``line`` of an imported file or the ``location`` inside a document.
/// Equality compares the code only, so tests can build the expected error without the wording.
public struct AwardingError: Error, Sendable, Hashable, CustomStringConvertible {
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        enum Base: String, Sendable {
            case invalidDesign, invalidJSON, invalidRubric, unreachablePassMark, invalidScore
            case invalidBlueprint, invalidExamResult, retakeTooSoon, attemptsExhausted, alreadyPassed
            case invalidDecision, invalidCSV, invalidCASEPackage, duplicateFrameworkItem, unknownParent
            case frameworkCycle, invalidVersioning, versionNotNeeded, versionConflict, invalidPolicy
            case notRenewable, invalidPathway, pathwayCycle, unknownPathway, invalidAdvisorInput
        }
        let base: Base
        /// An achievement design breaks a rule of its own (empty name, EQF level outside 1...8, ...).
        public static let invalidDesign = Code(base: .invalidDesign)
        /// A JSON document does not have the shape an OB 3.0 object or Brevet extension needs.
        public static let invalidJSON = Code(base: .invalidJSON)
        /// A rubric is malformed: no criteria, a criterion without levels, duplicate ids, no pass rule.
        public static let invalidRubric = Code(base: .invalidRubric)
        /// No score the rubric or exam allows can reach its pass mark.
        public static let unreachablePassMark = Code(base: .unreachablePassMark)
        /// A rubric score names an unknown criterion or level, or leaves a criterion unscored.
        public static let invalidScore = Code(base: .invalidScore)
        /// An exam blueprint is malformed: no domains, a weight that is not positive, duplicate ids.
        public static let invalidBlueprint = Code(base: .invalidBlueprint)
        /// An exam result names an unknown domain, misses one, or has a score outside 0...100.
        public static let invalidExamResult = Code(base: .invalidExamResult)
        /// A new attempt falls inside the waiting period after the last one.
        public static let retakeTooSoon = Code(base: .retakeTooSoon)
        /// The learner has used every attempt the retake policy allows.
        public static let attemptsExhausted = Code(base: .attemptsExhausted)
        /// The learner already passed; there is nothing to retake.
        public static let alreadyPassed = Code(base: .alreadyPassed)
        /// An assessment decision lacks who, when or why.
        public static let invalidDecision = Code(base: .invalidDecision)
        /// A CSV file is not RFC 4180 or lacks the expected header.
        public static let invalidCSV = Code(base: .invalidCSV)
        /// A CASE CFPackage lacks CFDocument or required item fields.
        public static let invalidCASEPackage = Code(base: .invalidCASEPackage)
        /// Two framework items share one identifier.
        public static let duplicateFrameworkItem = Code(base: .duplicateFrameworkItem)
        /// A framework item names a parent that does not exist.
        public static let unknownParent = Code(base: .unknownParent)
        /// Framework items are each other's ancestors.
        public static let frameworkCycle = Code(base: .frameworkCycle)
        /// Two designs cannot be versions of one another (different lineage, bad links).
        public static let invalidVersioning = Code(base: .invalidVersioning)
        /// A new version was asked for, but nothing that needs one changed.
        public static let versionNotNeeded = Code(base: .versionNotNeeded)
        /// A version already has a successor; lineage does not branch.
        public static let versionConflict = Code(base: .versionConflict)
        /// A validity, renewal or retake policy is malformed.
        public static let invalidPolicy = Code(base: .invalidPolicy)
        /// A credential cannot be renewed (not eligible, revoked, superseded).
        public static let notRenewable = Code(base: .notRenewable)
        /// A pathway is malformed: empty group, n larger than its steps, duplicate step ids.
        public static let invalidPathway = Code(base: .invalidPathway)
        /// Pathways require each other's achievements in a circle.
        public static let pathwayCycle = Code(base: .pathwayCycle)
        /// A pathway names a sub-pathway that is not known.
        public static let unknownPathway = Code(base: .unknownPathway)
        /// The design advisor's answers are incomplete.
        public static let invalidAdvisorInput = Code(base: .invalidAdvisorInput)
        public var description: String { base.rawValue }
    }

    public let code: Code
    /// What is wrong, in words a person understands.
    public let reason: String
    /// The 1-based line of an imported text file where the problem is, when there is one.
    public let line: Int?
    /// Where in a document or model the problem is (`CFItems[3]`, `step "core"`), when known.
    public let location: String?

    public init(_ code: Code, _ reason: String, line: Int? = nil, location: String? = nil) {
        self.code = code
        self.reason = reason
        self.line = line
        self.location = location
    }

    public var description: String {
        var prefix = ""
        if let line { prefix = "line \(line): " } else if let location { prefix = "\(location): " }
        return "\(code): \(prefix)\(reason)"
    }

    public static func == (lhs: AwardingError, rhs: AwardingError) -> Bool { lhs.code == rhs.code }
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }
}
