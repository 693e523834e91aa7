import BrevetJSON

/// An OB 3.0 `Result` entry of an `AchievementSubject`: the learner's result against one
/// `ResultDescription` of the achievement.
///
/// [OB 3.0 §B.1.15 Result](https://www.imsglobal.org/spec/ob/v3p0/#result): `resultDescription` is
/// "An achievement can have many result descriptions describing possible results. The value of
/// `resultDescription` is the id of the result description linked to this result"; `achievedLevel` is
/// "If the result represents an achieved rubric criterion level (e.g. Mastered), the value is the `id`
/// of the RubricCriterionLevel"; `status` is "Required if `resultType` of the linked ResultDescription
/// is Status".
public struct ResultEntry: Sendable, Hashable {
    /// OB 3.0 `ResultStatusType`.
    public enum Status: String, Sendable, Hashable {
        case completed = "Completed", enrolled = "Enrolled", failed = "Failed", inProgress = "InProgress"
        case onHold = "OnHold", provisional = "Provisional", withdrew = "Withdrew"
    }

    public var resultDescription: String?
    public var achievedLevel: String?
    public var value: String?
    public var status: Status?
    public var alignment: [Alignment]

    public init(resultDescription: String? = nil, achievedLevel: String? = nil, value: String? = nil,
                status: Status? = nil, alignment: [Alignment] = []) {
        self.resultDescription = resultDescription
        self.achievedLevel = achievedLevel
        self.value = value
        self.status = status
        self.alignment = alignment
    }

    /// The OB 3.0 JSON object.
    public var json: JSONValue {
        var b = JSONBuilder()
        b.set("type", .array(["Result"]))
        b.set("resultDescription", resultDescription)
        b.set("achievedLevel", achievedLevel)
        b.set("value", value)
        b.set("status", status?.rawValue)
        b.set("alignment", nonEmpty: alignment.map(\.json))
        return b.value
    }
}
