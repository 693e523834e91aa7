import Foundation

/// A file submitted as evidence, stored once per organization under the SHA-256 of its bytes.
public struct EvidenceFileRecord: Sendable, Hashable {
    public var organizationID: String
    /// Lowercase hex SHA-256 of ``content``; with the organization, the key.
    public var sha256: String
    public var mediaType: String
    /// The file name it was first submitted with.
    public var name: String
    /// ``content``'s length in bytes.
    public var size: Int
    public var content: [UInt8]
    public var createdAt: Date

    public init(organizationID: String, sha256: String, mediaType: String, name: String, content: [UInt8], createdAt: Date) {
        self.organizationID = organizationID
        self.sha256 = sha256
        self.mediaType = mediaType
        self.name = name
        self.size = content.count
        self.content = content
        self.createdAt = createdAt
    }
}
