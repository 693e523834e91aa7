import BrevetJSON

extension NodeMap {
    /// The `active subject` of [§7.2](https://www.w3.org/TR/json-ld11-api/#node-map-generation): none,
    /// a node whose property is being filled (by position in the active graph), or — "passing a map for
    /// active subject indicates to the algorithm that a reverse property relationship is being
    /// processed" — the identifier of the node that a reverse property points back to.
    enum ActiveSubject {
        case none
        case node(Int)
        case reverse(String)
    }

    /// Builds the node map of an expanded document.
    ///
    /// [JSON-LD 1.1 API §7.2 Node Map Generation](https://www.w3.org/TR/json-ld11-api/#node-map-generation),
    /// started with `@default` as active graph and no active subject, property or list. With `ordered`
    /// false, the entries of a node object are taken in the order expansion gave them instead of
    /// "ordered by property": the map holds the same nodes and values, with other blank node labels.
    /// - Throws: ``JSONLDError/Code/conflictingIndexes`` when two node objects with the same `@id`
    ///   carry different `@index` values.
    init(expanded: [JSONValue], ordered: Bool = true, identifiers: inout BlankNodeIdentifierGenerator)
        throws(JSONLDError)
    {
        self.init()
        self.ordered = ordered
        var noList: [NodeMapItem]? = nil
        for element in expanded {
            try generate(element, activeGraph: 0, activeSubject: .none, activeProperty: nil, list: &noList, identifiers: &identifiers)
        }
    }

    /// One invocation of the Node Map Generation algorithm; `activeGraph` is a position in ``graphs``.
    ///
    /// `list` is non-nil while the items of a list object are collected; values then go to it instead
    /// of to the active subject's property.
    mutating func generate(
        _ element: JSONValue, activeGraph: Int, activeSubject: ActiveSubject, activeProperty: String?,
        list: inout [NodeMapItem]?, identifiers: inout BlankNodeIdentifierGenerator
    ) throws(JSONLDError) {
        // 1. An array: process each item with the same arguments.
        if case .array(let items) = element {
            for item in items {
                try generate(
                    item, activeGraph: activeGraph, activeSubject: activeSubject, activeProperty: activeProperty,
                    list: &list, identifiers: &identifiers)
            }
            return
        }
        // Expanded form holds only maps below an array; anything else carries no statement.
        guard case .object(let object) = element else { return }
        let parts = ElementParts(object, ordered: ordered)

        // 4. A value object: its datatype may be a blank node identifier, relabelled like any other.
        if parts.isValue {
            var value = object
            if let datatype = parts.type?.stringValue, Self.isBlankNode(datatype) {
                value["@type"] = .string(identifiers.generate(for: datatype))
            }
            let item = NodeMapItem.value(value)
            if list != nil {
                list!.append(item)
            } else if case .node(let subject) = activeSubject, let activeProperty,
                self[activeGraph, subject].addUnique(item, to: activeProperty)
            {
                countStatement()
            }
            return
        }

        // 5. A list object: collect its items, then add the list as one value (never merged).
        if let listValue = parts.list {
            var result: [NodeMapItem]? = []
            try generate(
                listValue, activeGraph: activeGraph, activeSubject: activeSubject, activeProperty: activeProperty,
                list: &result, identifiers: &identifiers)
            let item = NodeMapItem.list(result!)
            if list != nil {
                list!.append(item)
            } else if case .node(let subject) = activeSubject, let activeProperty {
                self[activeGraph, subject].append(item, to: activeProperty)
                countStatement()
            }
            return
        }

        // 6. A node object. 3. Its blank node types are relabelled first, as the algorithm orders it.
        var types: [String] = []
        if let typeValue = parts.type {
            for t in typeValue.asArray {
                guard let t = t.stringValue else { continue }
                types.append(Self.isBlankNode(t) ? identifiers.generate(for: t) : t)
            }
        }
        // 6.1–6.2 Its identifier: the input's (blank ones relabelled) or a new blank node. Expansion
        // leaves `"@id": null` where an identifier expanded to nothing (a keyword-like string): such a
        // node is kept under ``nullIdentifier``, which is not well-formed, so RDF conversion drops its
        // statements as the algorithm drops those of any other ill-formed identifier.
        let id: String
        if let given = parts.id {
            if let given = given.stringValue {
                id = Self.isBlankNode(given) ? identifiers.generate(for: given) : given
            } else {
                id = Self.nullIdentifier
            }
        } else {
            id = identifiers.generate(for: nil)
        }
        // 6.3 Create the node.
        let node = self.node(id, in: activeGraph)

        switch activeSubject {
        case .reverse(let referencing):
            // 6.5 A reverse property: this node points to the referencing node.
            if let activeProperty, self[activeGraph, node].addUnique(.reference(referencing), to: activeProperty) {
                countStatement()
            }
        case .node(let subject):
            // 6.6 A reference to this node goes to the list, or to the subject's property.
            guard let activeProperty else { break }
            if list != nil {
                list!.append(.reference(id))
            } else if self[activeGraph, subject].addUnique(.reference(id), to: activeProperty) {
                countStatement()
            }
        case .none:
            break
        }

        // 6.7 Types, without duplicates.
        for t in types where self[activeGraph, node].addType(t) { countStatement() }
        // 6.8 "If node has already an @index entry with a different value, a conflicting indexes error
        // has been detected and processing is aborted."
        if let index = parts.index?.stringValue {
            if let existing = self[activeGraph, node].index, existing != index {
                throw JSONLDError(
                    .conflictingIndexes, "node \(id) has two different @index values, \"\(existing)\" and \"\(index)\"")
            }
            self[activeGraph, node].index = index
        }
        // 6.9 Reverse properties: each value is processed with this node as the referenced node.
        if case .object(let reverseMap)? = parts.reverse {
            for (property, values) in reverseMap {
                var noList: [NodeMapItem]? = nil
                for value in values.asArray {
                    try generate(
                        value, activeGraph: activeGraph, activeSubject: .reverse(id), activeProperty: property,
                        list: &noList, identifiers: &identifiers)
                }
            }
        }
        // 6.10 A named graph, named by this node.
        if let graph = parts.graph {
            var noList: [NodeMapItem]? = nil
            let named = self.graph(named: id)
            try generate(graph, activeGraph: named, activeSubject: .none, activeProperty: nil, list: &noList, identifiers: &identifiers)
        }
        // 6.11 Included nodes belong to the active graph.
        if let included = parts.included {
            var noList: [NodeMapItem]? = nil
            try generate(
                included, activeGraph: activeGraph, activeSubject: .none, activeProperty: nil, list: &noList,
                identifiers: &identifiers)
        }
        // 6.12 The remaining entries, "ordered by property".
        guard parts.propertyCount > 0 else { return }
        self[activeGraph, node].reserveProperties(parts.propertyCount)
        for i in parts.propertyOrder(sorted: ordered) {
            let member = parts.members[i]
            let property = Self.isBlankNode(member.key) ? identifiers.generate(for: member.key) : member.key
            self[activeGraph, node].addProperty(property)
            var noList: [NodeMapItem]? = nil
            try generate(
                member.value, activeGraph: activeGraph, activeSubject: .node(node), activeProperty: property,
                list: &noList, identifiers: &identifiers)
        }
    }
}

