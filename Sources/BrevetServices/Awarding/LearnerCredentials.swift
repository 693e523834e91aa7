import BrevetAwarding
import BrevetCore
import BrevetJSON
import BrevetStorage
import Foundation

/// The credentials a learner holds in one organization, as the awarding rules see them: those the
/// organization issued (with their state from its records) and the verified credentials of other
/// issuers the learner presented.
struct LearnerCredentials: Sendable {
    let store: any StoreOperations
    let organizationID: String

    /// Every credential of `learner`, oldest first.
    func held(by learner: String) async throws -> [HeldCredential] {
        var out: [HeldCredential] = []
        for record in try await issued(to: learner) {
            if let held = Self.held(record) { out.append(held) }
        }
        for record in try await store.externalCredentials(organizationID: organizationID, learner: learner) {
            guard let json = Self.credentialJSON(record.document),
                  let held = try? HeldCredential.from(credential: json, verified: true, digest: .sri(record.digest)) else { continue }
            out.append(held)
        }
        return out
    }

    /// The credentials the organization issued to `learner`, oldest first.
    func issued(to learner: String) async throws -> [CredentialRecord] {
        var out: [CredentialRecord] = []
        while true {
            let page = try await store.credentials(organizationID: organizationID,
                                                   matching: CredentialQuery(recipient: learner, limit: 1000, offset: out.count))
            out += page
            if page.count < 1000 { return out }
        }
    }

    /// One issued credential as the rules see it (its state from the issuer's records, its digest over the stored bytes).
    static func held(_ record: CredentialRecord) -> HeldCredential? {
        guard let json = credentialJSON(record.document) else { return nil }
        let state: HeldCredential.State
        if record.isRevoked { state = .revoked }
        else if record.suspended { state = .suspended }
        else if let by = record.supersededBy { state = .superseded(by: by) }
        else { state = .active }
        return try? HeldCredential.from(credential: json, verified: true, state: state, digest: .sri(DigestSRI.sha384(record.document.utf8)))
    }

    /// The credential JSON of a stored document: the document itself, or a JWT's payload.
    static func credentialJSON(_ document: String) -> JSONValue? {
        if document.hasPrefix("{") { return try? JSONValue(parsing: document) }
        let parts = document.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let payload = try? Base64URL.decode(parts[1]),
              let json = try? JSONValue(parsing: String(decoding: payload, as: UTF8.self)) else { return nil }
        return json["vc"] ?? json
    }
}
