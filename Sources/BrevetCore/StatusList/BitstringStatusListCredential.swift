import BrevetJSON

/// Builds the unsigned `BitstringStatusListCredential` an issuer publishes.
///
/// [§2.2](https://www.w3.org/TR/vc-bitstring-status-list/#bitstringstatuslistcredential): the credential's
/// type "MUST include BitstringStatusListCredential", its subject's type "MUST be BitstringStatusList".
/// The result is a VC 2.0 credential without a proof; the caller secures it like any other credential.
/// Times are passed in as XML Schema `dateTimeStamp` strings (for example `2025-01-01T00:00:00Z`): the
/// core reads no clock.
public enum BitstringStatusListCredential {
    /// The VC 2.0 base context, which defines every status list term.
    public static let context = "https://www.w3.org/ns/credentials/v2"

    /// The unsigned status list credential.
    /// - Parameters:
    ///   - id: the URL the list is served at (the entries' `statusListCredential`).
    ///   - issuer: the issuer's id, or an issuer object with an `id`.
    ///   - list: the list; its `id` defaults to `<id>#list` when nil.
    ///   - validFrom, validUntil: the validity period, when given.
    public static func make(
        id: String, issuer: JSONValue, list: BitstringStatusList, validFrom: String?, validUntil: String? = nil
    ) throws(StatusListError) -> JSONValue {
        var subject = list
        if subject.id == nil { subject.id = id + "#list" }
        var o = JSONObject()
        o["@context"] = [.string(context)]
        o["id"] = .string(id)
        o["type"] = ["VerifiableCredential", .string(BitstringStatusList.credentialType)]
        o["issuer"] = issuer
        if let validFrom { o["validFrom"] = .string(validFrom) }
        if let validUntil { o["validUntil"] = .string(validUntil) }
        o["credentialSubject"] = try subject.credentialSubject()
        return .object(o)
    }
}
