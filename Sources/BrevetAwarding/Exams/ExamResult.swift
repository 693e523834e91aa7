/// A learner's exam result: the percent scored in each domain of a blueprint.
public struct ExamResult: Sendable, Hashable {
    public struct DomainScore: Sendable, Hashable {
        public var domainId: String
        /// Percent correct in this domain, 0...100.
        public var percent: Double

        public init(domainId: String, percent: Double) {
            self.domainId = domainId
            self.percent = percent
        }
    }

    public var blueprintId: String
    public var scores: [DomainScore]

    public init(blueprintId: String, scores: [DomainScore]) {
        self.blueprintId = blueprintId
        self.scores = scores
    }

    /// Shorthand: `[domainId: percent]` pairs.
    public init(blueprintId: String, percents: KeyValuePairs<String, Double>) {
        self.init(blueprintId: blueprintId, scores: percents.map { DomainScore(domainId: $0.key, percent: $0.value) })
    }
}