/// The keyword entries of an expanded map, found in one pass over its members (kept as positions,
/// so that reading the parts copies no value until one is used).
private struct ElementParts {
    private var idAt = -1, typeAt = -1, indexAt = -1, reverseAt = -1, graphAt = -1, includedAt = -1, listAt = -1
    private(set) var isValue = false
    /// All members; those whose key does not start with `@` are the node's properties.
    let members: [JSONObject.Member]
    private(set) var propertyCount = 0
    private var propertiesInOrder = true

    /// `ordered`: whether ``propertyOrder(sorted:)`` will be asked for code point order (only then
    /// is the order of the properties checked).
    init(_ object: JSONObject, ordered: Bool) {
        members = object.members
        var previous: String?
        for position in members.indices {
            let key = members[position].key
            var bytes = key.utf8.makeIterator()
            guard bytes.next() == UInt8(ascii: "@") else {
                propertyCount += 1
                if ordered {
                    if let previous, propertiesInOrder, !NodeMap.precedes(previous, key) { propertiesInOrder = false }
                    previous = key
                }
                continue
            }
            // Told apart by their second letter, then confirmed: one comparison per keyword entry.
            switch bytes.next() ?? 0 {
            case UInt8(ascii: "i"):
                if key == "@id" { idAt = position } else if key == "@index" { indexAt = position }
                else if key == "@included" { includedAt = position }
            case UInt8(ascii: "t"): if key == "@type" { typeAt = position }
            case UInt8(ascii: "r"): if key == "@reverse" { reverseAt = position }
            case UInt8(ascii: "g"): if key == "@graph" { graphAt = position }
            case UInt8(ascii: "l"): if key == "@list" { listAt = position }
            case UInt8(ascii: "v"): if key == "@value" { isValue = true }
            default: break  // @language, @direction, ... belong to value objects; others carry no statement
            }
        }
    }

    /// The value at `position`; none for -1. (`JSONValue` is `ExpressibleByNilLiteral`, so a bare
    /// `nil` here could become `.null`: the absence is spelled out.)
    private func value(at position: Int) -> JSONValue? {
        guard position >= 0 else { return Optional<JSONValue>.none }
        return members[position].value
    }
    var id: JSONValue? { value(at: idAt) }
    var type: JSONValue? { value(at: typeAt) }
    var index: JSONValue? { value(at: indexAt) }
    var reverse: JSONValue? { value(at: reverseAt) }
    var graph: JSONValue? { value(at: graphAt) }
    var included: JSONValue? { value(at: includedAt) }
    var list: JSONValue? { value(at: listAt) }

    /// Positions in ``members`` of the properties: in code point order of their names when `sorted`,
    /// else as they come.
    func propertyOrder(sorted: Bool) -> [Int] {
        var order: [Int] = []
        order.reserveCapacity(propertyCount)
        for i in members.indices where members[i].key.utf8.first != UInt8(ascii: "@") { order.append(i) }
        if sorted, !propertiesInOrder { order.sort { NodeMap.precedes(members[$0].key, members[$1].key) } }
        return order
    }
}
