import BrevetAwarding
import BrevetJSON
import BrevetStorage
import Foundation

/// Skills frameworks: imports them (CSV or a 1EdTech CASE package), turns their items into OB 3.0
/// alignments, and lists which achievements cover a skill.
public struct FrameworkService: Sendable {
    public let environment: ServiceEnvironment

    public init(environment: ServiceEnvironment) { self.environment = environment }

    /// The largest framework file accepted (a CASE package of a large framework is a few MB).
    public static let maximumFileSize = 8 << 20

    /// Imports a CSV framework with columns `id,code,name,description,parent`. Item URIs are minted
    /// under this installation's base URL. Throws with the offending line for a malformed file,
    /// duplicate ids, unknown parents or a cycle; nothing is stored then.
    public func importCSV(organizationID: String, id: String, title: String, csv: String) async throws -> FrameworkRecord {
        guard !id.isEmpty, !title.isEmpty else { throw ServiceError(.invalidInput, "a CSV framework needs an id and a title") }
        try checkSize(csv)
        let urls = try await PublicURLs.load(from: environment.store)
        let base = urls.framework(organizationID: organizationID, id: id) + "/items/"
        let framework = try ServiceError.awarding { () throws(AwardingError) in
            try CSVFrameworkImporter(baseURI: base).importFramework(csv: csv, id: id, title: title)
        }
        return try await store(framework, source: "csv", organizationID: organizationID)
    }

    /// Imports a 1EdTech CASE `CFPackage` (CFDocument, CFItems, CFAssociations). The framework's id is
    /// the CFDocument identifier; item URIs are the package's own.
    public func importCASE(organizationID: String, package text: String) async throws -> FrameworkRecord {
        try checkSize(text)
        let framework = try ServiceError.awarding { () throws(AwardingError) in try CASEPackageImporter().importPackage(text: text) }
        return try await store(framework, source: "case", organizationID: organizationID)
    }

    func checkSize(_ text: String) throws {
        guard text.utf8.count <= Self.maximumFileSize else {
            throw ServiceError(.tooLarge, "the framework file is \(text.utf8.count) bytes; the limit is \(Self.maximumFileSize)")
        }
    }

    func store(_ framework: SkillsFramework, source: String, organizationID: String) async throws -> FrameworkRecord {
        let record = FrameworkRecord(id: framework.id, organizationID: organizationID, title: framework.title, source: source,
                                     document: framework.document, createdAt: environment.now())
        do {
            try await environment.store.createFramework(record)
        } catch let e as StorageError where e.code == .duplicate {
            throw ServiceError(.conflict, "this organization already has a framework with id \(framework.id)")
        }
        environment.logger.info("imported skills framework", metadata: ["framework": .string(framework.id), "items": .stringConvertible(framework.items.count)])
        return record
    }

    public func framework(id: String, organizationID: String) async throws -> SkillsFramework {
        let record: FrameworkRecord
        do {
            record = try await environment.store.framework(id: id, organizationID: organizationID)
        } catch let e as StorageError where e.code == .notFound {
            throw ServiceError(.notFound, "no skills framework \(id) in this organization")
        }
        return try SkillsFramework(document: record.document)
    }

    /// The OB 3.0 alignment to an item of a stored framework, named by its id or code.
    public func alignment(organizationID: String, frameworkID: String, item: String) async throws -> Alignment {
        let framework = try await framework(id: frameworkID, organizationID: organizationID)
        guard let found = framework.item(item) ?? framework.item(code: item) else {
            throw ServiceError(.notFound, "framework \(frameworkID) has no item with id or code \(item)")
        }
        return framework.alignment(to: found)
    }

    /// What covers one skill: the item, and the organization's achievements aligned to it (or, with
    /// `includingNarrower`, to an item below it). Only the latest version of each achievement is listed.
    public func coverage(organizationID: String, frameworkID: String, item: String, includingNarrower: Bool = false)
        async throws -> (item: FrameworkItem, achievements: [AchievementRecord])
    {
        let framework = try await framework(id: frameworkID, organizationID: organizationID)
        guard let found = framework.item(item) ?? framework.item(code: item) else {
            throw ServiceError(.notFound, "framework \(frameworkID) has no item with id or code \(item)")
        }
        let records = try await environment.store.achievements(organizationID: organizationID)
        let replaced = Set(records.compactMap(\.previousVersionID))
        let latest = records.filter { !replaced.contains($0.id) }
        var designs: [AchievementDesign] = []
        for r in latest { if let d = try r.design() { designs.append(d) } }
        let index = SkillCoverageIndex(framework: framework, designs: designs)
        let ids = index.achievements(covering: found.id, includingDescendants: includingNarrower)
        return (found, latest.filter { ids.contains($0.id) })
    }
}
