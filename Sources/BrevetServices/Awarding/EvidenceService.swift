import BrevetAwarding
import BrevetCore
import BrevetJSON
import BrevetStorage
import Crypto
import Foundation

/// Takes evidence a learner submits for an achievement: files (stored once per organization under
/// their SHA-256, each at most ``maximumFileSize``), links and text.
public struct EvidenceService: Sendable {
    public let environment: ServiceEnvironment
    /// The largest evidence file accepted, in bytes.
    public var maximumFileSize: Int

    public static let defaultMaximumFileSize = 10 << 20

    public init(environment: ServiceEnvironment, maximumFileSize: Int = EvidenceService.defaultMaximumFileSize) {
        self.environment = environment
        self.maximumFileSize = maximumFileSize
    }

    /// One submitted file.
    public struct Upload: Sendable, Hashable {
        public var name: String
        public var mediaType: String
        public var content: [UInt8]
        public init(name: String, mediaType: String, content: [UInt8]) {
            self.name = name
            self.mediaType = mediaType
            self.content = content
        }
    }

    /// Stores the files and the submission together; on any error nothing is stored.
    public func submit(organizationID: String, achievementID: String, learner: CredentialRecipient, text: String?,
                       links: [String], files: [Upload]) async throws -> SubmissionRecord {
        let achievement = try await AchievementService(environment: environment).achievement(id: achievementID, organizationID: organizationID)
        let design = try achievement.requireDesign()
        guard design.rubric != nil || design.exam != nil else {
            throw ServiceError(.invalidInput, "\(achievementID) has neither a rubric nor an exam: there is nothing to assess evidence against")
        }
        let text = text.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
        guard text != nil || !links.isEmpty || !files.isEmpty else {
            throw ServiceError(.invalidInput, "a submission needs evidence: text, at least one link, or at least one file")
        }
        for link in links {
            guard let url = URL(string: link), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme), url.host != nil else {
                throw ServiceError(.invalidInput, "evidence link \"\(link)\" is not an absolute http(s) URL")
            }
        }
        for file in files {
            guard file.content.count <= maximumFileSize else {
                throw ServiceError(.tooLarge, "evidence file \"\(file.name)\" is \(file.content.count) bytes; the limit is \(maximumFileSize) bytes")
            }
            guard !file.content.isEmpty else { throw ServiceError(.invalidInput, "evidence file \"\(file.name)\" is empty") }
        }
        let urls = try await PublicURLs.load(from: environment.store)
        let now = environment.now()
        let stored = files.map { f in
            EvidenceFileRecord(organizationID: organizationID, sha256: Base16.encode(Array(SHA256.hash(data: f.content))),
                               mediaType: f.mediaType.isEmpty ? "application/octet-stream" : f.mediaType,
                               name: f.name.isEmpty ? "evidence" : f.name, content: f.content, createdAt: now)
        }
        var document: JSONObject = [:]
        if let text { document["text"] = .string(text) }
        if !links.isEmpty { document["links"] = .array(links.map { .string($0) }) }
        if !stored.isEmpty {
            document["files"] = .array(stored.map { f -> JSONValue in
                ["sha256": .string(f.sha256), "name": .string(f.name), "mediaType": .string(f.mediaType),
                 "size": .number(JSONNumber(f.size)), "url": .string(urls.evidenceFile(organizationID: organizationID, sha256: f.sha256))]
            })
        }
        let submission = SubmissionRecord(id: urls.submission(environment.newIdentifier()), organizationID: organizationID,
                                          achievementID: achievementID, learner: learner.identifier,
                                          document: .object(document), submittedAt: now)
        try await environment.store.withTransaction { tx in
            for f in stored { _ = try await tx.putEvidenceFile(f) }
            try await tx.createSubmission(submission)
        }
        environment.logger.info("evidence submitted", metadata: ["submission": .string(submission.id), "files": .stringConvertible(stored.count)])
        return submission
    }

    public func submission(id: String, organizationID: String) async throws -> SubmissionRecord {
        do {
            return try await environment.store.submission(id: id, organizationID: organizationID)
        } catch let e as StorageError where e.code == .notFound {
            throw ServiceError(.notFound, "no submission \(id) in this organization")
        }
    }

    /// The OB 3.0 `Evidence` entries of a submission: each file (its URL, name and hash), each link, and the text.
    public static func evidenceItems(of submission: SubmissionRecord) -> [EvidenceItem] {
        var out: [EvidenceItem] = []
        for f in submission.document["files"]?.arrayValue ?? [] {
            out.append(EvidenceItem(id: f["url"]?.stringValue, name: f["name"]?.stringValue,
                                    description: "File, SHA-256 \(f["sha256"]?.stringValue ?? "?"), \(f["mediaType"]?.stringValue ?? "?")",
                                    genre: "File"))
        }
        for l in submission.document["links"]?.arrayValue ?? [] {
            out.append(EvidenceItem(id: l.stringValue, name: "Linked work", genre: "Link"))
        }
        if let text = submission.document["text"]?.stringValue {
            out.append(EvidenceItem(name: "Learner's statement", narrative: text, genre: "Statement"))
        }
        return out
    }
}
