import BrevetAwarding
import BrevetCore
import BrevetJSON
import BrevetStorage
import Foundation

/// Defines and revises achievements by their full design: competencies, rubric or exam, evidence
/// requirements, catalog facts, validity and renewal policy.
///
/// A design is written as an OB 3.0 `Achievement` carrying Brevet's design extension (what
/// ``AchievementDesign/achievementJSON()`` writes). Editing criteria, rubric, exam or evidence
/// requirements makes a new version with a new id; the old version stays, and the two link each other.
public struct DesignService: Sendable {
    public let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// A skills-framework item to align the achievement to, by framework id and item id or code.
    public struct AlignmentRequest: Sendable, Hashable {
        public var frameworkID: String
        public var item: String
        public init(frameworkID: String, item: String) {
            self.frameworkID = frameworkID
            self.item = item
        }
    }

    /// Defines an achievement from a design. The server mints its id; any `version` or version links
    /// in the input are ignored (a new design is version 1).
    public func create(organizationID: String, issuerID: String, design input: JSONValue,
                       alignTo: [AlignmentRequest] = []) async throws -> AchievementRecord {
        let issuer = try await IssuerService(environment: environment).issuer(id: issuerID, organizationID: organizationID)
        let urls = try await PublicURLs.load(from: environment.store)
        let id = urls.achievement(environment.newIdentifier())
        var design = try parse(input, id: id)
        design.alignment += try await alignments(alignTo, organizationID: organizationID).filter { !design.alignment.contains($0) }
        let record = AchievementRecord(id: id, organizationID: organizationID, issuerID: issuerID,
                                       document: try document(design, creator: issuer.profile), version: 1,
                                       previousVersionID: nil, createdAt: environment.now())
        try await environment.store.createAchievement(record)
        environment.logger.info("defined achievement", metadata: ["achievement": .string(id)])
        return record
    }

    /// The outcome of ``revise(organizationID:achievementID:design:alignTo:)``.
    public enum Revision: Sendable {
        /// Only catalog facts changed: the achievement was edited in place.
        case edited(AchievementRecord)
        /// A new version was made; `changes` names what needed it (`criteria`, `rubric`, ...).
        case newVersion(previous: AchievementRecord, current: AchievementRecord, changes: [String])
    }

    /// Applies an edited design to the latest version of an achievement.
    public func revise(organizationID: String, achievementID: String, design input: JSONValue,
                       alignTo: [AlignmentRequest] = []) async throws -> Revision {
        let store = environment.store
        let currentRecord = try await AchievementService(environment: environment).achievement(id: achievementID, organizationID: organizationID)
        if let next = try await store.nextAchievementVersion(of: achievementID) {
            throw ServiceError(.conflict, "\(achievementID) was replaced by version \(next.version) (\(next.id)); edit the latest version")
        }
        let current = try currentRecord.requireDesign()
        var edited = try parse(input, id: achievementID)
        edited.alignment += try await alignments(alignTo, organizationID: organizationID).filter { !edited.alignment.contains($0) }
        let issuer = try await IssuerService(environment: environment).issuer(id: currentRecord.issuerID, organizationID: organizationID)
        let urls = try await PublicURLs.load(from: store)
        let newID = urls.achievement(environment.newIdentifier())
        let revision = try ServiceError.awarding { () throws(AwardingError) in
            try AchievementVersioning.revise(current, to: edited, newVersionId: newID)
        }
        switch revision {
        case .edited(let design):
            let doc = try document(design, creator: issuer.profile)
            try await store.replaceAchievementDocument(id: achievementID, organizationID: organizationID, document: doc)
            var updated = currentRecord
            updated.document = doc
            return .edited(updated)
        case .newVersion(let previous, let next):
            let changes = AchievementVersioning.materialChanges(from: current, to: edited)
            let previousDoc = try document(previous, creator: issuer.profile)
            let nextRecord = AchievementRecord(
                id: next.id, organizationID: organizationID, issuerID: currentRecord.issuerID,
                document: try document(next, creator: issuer.profile), version: next.version,
                previousVersionID: previous.id, createdAt: environment.now())
            try await store.withTransaction { tx in
                try await tx.replaceAchievementDocument(id: previous.id, organizationID: organizationID, document: previousDoc)
                try await tx.createAchievement(nextRecord)
            }
            var previousRecord = currentRecord
            previousRecord.document = previousDoc
            environment.logger.info("new achievement version", metadata: ["achievement": .string(next.id), "replaces": .string(previous.id)])
            return .newVersion(previous: previousRecord, current: nextRecord, changes: changes)
        }
    }

    /// Every version of an achievement, oldest first, following the stored links.
    public func versions(of achievementID: String) async throws -> [AchievementRecord] {
        let store = environment.store
        var record = try await store.achievement(id: achievementID)
        var chain = [record]
        while let previous = record.previousVersionID, chain.count < 1000 {
            record = try await store.achievement(id: previous)
            chain.insert(record, at: 0)
        }
        var last = chain[chain.count - 1]
        while let next = try await store.nextAchievementVersion(of: last.id), chain.count < 1000 {
            chain.append(next)
            last = next
        }
        return chain
    }

    func parse(_ input: JSONValue, id: String) throws -> AchievementDesign {
        guard var object = input.objectValue else {
            throw ServiceError(.invalidInput, "a design is a JSON object: an OB 3.0 Achievement with Brevet's \(AchievementDesign.extensionMember) member")
        }
        object["id"] = .string(id)
        if object["type"] == nil { object["type"] = ["Achievement"] }
        _ = object.removeValue(forKey: "version")
        _ = object.removeValue(forKey: "related")
        if var ext = object[AchievementDesign.extensionMember]?.objectValue {
            _ = ext.removeValue(forKey: "previousVersion")
            _ = ext.removeValue(forKey: "nextVersion")
            object[AchievementDesign.extensionMember] = .object(ext)
        } else {
            throw ServiceError(.invalidInput, "the design has no \(AchievementDesign.extensionMember) member (competencies, rubric or exam, policies)")
        }
        let design = try ServiceError.awarding { () throws(AwardingError) in try AchievementDesign.from(json: .object(object)) }
        return try design.qualifyingIdentifiers(base: id)
    }

    func alignments(_ requests: [AlignmentRequest], organizationID: String) async throws -> [Alignment] {
        let frameworks = FrameworkService(environment: environment)
        var out: [Alignment] = []
        for r in requests {
            out.append(try await frameworks.alignment(organizationID: organizationID, frameworkID: r.frameworkID, item: r.item))
        }
        return out
    }

    /// The stored document: the OB 3.0 Achievement (with `creator`, the issuer's profile).
    func document(_ design: AchievementDesign, creator: JSONValue) throws -> JSONValue {
        var achievement = try ServiceError.awarding { () throws(AwardingError) in try design.achievementJSON() }.objectValue ?? [:]
        achievement["creator"] = creator
        return ["achievement": .object(achievement)]
    }
}
