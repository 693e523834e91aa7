import BrevetJSON

/// An OB 3.0 `Evidence` entry: what the learner produced or did to earn the credential.
///
/// [OB 3.0 §B.1.10 Evidence](https://www.imsglobal.org/spec/ob/v3p0/#evidence): "The `type` property
/// MUST be an unordered set. One of the items MUST be the IRI 'Evidence'." Every other field is optional;
/// `id` is the URL of the evidence when it is online.
public struct EvidenceItem: Sendable, Hashable {
    public var id: String?
    public var name: String?
    public var description: String?
    /// A Markdown narrative of the evidence.
    public var narrative: String?
    /// A category, for example `Project`, `Portfolio`, `Exam`.
    public var genre: String?
    /// Who the evidence is meant for.
    public var audience: String?

    public init(id: String? = nil, name: String? = nil, description: String? = nil, narrative: String? = nil,
                genre: String? = nil, audience: String? = nil) {
        self.id = id
        self.name = name
        self.description = description
        self.narrative = narrative
        self.genre = genre
        self.audience = audience
    }

    /// The OB 3.0 JSON object.
    public var json: JSONValue {
        var b = JSONBuilder()
        b.set("id", id)
        b.set("type", .array(["Evidence"]))
        b.set("name", name)
        b.set("description", description)
        b.set("narrative", narrative)
        b.set("genre", genre)
        b.set("audience", audience)
        return b.value
    }

    static func from(_ r: JSONReader) throws(AwardingError) -> EvidenceItem {
        EvidenceItem(
            id: try r.optionalString("id"), name: try r.optionalString("name"),
            description: try r.optionalString("description"), narrative: try r.optionalString("narrative"),
            genre: try r.optionalString("genre"), audience: try r.optionalString("audience"))
    }
}
