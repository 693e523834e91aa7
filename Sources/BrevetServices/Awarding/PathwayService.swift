import BrevetAwarding
import BrevetCore
import BrevetJSON
import BrevetStorage
import Foundation

/// Stackable pathways: defines them (refusing cycles and unknown parts), reports a learner's
/// progress, accepts verified credentials of other issuers for external steps, and issues the
/// pathway's credential, listing its parts by id and digest, as soon as a learner completes it.
public struct PathwayService: Sendable {
    public let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// Defines a pathway from its JSON (see ``Pathway``'s JSON form). The server mints its id; `awards`
    /// must be one of the organization's achievements, `issuer` (when given) its issuer; every
    /// achievement step must name one of the organization's achievements and every sub-pathway one of
    /// its pathways. A pathway that would close a cycle (directly, through sub-pathways, or through the
    /// achievements pathways award) is refused and nothing is stored.
    public func create(organizationID: String, pathway input: JSONValue) async throws -> PathwayRecord {
        guard var object = input.objectValue else { throw ServiceError(.invalidInput, "a pathway is a JSON object") }
        guard let awards = object["awards"]?.stringValue else {
            throw ServiceError(.invalidInput, "a pathway needs \"awards\": the id of the achievement it awards")
        }
        let store = environment.store
        let awarded = try await AchievementService(environment: environment).achievement(id: awards, organizationID: organizationID)
        if let issuer = object["issuer"]?.stringValue, issuer != awarded.issuerID {
            throw ServiceError(.invalidInput, "the pathway's issuer \(issuer) does not award \(awards) (its issuer is \(awarded.issuerID))")
        }
        let urls = try await PublicURLs.load(from: store)
        let id = urls.pathway(environment.newIdentifier())
        object["id"] = .string(id)
        object["issuer"] = .string(awarded.issuerID)
        let pathway = try ServiceError.awarding { () throws(AwardingError) in try Pathway.from(json: .object(object)) }
        let known = Set(try await store.achievements(organizationID: organizationID).map(\.id))
        for step in pathway.root.allSteps {
            if case .achievement(let a) = step.rule, !known.contains(a) {
                throw ServiceError(.invalidInput, "step \"\(step.id)\" names \(a), which is not an achievement of this organization")
            }
        }
        let existing = try await pathways(organizationID: organizationID)
        _ = try ServiceError.awarding { () throws(AwardingError) in try PathwayEvaluator(pathways: existing + [pathway]) }
        let record = PathwayRecord(id: id, organizationID: organizationID, issuerID: awarded.issuerID,
                                   awardsAchievementID: awards, document: pathway.json, createdAt: environment.now())
        try await store.createPathway(record)
        environment.logger.info("defined pathway", metadata: ["pathway": .string(id), "awards": .string(awards)])
        return record
    }

    /// The organization's pathways.
    public func pathways(organizationID: String, in store: (any StoreOperations)? = nil) async throws -> [Pathway] {
        try await (store ?? environment.store).pathways(organizationID: organizationID).map { record in
            do { return try Pathway.from(json: record.document) } catch {
                throw ServiceError(.configuration, "the stored pathway \(record.id) cannot be read: \(error)")
            }
        }
    }

    /// A learner's progress on a pathway: what is done, what is missing, the next step.
    public func progress(organizationID: String, pathwayID: String, learner: String) async throws -> PathwayProgress {
        let recipient = try Self.recipient(learner)
        let store = environment.store
        do { _ = try await store.pathway(id: pathwayID, organizationID: organizationID) } catch let e as StorageError where e.code == .notFound {
            throw ServiceError(.notFound, "no pathway \(pathwayID) in this organization")
        }
        let evaluator = try await evaluator(organizationID: organizationID, in: store)
        let held = try await LearnerCredentials(store: store, organizationID: organizationID).held(by: recipient.identifier)
        return try ServiceError.awarding { () throws(AwardingError) in
            try evaluator.progress(of: pathwayID, credentials: held, at: environment.now())
        }
    }

    /// Keeps a credential of another issuer for a learner's external pathway steps, after Brevet
    /// verified it (a credential that is not valid is refused with the verifier's findings), then
    /// issues any pathway credential it completes.
    public func presentExternalCredential(organizationID: String, learner: String, credential text: String,
                                          verification: VerificationService) async throws -> (ExternalCredentialRecord, [CredentialRecord]) {
        let recipient = try Self.recipient(learner)
        let verdict = await verification.verify(Array(text.utf8))
        guard verdict.status == .valid, let json = verdict.credential else {
            var problems: [String] = []
            for r in verdict.checks where r.outcome == .failed || r.outcome == .couldNotCheck {
                problems.append(r.check.rawValue + ": " + r.message)
            }
            throw ServiceError(.invalidInput, "the credential does not count: Brevet could not verify it (\(problems.joined(separator: "; ")))")
        }
        guard Self.names(recipient, in: json) else {
            throw ServiceError(.invalidInput, "the credential is valid but was not issued to \(recipient.identifier): its credentialSubject names someone else")
        }
        let held: HeldCredential
        do { held = try HeldCredential.from(credential: json, verified: true) } catch {
            throw ServiceError(.invalidInput, "the credential is valid but names no achievement: \(error.reason)")
        }
        let record = ExternalCredentialRecord(
            id: held.id, organizationID: organizationID, learner: recipient.identifier, issuerID: held.issuerId,
            achievementID: held.achievementId, document: text, digest: DigestSRI.sha384(text.utf8), verifiedAt: environment.now())
        return try await environment.store.withTransaction { tx in
            do { try await tx.insertExternalCredential(record) } catch let e as StorageError where e.code == .duplicate {
                throw ServiceError(.conflict, "credential \(held.id) was already presented")
            }
            let issued = try await awardCompletedPathways(organizationID: organizationID, recipient: recipient, in: tx)
            return (record, issued)
        }
    }

