import BrevetJSON

/// What an organization says about itself as an issuer: the fields of an OB 3.0 `Profile`
/// ([OB 3.0 §B.1.20](https://www.imsglobal.org/spec/ob/v3p0/#profile)).
public struct ProfileDraft: Sendable, Hashable {
    public var name: String
    public var url: String?
    public var email: String?
    public var description: String?
    public var image: String?

    public init(name: String, url: String? = nil, email: String? = nil, description: String? = nil, image: String? = nil) {
        self.name = name
        self.url = url
        self.email = email
        self.description = description
        self.image = image
    }

    /// Checks what a person typed, naming the field that is wrong.
    public func validate() throws(ModelError) {
        if name.allSatisfy(\.isWhitespace) { throw ModelError(.invalidField, "the issuer's name is empty") }
        if let url, !IRIText.isAbsoluteHTTP(url) { throw ModelError(.invalidField, "the issuer's url \"\(url)\" is not an http(s) URL") }
        if let image, !IRIText.isAbsoluteHTTP(image) && !image.hasPrefix("data:") {
            throw ModelError(.invalidField, "the issuer's image \"\(image)\" is not an http(s) or data: URL")
        }
        if let email, !email.contains("@") { throw ModelError(.invalidField, "the issuer's email \"\(email)\" is not an email address") }
    }

    /// The Profile as JSON, with the issuer's identifier.
    /// "id: Unique URI for the Issuer/Profile file" and "type ... MUST be 'Profile'".
    public func json(id: String) -> JSONValue {
        var o: JSONObject = ["id": .string(id), "type": ["Profile"], "name": .string(name)]
        if let url { o["url"] = .string(url) }
        if let email { o["email"] = .string(email) }
        if let description { o["description"] = .string(description) }
        if let image { o["image"] = ["id": .string(image), "type": "Image"] }
        return .object(o)
    }
}
