import BrevetCore
import BrevetJSON
import BrevetStorage
import Foundation

/// Verifies credentials for the CLI, `POST /api/verify`, the `/verify` page and credential pages:
/// one verifier behind all of them.
///
/// Documents published by this installation (its status lists and did:web documents) are read
/// from the data directory directly; anything else goes to the `remote` resources (HTTP), which may
/// be absent for offline use. After the standards checks, Brevet adds what its own records say
/// about credentials it issued (superseded by a renewal, revocation reason).
public struct VerificationService: Sendable {
    public let environment: ServiceEnvironment?
    public let status: StatusService?
    public let remote: any VerificationResources
    public let proofs: ProofVerifier

    public init(environment: ServiceEnvironment?, status: StatusService?, remote: any VerificationResources, proofs: ProofVerifier) {
        self.environment = environment
        self.status = status
        self.remote = remote
        self.proofs = proofs
    }

    public func verify(_ input: [UInt8], at time: Date? = nil) async -> VerificationVerdict {
        let now = time ?? environment?.now() ?? Date()
        var resources: any VerificationResources = remote
        if let environment, let status, let urls = try? await PublicURLs.load(from: environment.store) {
            resources = LocalFirstResources(urls: urls, environment: environment, status: status, remote: remote)
        }
        let verifier = CredentialVerifier(proofs: proofs, resources: resources)
        var verdict = await verifier.verify(input, at: DateTimeStamp(date: now))
        await addRegistryFacts(to: &verdict)
        return verdict
    }

    /// What Brevet's own records add for a credential it issued.
    func addRegistryFacts(to verdict: inout VerificationVerdict) async {
        guard let environment, let id = verdict.credential?["id"]?.stringValue,
              let record = try? await environment.store.credential(id: id) else { return }
        if let by = record.supersededBy {
            verdict.record(.registry, .warning, "superseded by \(by): a renewed credential replaces this one (superseded is not revoked)")
        }
        if record.isRevoked, let reason = record.revocationReason, !reason.isEmpty {
            verdict.record(.registry, .warning, "the issuer's reason for revoking it: \(reason)")
        }
    }
}

/// Serves this installation's own status lists and DID documents from the database, and sends
/// everything else to the remote resources.
struct LocalFirstResources: VerificationResources {
    let urls: PublicURLs
    let environment: ServiceEnvironment
    let status: StatusService
    let remote: any VerificationResources

    func fetch(_ url: String) async throws -> [UInt8] {
        // Any status list this installation published, under whatever base URL it had then.
        if (try? await environment.store.statusList(id: url)) != nil {
            return Array(try await status.statusListCredential(listID: url).utf8)
        }
        // did:web always resolves over https; a development server on http is still "us".
        let issuersPrefix = Self.withoutScheme(urls.base) + "/issuers/"
        let target = Self.withoutScheme(url)
        if target.hasPrefix(issuersPrefix), target.hasSuffix("/did.json") {
            let local = target.dropFirst(issuersPrefix.count).dropLast("/did.json".count)
            let doc = try await IssuerService(environment: environment).didDocument(localID: String(local))
            return JSONWriter().bytes(doc)
        }
        return try await remote.fetch(url)
    }

    static func withoutScheme(_ url: String) -> Substring {
        guard let r = url.range(of: "://") else { return Substring(url) }
        return url[r.upperBound...]
    }
}
