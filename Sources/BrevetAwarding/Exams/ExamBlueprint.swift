/// An exam blueprint: the domains with their weights and the pass mark of the weighted total.
///
/// Construction validates: at least one domain, unique ids, positive finite weights, a pass mark and
/// domain floors within 0...100 (a mark above 100 is ``AwardingError/Code/unreachablePassMark``).
public struct ExamBlueprint: Sendable, Hashable {
    public let id: String
    public let name: String
    public let domains: [ExamDomain]
    /// The weighted percent needed to pass (inclusive).
    public let passMark: Double

    public init(id: String, name: String, domains: [ExamDomain], passMark: Double) throws(AwardingError) {
        self.id = id
        self.name = name
        self.domains = domains
        self.passMark = passMark
        try validate()
    }

    /// The domain with this id.
    public func domain(_ id: String) -> ExamDomain? { domains.first { $0.id == id } }

    private func validate() throws(AwardingError) {
        guard !id.isEmpty, !name.isEmpty else { throw AwardingError(.invalidBlueprint, "a blueprint needs an id and a name") }
        guard !domains.isEmpty else { throw AwardingError(.invalidBlueprint, "blueprint \"\(id)\" has no domains") }
        var seen = Set<String>()
        for d in domains {
            let at = "domain \"\(d.id)\""
            guard seen.insert(d.id).inserted else {
                throw AwardingError(.invalidBlueprint, "two domains share the id \"\(d.id)\"", location: at)
            }
            guard d.weight.isFinite, d.weight > 0 else {
                throw AwardingError(.invalidBlueprint, "the weight must be a positive number", location: at)
            }
            if let m = d.minimumPercent {
                guard m.isFinite, m >= 0 else { throw AwardingError(.invalidBlueprint, "the floor must be 0 or more", location: at) }
                guard m <= 100 else {
                    throw AwardingError(.unreachablePassMark, "the floor \(format(m))% is above 100%", location: at)
                }
            }
        }
        guard passMark.isFinite, passMark >= 0 else { throw AwardingError(.invalidBlueprint, "the pass mark must be 0 or more") }
        guard passMark <= 100 else {
            throw AwardingError(.unreachablePassMark, "blueprint \"\(id)\" needs \(format(passMark))% but 100% is the most")
        }
    }
}
