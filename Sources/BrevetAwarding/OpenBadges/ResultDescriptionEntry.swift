import BrevetJSON

/// An OB 3.0 `ResultDescription` of an `Achievement`: one kind of result the achievement reports,
/// such as one rubric criterion with its `rubricCriterionLevel` entries, or one exam domain.
///
/// [OB 3.0 §B.1.16 ResultDescription](https://www.imsglobal.org/spec/ob/v3p0/#resultdescription):
/// `id`, `type`, `name` and `resultType` are required; `requiredLevel` is "The `id` of the rubric
/// criterion level required to pass as determined by the achievement creator"; `valueMin`/`valueMax`
/// bound a numeric result and `requiredValue` is "A value from `allowedValue` or within the range of
/// `valueMin` to `valueMax` required to pass".
public struct ResultDescriptionEntry: Sendable, Hashable {
    public var id: String
    public var name: String
    /// OB 3.0 `ResultType`: `RubricCriterionLevel`, `RubricScore`, `Percent`, `Status`, or an `ext:` term.
    public var resultType: String
    public var requiredLevel: String?
    public var requiredValue: String?
    public var valueMin: String?
    public var valueMax: String?
    public var allowedValue: [String]
    public var rubricCriterionLevel: [RubricLevel]
    public var alignment: [Alignment]

    public init(id: String, name: String, resultType: String, requiredLevel: String? = nil,
                requiredValue: String? = nil, valueMin: String? = nil, valueMax: String? = nil,
                allowedValue: [String] = [], rubricCriterionLevel: [RubricLevel] = [], alignment: [Alignment] = []) {
        self.id = id
        self.name = name
        self.resultType = resultType
        self.requiredLevel = requiredLevel
        self.requiredValue = requiredValue
        self.valueMin = valueMin
        self.valueMax = valueMax
        self.allowedValue = allowedValue
        self.rubricCriterionLevel = rubricCriterionLevel
        self.alignment = alignment
    }

    /// The OB 3.0 JSON object.
    public var json: JSONValue {
        var b = JSONBuilder()
        b.set("id", id)
        b.set("type", .array(["ResultDescription"]))
        b.set("name", name)
        b.set("resultType", resultType)
        b.set("requiredLevel", requiredLevel)
        b.set("requiredValue", requiredValue)
        b.set("valueMin", valueMin)
        b.set("valueMax", valueMax)
        b.set("allowedValue", nonEmpty: allowedValue.map { .string($0) })
        b.set("rubricCriterionLevel", nonEmpty: rubricCriterionLevel.map(\.json))
        b.set("alignment", nonEmpty: alignment.map(\.json))
        return b.value
    }
}
