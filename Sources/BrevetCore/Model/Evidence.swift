import BrevetJSON

/// Evidence of what the learner did ([OB 3.0 §B.1.9](https://www.imsglobal.org/spec/ob/v3p0/#evidence)):
/// "type ... MUST include the IRI 'Evidence'". At least one of id (a URL of the work) or narrative.
public struct Evidence: Sendable, Hashable {
    public var id: String?
    public var name: String?
    public var narrative: String?
    public var description: String?
    public var genre: String?

    public init(id: String? = nil, name: String? = nil, narrative: String? = nil, description: String? = nil, genre: String? = nil) {
        self.id = id
        self.name = name
        self.narrative = narrative
        self.description = description
        self.genre = genre
    }

    /// Reads evidence from request JSON, naming what is wrong.
    public init(json: JSONValue) throws(ModelError) {
        guard let o = json.objectValue else { throw ModelError(.invalidField, "an evidence entry must be an object, not \(json.typeName)") }
        func text(_ k: String) throws(ModelError) -> String? {
            guard let v = o[k] else { return nil }
            guard let s = v.stringValue else { throw ModelError(.invalidField, "evidence \"\(k)\" must be a string") }
            return s
        }
        self.init(id: try text("id"), name: try text("name"), narrative: try text("narrative"),
                  description: try text("description"), genre: try text("genre"))
        if let id, !IRIText.isAbsolute(id) { throw ModelError(.invalidField, "evidence id \"\(id)\" is not an absolute URL") }
        if id == nil && narrative == nil && name == nil {
            throw ModelError(.missingField, "an evidence entry needs at least an id (URL of the work), a name or a narrative")
        }
    }

    public var json: JSONValue {
        var o: JSONObject = [:]
        if let id { o["id"] = .string(id) }
        o["type"] = ["Evidence"]
        if let name { o["name"] = .string(name) }
        if let narrative { o["narrative"] = .string(narrative) }
        if let description { o["description"] = .string(description) }
        if let genre { o["genre"] = .string(genre) }
        return .object(o)
    }
}
