/// One node of a skills framework: a skill, competency or standard, with its place in the hierarchy.
public struct FrameworkItem: Sendable, Hashable {
    /// Identifier, unique within the framework (a CASE `identifier` UUID or a CSV `id`).
    public var id: String
    /// Human code, for example `CCSS.Math.Content.6.RP.A.1` (CASE `humanCodingScheme`).
    public var code: String?
    public var name: String
    public var description: String?
    /// The parent item's id; nil for a top-level item.
    public var parentId: String?
    /// The item's URI, used as the OB 3.0 `targetUrl` of alignments to it.
    public var uri: String
    /// Position among its siblings (CASE `sequenceNumber` of the `isChildOf` association); siblings
    /// without one follow those with one, in the order given.
    public var sequenceNumber: Int?

    public init(id: String, code: String? = nil, name: String, description: String? = nil, parentId: String? = nil, uri: String,
                sequenceNumber: Int? = nil) {
        self.id = id
        self.code = code
        self.name = name
        self.description = description
        self.parentId = parentId
        self.uri = uri
        self.sequenceNumber = sequenceNumber
    }
}
