/// One node of a ``NodeMap``: its identifier, types, index and property values.
struct NodeMapNode {
    /// The IRI or blank node identifier (`_:b0`) of the node.
    let id: String
    /// `@type` values in first-seen order, without duplicates (see ``addType(_:)``).
    private(set) var types: [String] = []
    private var typeSet: Set<String>?
    /// The node's `@index`, if any.
    var index: String?
    /// Properties in first-seen order. Nodes have a handful, so they are found by a scan; past
    /// ``indexThreshold`` a dictionary takes over, to keep a node with very many properties linear.
    private(set) var properties: [NodeMapValues] = []
    private var propertyIndex: [String: Int]?
    private static let indexThreshold = 24

    init(id: String) { self.id = id }

    /// Adds `type` unless the node has it; returns whether it was added. A set takes over from the
    /// scan once a node has many types, so hostile input stays linear.
    mutating func addType(_ type: String) -> Bool {
        if typeSet != nil {
            guard typeSet!.insert(type).inserted else { return false }
        } else {
            if types.contains(type) { return false }
            if types.count >= Self.indexThreshold { typeSet = Set(types + [type]) }
        }
        types.append(type)
        return true
    }

    /// Creates an empty entry for `property` unless there is one.
    mutating func addProperty(_ property: String) { _ = position(of: property) }

    /// Adds `item` to `property` unless an equal item is there; returns whether it was added.
    @discardableResult
    mutating func addUnique(_ item: NodeMapItem, to property: String) -> Bool {
        let i = position(of: property)
        return properties[i].addUnique(item)
    }

    /// Makes room for `count` more properties.
    mutating func reserveProperties(_ count: Int) { properties.reserveCapacity(properties.count + count) }

    /// Appends `item` to `property` (list objects are never merged).
    mutating func append(_ item: NodeMapItem, to property: String) {
        let i = position(of: property)
        properties[i].append(item)
    }

    private mutating func position(of property: String) -> Int {
        if let propertyIndex {
            if let i = propertyIndex[property] { return i }
        } else {
            for i in properties.indices where properties[i].property == property { return i }
        }
        properties.append(NodeMapValues(property: property))
        let i = properties.count - 1
        if propertyIndex != nil {
            propertyIndex![property] = i
        } else if properties.count > Self.indexThreshold {
            propertyIndex = Dictionary(uniqueKeysWithValues: properties.indices.map { (properties[$0].property, $0) })
        }
        return i
    }
}
