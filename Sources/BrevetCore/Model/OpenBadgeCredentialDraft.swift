import BrevetJSON

/// The unsigned `OpenBadgeCredential` Brevet issues
/// ([OB 3.0 §B.1.1 AchievementCredential](https://www.imsglobal.org/spec/ob/v3p0/#achievementcredential)),
/// built as a lossless JSON value that the cryptosuites then secure.
///
/// Everything variable is a parameter: identifiers, times and the salt come from the caller.
public struct OpenBadgeCredentialDraft: Sendable {
    public var id: String
    /// The issuer's Profile JSON (with its `id`).
    public var issuer: JSONValue
    /// The Achievement JSON (with its `id`).
    public var achievement: JSONValue
    public var recipient: CredentialRecipient
    /// The recipient's display name, when the issuer wants it in the credential.
    public var recipientName: String?
    /// Salt for hashing an email recipient.
    public var salt: String
    public var validFrom: DateTimeStamp
    public var validUntil: DateTimeStamp?
    public var evidence: [JSONValue]
    /// `credentialStatus` entries (BitstringStatusListEntry JSON objects).
    public var credentialStatus: [JSONValue]
    /// Extra members of `credentialSubject` (e.g. OB 3.0 `result` entries).
    public var subjectExtras: JSONObject
    /// Extra top-level members (e.g. Brevet's record of the version and components).
    public var extras: JSONObject
    /// Contexts after VC 2.0 and OB 3.0 (``CredentialContexts/undefinedTermsV2`` for extension members).
    public var additionalContexts: [String] = []

    public init(id: String, issuer: JSONValue, achievement: JSONValue, recipient: CredentialRecipient,
                recipientName: String? = nil, salt: String, validFrom: DateTimeStamp, validUntil: DateTimeStamp? = nil,
                evidence: [JSONValue] = [], credentialStatus: [JSONValue] = [], subjectExtras: JSONObject = [:],
                extras: JSONObject = [:]) {
        self.id = id
        self.issuer = issuer
        self.achievement = achievement
        self.recipient = recipient
        self.recipientName = recipientName
        self.salt = salt
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.evidence = evidence
        self.credentialStatus = credentialStatus
        self.subjectExtras = subjectExtras
        self.extras = extras
    }

    /// The credential JSON, members in the order people expect to read them.
    public var json: JSONValue {
        var subject: JSONObject = [:]
        if case .did(let did) = recipient { subject["id"] = .string(did) }
        subject["type"] = ["AchievementSubject"]
        if case .email(let email) = recipient {
            subject["identifier"] = [IdentityObject.hashed(email, type: .emailAddress, salt: salt).json]
        }
        if let recipientName { subject["name"] = .string(recipientName) }
        subject["achievement"] = achievement
        for m in subjectExtras { subject[m.key] = m.value }

        var o: JSONObject = [
            "@context": .array([.string(CredentialContexts.credentialsV2), .string(CredentialContexts.openBadgesV3)]
                + additionalContexts.map { .string($0) }),
            "id": .string(id),
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
        ]
        if let name = achievement["name"] { o["name"] = name }
        o["issuer"] = issuer
        o["validFrom"] = .string(validFrom.description)
        if let validUntil { o["validUntil"] = .string(validUntil.description) }
        o["credentialSubject"] = .object(subject)
        if !evidence.isEmpty { o["evidence"] = .array(evidence) }
        if credentialStatus.count == 1 {
            o["credentialStatus"] = credentialStatus[0]
        } else if !credentialStatus.isEmpty {
            o["credentialStatus"] = .array(credentialStatus)
        }
        for m in extras { o[m.key] = m.value }
        return .object(o)
    }
}
