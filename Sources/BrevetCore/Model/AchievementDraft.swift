import BrevetJSON

/// What an issuer defines as the thing to be earned: the fields of an OB 3.0 `Achievement`
/// ([OB 3.0 §B.1.2](https://www.imsglobal.org/spec/ob/v3p0/#achievement)).
public struct AchievementDraft: Sendable, Hashable {
    public var name: String
    public var description: String
    /// "Narrative of what is needed to earn the achievement" (`criteria.narrative`, Markdown allowed).
    public var criteriaNarrative: String
    public var achievementType: AchievementType
    public var image: String?
    public var tags: [String]
    /// How long a credential for this achievement stays valid, in days; `nil` for no expiry.
    public var validityDays: Int?

    public init(name: String, description: String? = nil, criteriaNarrative: String, achievementType: AchievementType,
                image: String? = nil, tags: [String] = [], validityDays: Int? = nil) {
        self.name = name
        self.description = description ?? name
        self.criteriaNarrative = criteriaNarrative
        self.achievementType = achievementType
        self.image = image
        self.tags = tags
        self.validityDays = validityDays
    }

    public func validate() throws(ModelError) {
        if name.allSatisfy(\.isWhitespace) { throw ModelError(.missingField, "the achievement's name is empty") }
        if criteriaNarrative.allSatisfy(\.isWhitespace) {
            throw ModelError(.missingField, "the achievement's criteria are empty: say what a learner must do to earn it")
        }
        if let days = validityDays, days <= 0 {
            throw ModelError(.invalidField, "the validity period must be a positive number of days, not \(days)")
        }
        if let image, !IRIText.isAbsoluteHTTP(image) && !image.hasPrefix("data:") {
            throw ModelError(.invalidField, "the achievement's image \"\(image)\" is not an http(s) or data: URL")
        }
    }

    /// The Achievement as JSON. "type ... MUST be 'Achievement'"; `creator` is the issuer's Profile.
    public func json(id: String, creator: JSONValue?) -> JSONValue {
        var o: JSONObject = [
            "id": .string(id), "type": ["Achievement"], "achievementType": .string(achievementType.description),
            "name": .string(name), "description": .string(description),
            "criteria": ["narrative": .string(criteriaNarrative)],
        ]
        if let image { o["image"] = ["id": .string(image), "type": "Image"] }
        if !tags.isEmpty { o["tag"] = .array(tags.map { .string($0) }) }
        if let creator { o["creator"] = creator }
        return .object(o)
    }
}
