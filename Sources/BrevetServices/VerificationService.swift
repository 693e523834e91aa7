import BrevetAwarding
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

    /// Component credentials are checked this many levels deep (a certification's parts, their parts).
    public static let maximumComponentDepth = 3

    public func verify(_ input: [UInt8], at time: Date? = nil) async -> VerificationVerdict {
        await verify(input, at: time, depth: 0)
    }

    func verify(_ input: [UInt8], at time: Date?, depth: Int) async -> VerificationVerdict {
        let now = time ?? environment?.now() ?? Date()
        let resources = await self.resources()
        let verifier = CredentialVerifier(proofs: proofs, resources: resources)
        var verdict = await verifier.verify(input, at: DateTimeStamp(date: now))
        await addRegistryFacts(to: &verdict)
        await addAwardFacts(to: &verdict)
        await checkComponents(of: &verdict, resources: resources, at: now, depth: depth)
        return verdict
    }

    func resources() async -> any VerificationResources {
        if let environment, let status, let urls = try? await PublicURLs.load(from: environment.store) {
            return LocalFirstResources(urls: urls, environment: environment, status: status, remote: remote)
        }
        return remote
    }

    /// The achievement version the credential was earned under (Brevet's `brevetAward` record, else the
    /// version the issuer's records give), whether a newer version exists, and what it renews.
    func addAwardFacts(to verdict: inout VerificationVerdict) async {
        guard let credential = verdict.credential else { return }
        let award = credential[AwardedCredential.extensionMember]
        if let replaces = award?["replaces"]?.stringValue {
            verdict.record(.registry, .passed, "renews \(replaces), which it replaces")
        }
        guard let environment, let achievementID = credential["credentialSubject"]?.asArray.first?["achievement"]?["id"]?.stringValue,
              let achievement = try? await environment.store.achievement(id: achievementID) else { return }
        let version = award?["achievementVersion"]?.numberValue?.intValue ?? achievement.version
        let name = achievement.achievementJSON["name"]?.stringValue ?? achievementID
        var latest = achievement
        var hops = 0
        while hops < 1000, let next = try? await environment.store.nextAchievementVersion(of: latest.id) {
            latest = next
            hops += 1
        }
        if latest.id == achievement.id {
            verdict.record(.achievementVersion, .passed, "earned under version \(version) of \(name), the current version")
        } else {
            verdict.record(.achievementVersion, .warning,
                           "earned under version \(version) of \(name); a newer version \(latest.version) exists (\(latest.id)). The credential stays valid for what it certified.")
        }
    }

    /// Checks each part a pathway credential lists: fetches it, compares its digest, and verifies it.
    /// A part that cannot be fetched (a `urn:` id, an offline issuer) is a warning, not a failure: the
    /// credential's own proof already covers the list; a part that does not match its digest fails.
    func checkComponents(of verdict: inout VerificationVerdict, resources: any VerificationResources, at now: Date, depth: Int) async {
        guard let parts = verdict.credential?["relatedResource"]?.asArray, !parts.isEmpty else { return }
        guard depth < Self.maximumComponentDepth else {
            verdict.record(.components, .warning, "parts nest deeper than \(Self.maximumComponentDepth) levels; the deeper ones were not checked")
            return
        }
        for part in parts {
            guard let id = part["id"]?.stringValue else {
                verdict.record(.components, .failed, "a relatedResource entry has no id")
                continue
            }
            guard let expected = part["digestSRI"]?.stringValue else {
                verdict.record(.components, .warning, "part \(id) has no digestSRI; Brevet checks parts by SHA-384/256/512 digestSRI")
                continue
            }
            let bytes: [UInt8]
            do { bytes = try await resources.fetch(id) } catch {
                verdict.record(.components, .warning, "part \(id) could not be fetched, so it was not checked (\(error)); ask its holder for it")
                continue
            }
            guard let actual = DigestSRI.matching(bytes, algorithmOf: expected) else {
                verdict.record(.components, .warning, "part \(id): digest algorithm of \(expected.prefix(10))… is not supported")
                continue
            }
            guard actual == expected else {
                verdict.record(.components, .failed, "part \(id) does not match its digest: the part was changed after this credential listed it")
                continue
            }
            let inner = await verify(bytes, at: now, depth: depth + 1)
            let what = inner.credential?["credentialSubject"]?.asArray.first?["achievement"]?["name"]?.stringValue ?? "credential"
            switch inner.status {
            case .valid:
                verdict.record(.components, .passed, "part \(what) (\(id)): digest matches, and it is valid")
            case .invalid, .indeterminate:
                verdict.record(.components, .warning, "part \(what) (\(id)): digest matches, but \(inner.summary.prefix(1).lowercased() + inner.summary.dropFirst())")
            }
        }
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
        // A credential this installation issued (a part of a pathway credential), byte for byte.
        if let credential = try? await environment.store.credential(id: url) {
            return Array(credential.document.utf8)
        }
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
