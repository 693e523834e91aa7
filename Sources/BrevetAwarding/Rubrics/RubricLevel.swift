import BrevetJSON

/// One level of a rubric criterion: an OB 3.0 `RubricCriterionLevel`.
///
/// [OB 3.0 §B.1.19 RubricCriterionLevel](https://www.imsglobal.org/spec/ob/v3p0/#rubriccriterionlevel):
/// `id`, `type` and `name` are required; `points` is "The points associated with this level" (a string in
/// OB 3.0; Brevet keeps whole points so totals are exact).
public struct RubricLevel: Sendable, Hashable {
    public var id: String
    public var name: String
    public var points: Int
    /// The level's label, for example `Mastered`.
    public var level: String?
    public var description: String?
    public var alignment: [Alignment]

    public init(id: String, name: String, points: Int, level: String? = nil, description: String? = nil,
                alignment: [Alignment] = []) {
        self.id = id
        self.name = name
        self.points = points
        self.level = level
        self.description = description
        self.alignment = alignment
    }

    /// The OB 3.0 JSON object.
    public var json: JSONValue {
        var b = JSONBuilder()
        b.set("id", id)
        b.set("type", .array(["RubricCriterionLevel"]))
        b.set("name", name)
        b.set("level", level)
        b.set("description", description)
        b.set("points", String(points))
        b.set("alignment", nonEmpty: alignment.map(\.json))
        return b.value
    }

    static func from(_ r: JSONReader) throws(AwardingError) -> RubricLevel {
        guard let points = try r.optionalInt("points") else { throw AwardingError(.invalidJSON, "a rubric level needs whole \"points\"", location: r.path) }
        var alignments: [Alignment] = []
        for a in try r.objects("alignment") { alignments.append(try Alignment.from(a)) }
        return RubricLevel(
            id: try r.string("id"), name: try r.string("name"), points: points,
            level: try r.optionalString("level"), description: try r.optionalString("description"),
            alignment: alignments)
    }
}
