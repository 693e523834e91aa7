/// An assessor's scoring of evidence against a rubric: one level per criterion.
public struct RubricScore: Sendable, Hashable {
    /// The level awarded for one criterion, with the assessor's comment.
    public struct Entry: Sendable, Hashable {
        public var criterionId: String
        public var levelId: String
        public var comment: String?

        public init(criterionId: String, levelId: String, comment: String? = nil) {
            self.criterionId = criterionId
            self.levelId = levelId
            self.comment = comment
        }
    }

    public var rubricId: String
    public var entries: [Entry]

    public init(rubricId: String, entries: [Entry]) {
        self.rubricId = rubricId
        self.entries = entries
    }

    /// Shorthand: `[criterionId: levelId]` pairs, in the given order.
    public init(rubricId: String, levels: KeyValuePairs<String, String>) {
        self.init(rubricId: rubricId, entries: levels.map { Entry(criterionId: $0.key, levelId: $0.value) })
    }
}
