/// The values of one property of a ``NodeMapNode``, in the order they were added.
///
/// Node references and value objects are added only when no equal item is present ("compare ... against
/// every item in the array ... If there is no match, add"); list objects are always appended. Most
/// properties have one value, kept inline; past a few items a hash set answers the comparison, so a
/// property with many values stays linear.
struct NodeMapValues {
    /// The property IRI (or blank node identifier).
    let property: String
    private var first: NodeMapItem?
    private var rest: [NodeMapItem] = []
    private var seen: Set<NodeMapItem>?
    private static let linearLimit = 12

    init(property: String) { self.property = property }

    var count: Int { first == nil ? 0 : 1 + rest.count }

    /// The item at `position` (`0..<count`).
    subscript(position: Int) -> NodeMapItem { position == 0 ? first! : rest[position - 1] }

    private func contains(_ item: NodeMapItem) -> Bool {
        if let seen { return seen.contains(item) }
        return first == item || rest.contains(item)
    }

    /// Appends `item` unless an equal item is already present.
    /// - Returns: whether it was added.
    @discardableResult
    mutating func addUnique(_ item: NodeMapItem) -> Bool {
        if contains(item) { return false }
        append(item)
        return true
    }

    /// Appends `item` without comparing.
    mutating func append(_ item: NodeMapItem) {
        if first == nil {
            first = item
            return
        }
        rest.append(item)
        if seen != nil {
            seen!.insert(item)
        } else if rest.count >= Self.linearLimit {
            var all = Set(rest)
            all.insert(first!)
            seen = all
        }
    }
}
