import BrevetCore
import BrevetJSON
import BrevetJSONLD
import Crypto
import Foundation
import Synchronization

/// The data directory's store of pinned JSON-LD contexts: `DATA/contexts/<sha256>.jsonld`, one file
/// per pinned document, named by its digest.
///
/// As a `DocumentLoader` it serves only pinned URLs, only from disk, and only documents whose bytes
/// still match the pin; it never fetches. Parsed documents stay in memory, and the JSON-LD processor
/// caches their processed form, so verifying does not re-read or re-process contexts.
public final class ContextStore: DocumentLoader {
    public let directory: URL
    let parsed = Mutex<[String: JSONValue]>([:])

    public init(directory: URL) { self.directory = directory }

    func file(for pin: PinnedContext) -> URL { directory.appendingPathComponent(pin.sha256 + ".jsonld") }

    /// The pinned contexts that are present (and intact) in the store.
    public var available: [PinnedContext] {
        PinnedContexts.all.filter { FileManager.default.fileExists(atPath: file(for: $0).path) }
    }

    /// Whether the contexts Brevet's own credentials use (VC 2.0 and OB 3.0.3) are present.
    public var hasIssuingContexts: Bool {
        [CredentialContexts.credentialsV2, CredentialContexts.openBadgesV3, CredentialContexts.undefinedTermsV2].allSatisfy { url in
            PinnedContexts.entry(for: url).map { FileManager.default.fileExists(atPath: file(for: $0).path) } ?? false
        }
    }

    public func loadDocument(_ url: String) throws(JSONLDError) -> RemoteDocument {
        if let cached = parsed.withLock({ $0[url] }) {
            return RemoteDocument(documentURL: url, document: cached, contentType: "application/ld+json")
        }
        guard let pin = PinnedContexts.entry(for: url) else {
            throw JSONLDError(.loadingRemoteContextFailed,
                              "the context \(url) is not one Brevet accepts: contexts are pinned by digest and never fetched while verifying (see 'brevet contexts list')")
        }
        guard let bytes = FileManager.default.contents(atPath: file(for: pin).path) else {
            throw JSONLDError(.loadingRemoteContextFailed,
                              "the context \(url) is not in the context store \(directory.path); run 'brevet contexts sync --data DIR' (or '--from FOLDER') to fill it")
        }
        guard Self.digest(Array(bytes)) == pin.sha256 else {
            throw JSONLDError(.loadingRemoteContextFailed,
                              "the stored copy of \(url) does not match its pinned SHA-256 \(pin.sha256); run 'brevet contexts sync' again")
        }
        let document: JSONValue
        do { document = try JSONParser().parse(bytes) } catch {
            throw JSONLDError(.loadingRemoteContextFailed, "the stored context \(url) is not JSON: \(error)")
        }
        parsed.withLock { $0[url] = document }
        return RemoteDocument(documentURL: url, document: document, contentType: "application/ld+json")
    }

    static func digest(_ bytes: [UInt8]) -> String { Base16.encode(Array(SHA256.hash(data: bytes))) }

    /// What happened to one pinned context during a sync.
    public struct SyncResult: Sendable {
        public enum Outcome: String, Sendable { case stored, alreadyPresent = "already present", digestMismatch = "digest mismatch", missing }
        public let url: String
        public let outcome: Outcome
        public let detail: String
    }

    /// Stores a candidate document for a pinned URL when its bytes match the pin.
    func offer(_ bytes: [UInt8], for pin: PinnedContext) throws -> SyncResult {
        let target = file(for: pin)
        if FileManager.default.fileExists(atPath: target.path) {
            return SyncResult(url: pin.url, outcome: .alreadyPresent, detail: "")
        }
        let found = Self.digest(bytes)
        guard found == pin.sha256 else {
            return SyncResult(url: pin.url, outcome: .digestMismatch, detail: "got SHA-256 \(found), pinned \(pin.sha256)")
        }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data(bytes).write(to: target, options: .atomic)
        return SyncResult(url: pin.url, outcome: .stored, detail: "")
    }

    /// Fills the store from a folder: its `url-map.json` (URL → file name) when present, otherwise
    /// any file whose digest matches a pin.
    public func sync(fromFolder folder: URL) throws -> [SyncResult] {
        let fm = FileManager.default
        var byURL: [String: URL] = [:]
        let mapURL = folder.appendingPathComponent("url-map.json")
        if let data = fm.contents(atPath: mapURL.path), let map = try? JSONValue(parsing: data).objectValue {
            for m in map { if let name = m.value.stringValue { byURL[m.key] = folder.appendingPathComponent(name) } }
        } else {
            let files = (try? fm.contentsOfDirectory(atPath: folder.path)) ?? []
            var byDigest: [String: URL] = [:]
            for name in files {
                let u = folder.appendingPathComponent(name)
                if let d = fm.contents(atPath: u.path) { byDigest[Self.digest(Array(d))] = u }
            }
            for pin in PinnedContexts.all { byURL[pin.url] = byDigest[pin.sha256] }
        }
        return try PinnedContexts.all.map { pin in
            guard let source = byURL[pin.url], let bytes = fm.contents(atPath: source.path) else {
                if fm.fileExists(atPath: file(for: pin).path) { return SyncResult(url: pin.url, outcome: .alreadyPresent, detail: "") }
                return SyncResult(url: pin.url, outcome: .missing, detail: "not in \(folder.path)")
            }
            return try offer(Array(bytes), for: pin)
        }
    }

    /// Fills the store from the web, checking every document against its pin.
    public func sync(from resources: any VerificationResources) async -> [SyncResult] {
        var results: [SyncResult] = []
        for pin in PinnedContexts.all {
            if FileManager.default.fileExists(atPath: file(for: pin).path) {
                results.append(SyncResult(url: pin.url, outcome: .alreadyPresent, detail: ""))
                continue
            }
            do {
                results.append(try offer(try await resources.fetch(pin.url), for: pin))
            } catch {
                results.append(SyncResult(url: pin.url, outcome: .missing, detail: "\(error)"))
            }
        }
        return results
    }
}
