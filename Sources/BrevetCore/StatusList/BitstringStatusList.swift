import BrevetJSON

/// The `credentialSubject` of a `BitstringStatusListCredential`: the decoded list and what it is for.
///
/// [§2.2 BitstringStatusListCredential](https://www.w3.org/TR/vc-bitstring-status-list/#bitstringstatuslistcredential).
/// Reading a list here does not check the list credential's proof or validity period: the caller
/// verifies the list credential first (an unverified list can say anything), then asks for a status
/// with ``status(of:)``.
public struct BitstringStatusList: Sendable, Hashable {
    /// The `type` value of the credential subject.
    public static let type = "BitstringStatusList"
    /// The `type` value the list credential carries besides `VerifiableCredential`.
    public static let credentialType = "BitstringStatusListCredential"

    public var id: String?
    /// "The purpose of the status entry MUST be one or more strings" — one list may serve several.
    public var statusPurposes: [StatusPurpose]
    public var bitstring: Bitstring
    /// Time to live in milliseconds, when the list states one.
    public var ttl: Int?

    public init(id: String?, statusPurposes: [StatusPurpose], bitstring: Bitstring, ttl: Int? = nil) {
        self.id = id
        self.statusPurposes = statusPurposes
        self.bitstring = bitstring
        self.ttl = ttl
    }

    /// Reads the list from a status list credential: checks that its `type` includes
    /// `BitstringStatusListCredential` and decodes `credentialSubject`.
    public init(credential: JSONValue, maxBytes: Int = GZip.defaultMaxOutputBytes) throws(StatusListError) {
        guard credential["type"]?.asArray.contains(.string(Self.credentialType)) == true else {
            throw StatusListError(.statusVerification, "the status list credential's type does not include \(Self.credentialType)")
        }
        guard let subject = credential["credentialSubject"], subject.arrayValue == nil else {
            throw StatusListError(.malformedValue, "a status list credential has exactly one credentialSubject object")
        }
        try self.init(credentialSubject: subject, maxBytes: maxBytes)
    }

    /// Reads a `BitstringStatusList` credential subject.
    public init(credentialSubject s: JSONValue, maxBytes: Int = GZip.defaultMaxOutputBytes) throws(StatusListError) {
        guard s.objectValue != nil else {
            throw StatusListError(.malformedValue, "credentialSubject is an object, found \(s.typeName)")
        }
        guard s["type"]?.asArray.contains(.string(Self.type)) == true else {
            throw StatusListError(.malformedValue, "the credentialSubject's type is not \(Self.type)")
        }
        guard let purposeValue = s["statusPurpose"] else {
            throw StatusListError(.malformedValue, "the status list has no statusPurpose")
        }
        var purposes: [StatusPurpose] = []
        for p in purposeValue.asArray {
            guard let text = p.stringValue, !text.isEmpty else {
                throw StatusListError(.malformedValue, "statusPurpose must be one or more non-empty strings")
            }
            purposes.append(StatusPurpose(rawValue: text))
        }
        guard !purposes.isEmpty else { throw StatusListError(.malformedValue, "statusPurpose is an empty array") }
        guard let encoded = s["encodedList"]?.stringValue else {
            throw StatusListError(.malformedValue, "encodedList must be a string")
        }
        var ttl: Int?
        if let v = s["ttl"] {
            guard let n = v.numberValue, n.isIntegerLiteral, let i = n.intValue, i >= 0 else {
                throw StatusListError(.malformedValue, "ttl must be a non-negative integer (milliseconds)")
            }
            ttl = i
        }
        var id: String?
        if let v = s["id"] {
            guard let text = v.stringValue else { throw StatusListError(.malformedValue, "credentialSubject.id must be a string") }
            id = text
        }
        self.init(
            id: id, statusPurposes: purposes, bitstring: try Bitstring(encodedList: encoded, maxBytes: maxBytes), ttl: ttl)
    }

    /// The `credentialSubject` JSON of this list.
    public func credentialSubject() throws(StatusListError) -> JSONValue {
        var o = JSONObject()
        if let id { o["id"] = .string(id) }
        o["type"] = .string(Self.type)
        o["statusPurpose"] =
            statusPurposes.count == 1 ? .string(statusPurposes[0].rawValue) : .array(statusPurposes.map { .string($0.rawValue) })
        o["encodedList"] = .string(try bitstring.encodedList())
        if let ttl { o["ttl"] = .number(JSONNumber(ttl)) }
        return .object(o)
    }
}
