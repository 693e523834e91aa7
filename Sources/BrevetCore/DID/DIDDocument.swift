import BrevetJSON

/// A DID document (or controller document) and the lookup of a verification method in it.
///
/// [Controlled Identifiers §3.3 Retrieve Verification Method](https://www.w3.org/TR/cid-1.0/#retrieve-verification-method):
/// the document's `id` must equal the URL it was retrieved for; the verification method's `id` must
/// equal the id asked for; its controller must be the document's id; and "If verificationMethod is not
/// associated, either by reference (URL) or by value (object), with the verification relationship
/// array in the controllerDocument identified by verificationRelationship, an error MUST be raised".
public struct DIDDocument: Sendable, Hashable {
    public let id: String
    public let json: JSONObject

    /// Reads a fetched document retrieved for `identifier` (a DID or a URL without fragment).
    public init(json value: JSONValue, retrievedFor identifier: String) throws(DIDError) {
        guard let json = value.objectValue else {
            throw DIDError(.invalidDocument, "the document for \(identifier) is not a JSON object")
        }
        guard let id = json["id"]?.stringValue else {
            throw DIDError(.invalidDocument, "the document for \(identifier) has no string id")
        }
        guard id == identifier else {
            throw DIDError(.invalidDocument, "the document retrieved for \(identifier) has the id \(id.prefix(120))")
        }
        self.id = id
        self.json = json
    }

    /// The verification method with the absolute id `methodId`, checked as the retrieval algorithm
    /// requires; when `relationship` is given (e.g. `assertionMethod`) the method must be listed there.
    public func verificationMethod(id methodId: String, relationship: String?) throws(DIDError) -> ResolvedVerificationMethod {
        var found: JSONObject?
        for candidate in methodObjects() where ResolvedVerificationMethod.absolute(candidate["id"]?.stringValue ?? "", base: id) == methodId {
            found = candidate
            break
        }
        guard let object = found else {
            throw DIDError(.verificationMethodNotFound, "the document \(id) has no verification method \(methodId)")
        }
        let method = try ResolvedVerificationMethod(json: object, base: id)
        guard method.controller == id else {
            throw DIDError(
                .invalidDocument, "verification method \(methodId) is controlled by \(method.controller), not by the document \(id)")
        }
        if let relationship {
            let listed = json[relationship]?.asArray.contains { entry in
                if let ref = entry.stringValue { return ResolvedVerificationMethod.absolute(ref, base: id) == methodId }
                if let embedded = entry.objectValue?["id"]?.stringValue {
                    return ResolvedVerificationMethod.absolute(embedded, base: id) == methodId
                }
                return false
            }
            guard listed == true else {
                throw DIDError(.notAuthorized, "verification method \(methodId) is not listed under \(relationship) in \(id)")
            }
        }
        return method
    }

    /// Every verification method the document defines (under `verificationMethod` or embedded in a
    /// relationship) whose key can be read; others are skipped.
    public var verificationMethods: [ResolvedVerificationMethod] {
        methodObjects().compactMap { try? ResolvedVerificationMethod(json: $0, base: id) }
    }

    private func methodObjects() -> [JSONObject] {
        var out: [JSONObject] = []
        for key in ["verificationMethod", "assertionMethod", "authentication", "capabilityInvocation", "capabilityDelegation", "keyAgreement"] {
            for v in json[key]?.asArray ?? [] {
                if let o = v.objectValue { out.append(o) }
            }
        }
        return out
    }
}
