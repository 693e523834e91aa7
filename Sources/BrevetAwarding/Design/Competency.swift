/// One competency of an achievement's criteria: a statement of what the learner can do, optionally
/// aligned to skills-framework items.
public struct Competency: Sendable, Hashable {
    public var id: String
    /// What the learner demonstrates, for example "Configures TLS on a reverse proxy".
    public var statement: String
    public var alignment: [Alignment]

    public init(id: String, statement: String, alignment: [Alignment] = []) {
        self.id = id
        self.statement = statement
        self.alignment = alignment
    }
}
