/// Who a credential is issued to: a DID, or an email address kept only as a salted hash
/// ([OB 3.0 §B.1.3 AchievementSubject](https://www.imsglobal.org/spec/ob/v3p0/#achievementsubject):
/// "Either id or at least one identifier MUST be supplied").
public enum CredentialRecipient: Sendable, Hashable {
    case did(String)
    case email(String)

    /// Reads what a person typed: `did:…` or an email address.
    public init(parsing text: String) throws(ModelError) {
        if text.hasPrefix("did:") {
            let parts = text.split(separator: ":", maxSplits: 2)
            guard parts.count == 3, !parts[1].isEmpty, !parts[2].isEmpty, !text.contains(" ") else {
                throw ModelError(.invalidField, "the recipient \"\(text)\" is not a valid DID (did:method:identifier)")
            }
            self = .did(text)
            return
        }
        let at = text.split(separator: "@", omittingEmptySubsequences: false)
        guard at.count == 2, !at[0].isEmpty, at[1].contains("."), !text.contains(" ") else {
            throw ModelError(.invalidField, "the recipient \"\(text)\" is neither an email address nor a DID")
        }
        self = .email(text)
    }

    /// The identifier as given, for storage and search.
    public var identifier: String {
        switch self {
        case .did(let d): return d
        case .email(let e): return e.lowercased()
        }
    }
}
