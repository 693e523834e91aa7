import BrevetJSON
import Foundation

/// A skills framework an organization imported (from CSV or a 1EdTech CASE package), kept as one
/// document: its items, codes, hierarchy and URIs.
public struct FrameworkRecord: Sendable, Hashable {
    /// The framework's id (the CASE `CFDocument.identifier`, or the id given on CSV import);
    /// unique within the organization.
    public var id: String
    public var organizationID: String
    public var title: String
    /// Where it came from: `csv` or `case`.
    public var source: String
    /// The framework with all its items, as the services write it.
    public var document: JSONValue
    public var createdAt: Date

    public init(id: String, organizationID: String, title: String, source: String, document: JSONValue, createdAt: Date) {
        self.id = id
        self.organizationID = organizationID
        self.title = title
        self.source = source
        self.document = document
        self.createdAt = createdAt
    }
}
