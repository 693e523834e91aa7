import BrevetJSON

extension NodeMap {
    /// The `active subject` of [§7.2](https://www.w3.org/TR/json-ld11-api/#node-map-generation): none,
    /// a node whose property is being filled, or — "passing a map for active subject indicates to the
    /// algorithm that a reverse property relationship is being processed" — the node that a reverse
    /// property points back to.
    enum ActiveSubject {
        case none
        case node(String)
        case reverse(String)
    }

    /// Builds the node map of an expanded document.
    ///
    /// [JSON-LD 1.1 API §7.2 Node Map Generation](https://www.w3.org/TR/json-ld11-api/#node-map-generation),
    /// started with `@default` as active graph and no active subject, property or list.
    /// - Throws: ``JSONLDError/Code/conflictingIndexes`` when two node objects with the same `@id`
    ///   carry different `@index` values.
    init(expanded: [JSONValue], identifiers: inout BlankNodeIdentifierGenerator) throws(JSONLDError) {
        self.init()
        var noList: [NodeMapItem]? = nil
        for element in expanded {
            try generate(
                element, activeGraph: Self.defaultGraph, activeSubject: .none, activeProperty: nil,
                list: &noList, identifiers: &identifiers)
        }
    }

    /// One invocation of the Node Map Generation algorithm.
    ///
    /// `list` is non-nil while the items of a list object are collected; values then go to it instead
    /// of to the active subject's property.
    mutating func generate(
        _ element: JSONValue, activeGraph: String, activeSubject: ActiveSubject, activeProperty: String?,
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
        let parts = ElementParts(object)
        // 2. The active graph exists from here on.
        if graphs[activeGraph] == nil { graphs[activeGraph] = NodeMapGraph() }

        // 4. A value object: its datatype may be a blank node identifier, relabelled like any other.
        if parts.isValue {
            var value = object
            if let datatype = parts.type?.stringValue, IRI.isBlankNode(datatype) {
                value["@type"] = .string(identifiers.generate(for: datatype))
            }
            let item = NodeMapItem.value(value)
            if list != nil {
                list!.append(item)
            } else if case .node(let subject) = activeSubject, let activeProperty {
                graphs[activeGraph]!.nodes[subject]!.properties[activeProperty, default: NodeMapValues()].addUnique(item)
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
                graphs[activeGraph]!.nodes[subject]!.properties[activeProperty, default: NodeMapValues()].append(item)
            }
            return
        }

        // 6. A node object. 3. Its blank node types are relabelled first, as the algorithm orders it.
        var types: [String] = []
        if let typeValue = parts.type {
            for t in typeValue.asArray {
                guard let t = t.stringValue else { continue }
                types.append(IRI.isBlankNode(t) ? identifiers.generate(for: t) : t)
            }
        }
        // 6.1–6.2 Its identifier: the input's (blank ones relabelled) or a new blank node.
        let id: String
        if let given = parts.id?.stringValue {
            id = IRI.isBlankNode(given) ? identifiers.generate(for: given) : given
        } else {
            id = identifiers.generate(for: nil)
        }
        // 6.3 Create the node.
        if graphs[activeGraph]!.nodes[id] == nil { graphs[activeGraph]!.nodes[id] = NodeMapNode(id: id) }

        switch activeSubject {
        case .reverse(let referencing):
            // 6.5 A reverse property: this node points to the referencing node.
            if let activeProperty {
                graphs[activeGraph]!.nodes[id]!.properties[activeProperty, default: NodeMapValues()]
                    .addUnique(.reference(referencing))
            }
        case .node(let subject):
            // 6.6 A reference to this node goes to the list, or to the subject's property.
            guard let activeProperty else { break }
            if list != nil {
                list!.append(.reference(id))
            } else {
                graphs[activeGraph]!.nodes[subject]!.properties[activeProperty, default: NodeMapValues()]
                    .addUnique(.reference(id))
            }
        case .none:
            break
        }

        // 6.7 Types, without duplicates.
        if !types.isEmpty {
            for t in types where !graphs[activeGraph]!.nodes[id]!.types.contains(t) {
                graphs[activeGraph]!.nodes[id]!.types.append(t)
            }
        }
        // 6.8 "If node has already an @index entry with a different value, a conflicting indexes error
        // has been detected and processing is aborted."
        if let index = parts.index?.stringValue {
            if let existing = graphs[activeGraph]!.nodes[id]!.index, existing != index {
                throw JSONLDError(
                    .conflictingIndexes, "node \(id) has two different @index values, \"\(existing)\" and \"\(index)\"")
            }
            graphs[activeGraph]!.nodes[id]!.index = index
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
            try generate(
                graph, activeGraph: id, activeSubject: .none, activeProperty: nil, list: &noList,
                identifiers: &identifiers)
        }
        // 6.11 Included nodes belong to the active graph.
        if let included = parts.included {
            var noList: [NodeMapItem]? = nil
            try generate(
                included, activeGraph: activeGraph, activeSubject: .none, activeProperty: nil, list: &noList,
                identifiers: &identifiers)
        }
        // 6.12 The remaining entries, "ordered by property".
        for member in parts.sortedProperties() {
            let property = IRI.isBlankNode(member.key) ? identifiers.generate(for: member.key) : member.key
            if graphs[activeGraph]!.nodes[id]!.properties[property] == nil {
                graphs[activeGraph]!.nodes[id]!.properties[property] = NodeMapValues()
            }
            var noList: [NodeMapItem]? = nil
            try generate(
                member.value, activeGraph: activeGraph, activeSubject: .node(id), activeProperty: property,
                list: &noList, identifiers: &identifiers)
        }
    }
}

/// The keyword entries of an expanded map, found in one pass over its members.
private struct ElementParts {
    var id: JSONValue?
    var type: JSONValue?
    var index: JSONValue?
    var reverse: JSONValue?
    var graph: JSONValue?
    var included: JSONValue?
    var list: JSONValue?
    var isValue = false
    /// The members that are not keywords: the node's properties.
    var properties: [JSONObject.Member] = []

    init(_ object: JSONObject) {
        for member in object {
            let key = member.key
            guard key.utf8.first == UInt8(ascii: "@") else {
                properties.append(member)
                continue
            }
            switch key {
            case "@id": id = member.value
            case "@type": type = member.value
            case "@index": index = member.value
            case "@reverse": reverse = member.value
            case "@graph": graph = member.value
            case "@included": included = member.value
            case "@list": list = member.value
            case "@value": isValue = true
            default: break  // @language, @direction, ... belong to value objects; others carry no statement
            }
        }
    }

    /// The properties in code point order of their names.
    func sortedProperties() -> [JSONObject.Member] {
        var sorted = properties
        var inOrder = true
        var i = 1
        while i < sorted.count {
            if !NodeMap.precedes(sorted[i - 1].key, sorted[i].key) { inOrder = false; break }
            i += 1
        }
        if !inOrder { sorted.sort { NodeMap.precedes($0.key, $1.key) } }
        return sorted
    }
}

extension NodeMap {
    /// Lexicographic order of Unicode code points (the same as the order of UTF-8 bytes).
    @inline(__always) static func precedes(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}
