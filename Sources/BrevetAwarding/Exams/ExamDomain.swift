/// One domain of an exam blueprint (a block of the body of knowledge) with its weight in the total.
public struct ExamDomain: Sendable, Hashable {
    public var id: String
    public var name: String
    /// Relative weight; weights need not sum to 1 or 100, each domain counts `weight / Σ weights`.
    public var weight: Double
    /// A floor for this domain in percent (0...100), when a strong total must not hide a weak domain.
    public var minimumPercent: Double?

    public init(id: String, name: String, weight: Double, minimumPercent: Double? = nil) {
        self.id = id
        self.name = name
        self.weight = weight
        self.minimumPercent = minimumPercent
    }
}