    /// Issues the credential of every pathway the learner has completed and does not hold yet, in
    /// `store` (the caller's transaction). Repeats until nothing more completes, so a credential that
    /// completes one rung of a ladder can complete the next.
    public func awardCompletedPathways(organizationID: String, recipient: CredentialRecipient,
                                       in store: any StoreOperations) async throws -> [CredentialRecord] {
        let pathways = try await pathways(organizationID: organizationID, in: store)
        guard !pathways.isEmpty else { return [] }
        let evaluator = try await evaluator(organizationID: organizationID, pathways: pathways, in: store)
        let learner = LearnerCredentials(store: store, organizationID: organizationID)
        var held = try await learner.held(by: recipient.identifier)
        let now = environment.now()
        var issued: [CredentialRecord] = []
        var progressed = true
        while progressed {
            progressed = false
            for pathwayID in evaluator.graph.topologicalOrder {
                guard let pathway = evaluator.graph.pathways[pathwayID] else { continue }
                let accepted = evaluator.lineage?.versions(of: pathway.awardsAchievementId).map(\.id) ?? [pathway.awardsAchievementId]
                if held.contains(where: { (accepted.contains($0.achievementId) || $0.achievementId == pathway.awardsAchievementId)
                    && $0.state == .active && $0.isCurrent(at: now) }) { continue }
                let progress = try ServiceError.awarding { () throws(AwardingError) in
                    try evaluator.progress(of: pathwayID, credentials: held, at: now)
                }
                guard progress.complete else { continue }
                let awarded = try await store.achievement(id: pathway.awardsAchievementId, organizationID: organizationID)
                let design = try awarded.design()
                var award = try ServiceError.awarding { () throws(AwardingError) in
                    try AwardedCredential.issue(for: progress, learnerId: recipient.identifier, credentialId: "", issuerId: pathway.issuerId,
                                                validity: design?.validity ?? .noExpiry, achievementVersion: awarded.version,
                                                creditsEarned: design?.creditsAvailable, issuedAt: now)
                }
                // Name each part by its achievement, so the credential reads well without following links.
                for (i, item) in award.evidence.enumerated() {
                    guard let part = progress.components.first(where: { $0.id == item.id }),
                          let name = try? await store.achievement(id: part.achievementId).achievementJSON["name"]?.stringValue else { continue }
                    award.evidence[i].name = name
                }
                let credential = try await IssuanceService(environment: environment).issue(
                    organizationID: organizationID,
                    .init(achievementID: awarded.id, recipient: recipient, subjectExtras: award.subjectMembers, extras: award.credentialMembers),
                    in: store)
                issued.append(credential)
                if let h = LearnerCredentials.held(credential) { held.append(h) }
                environment.logger.info("pathway completed", metadata: ["pathway": .string(pathwayID), "credential": .string(credential.id)])
                progressed = true
            }
        }
        return issued
    }

    func evaluator(organizationID: String, pathways: [Pathway]? = nil, in store: any StoreOperations) async throws -> PathwayEvaluator {
        let list: [Pathway]
        if let pathways { list = pathways } else { list = try await self.pathways(organizationID: organizationID, in: store) }
        var designs: [AchievementDesign] = []
        for record in try await store.achievements(organizationID: organizationID) {
            if let d = try record.design() { designs.append(d) }
        }
        let lineage = try? AchievementLineage(designs: designs)
        return try ServiceError.awarding { () throws(AwardingError) in try PathwayEvaluator(pathways: list, lineage: lineage) }
    }

    /// Whether the credential's subject is the learner: the same DID as `credentialSubject.id`, or an
    /// email address matching one of its OB 3.0 `identifier` IdentityObjects (hashed or not).
    static func names(_ recipient: CredentialRecipient, in credential: JSONValue) -> Bool {
        for subject in credential["credentialSubject"]?.asArray ?? [] {
            switch recipient {
            case .did(let did):
                if subject["id"]?.stringValue == did { return true }
            case .email(let email):
                for i in subject["identifier"]?.asArray ?? [] where i["identityType"]?.stringValue == "emailAddress" {
                    guard let hash = i["identityHash"]?.stringValue else { continue }
                    let object = IdentityObject(identityType: .emailAddress, identityHash: hash, hashed: i["hashed"]?.boolValue ?? false,
                                                salt: i["salt"]?.stringValue)
                    if object.matches(email.lowercased()) || object.matches(email) { return true }
                }
            }
        }
        return false
    }

    static func recipient(_ learner: String) throws -> CredentialRecipient {
        do { return try CredentialRecipient(parsing: learner) } catch {
            throw ServiceError(.invalidInput, "learner \"\(learner)\" is neither an email address nor a DID")
        }
    }
}
