import BrevetJSON

/// The flattened view of an expanded document: every node object of every graph, by its identifier.
///
/// [JSON-LD 1.1 API §7.2 Node Map Generation](https://www.w3.org/TR/json-ld11-api/#node-map-generation)
/// builds it; [§8.1](https://www.w3.org/TR/json-ld11-api/#deserialize-json-ld-to-rdf-algorithm) turns
/// it into RDF. The specification describes the map as nested JSON maps; here the same content is
/// typed: graphs hold ``NodeMapNode``s, whose property values are ``NodeMapItem``s (a node reference,
/// a value object or a list), so that RDF conversion reads them without re-inspecting JSON. Graphs and
/// nodes live in arrays in the order they were first seen, found by identifier through an index, so
/// the algorithm addresses them by position instead of hashing identifiers again at every step.
///
/// Every blank node identifier in the map was issued by the ``BlankNodeIdentifierGenerator`` used to
/// build it, so identifiers of the input never collide with ones created later.
struct NodeMap {
    /// The name of the default graph's entry.
    static let defaultGraph = "@default"
    /// The identifier that stands for `"@id": null` (no IRI or blank node can be spelled so).
    static let nullIdentifier = "@null"

    /// Whether entries are visited in the specification's order ("ordered by property"), or in the
    /// order the expanded document gives them. Both give the same dataset; only the blank node labels
    /// that generation hands out, and the order of statements, differ.
    var ordered = true

    /// The graphs; the first is the default graph.
    private(set) var graphs: [NodeMapGraph] = [NodeMapGraph(name: defaultGraph)]
    /// Positions of graphs by name, built once there are more than a few (most documents have one).
    private var graphIndex: [String: Int]?
    /// How many statements the map will give, at least: to size the dataset once.
    private(set) var statementCount = 0

    /// The position of the graph called `name`, created empty when it is new.
    mutating func graph(named name: String) -> Int {
        if let graphIndex {
            if let i = graphIndex[name] { return i }
        } else {
            for i in graphs.indices where graphs[i].name == name { return i }
        }
        graphs.append(NodeMapGraph(name: name))
        let i = graphs.count - 1
        if graphIndex != nil {
            graphIndex![name] = i
        } else if graphs.count > 8 {
            graphIndex = Dictionary(uniqueKeysWithValues: graphs.indices.map { (graphs[$0].name, $0) })
        }
        return i
    }

    /// Counts one statement that RDF conversion will make.
    mutating func countStatement() { statementCount += 1 }

    /// The position of the node `id` in the graph at `graph`, created when it is new.
    mutating func node(_ id: String, in graph: Int) -> Int { graphs[graph].node(id) }

    /// The node at `node` of the graph at `graph`, in place.
    subscript(graph: Int, node: Int) -> NodeMapNode {
        get { graphs[graph].nodes[node] }
        _modify { yield &graphs[graph][node] }
    }

    /// Lexicographic order of Unicode code points (the order of UTF-8 bytes), as "ordered by" means.
    /// Compares eight bytes at a time: identifiers share long prefixes (`https://w3id.org/security#`).
    static func precedes(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let n = Swift.min(x.count, y.count)
                var i = 0
                if n >= 8, let px = UnsafeRawPointer(x.baseAddress), let py = UnsafeRawPointer(y.baseAddress) {
                    while i + 8 <= n {
                        let u = px.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                        let v = py.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                        if u != v { return u.bigEndian < v.bigEndian }
                        i += 8
                    }
                }
                while i < n {
                    if x[i] != y[i] { return x[i] < y[i] }
                    i += 1
                }
                return x.count < y.count
            }
        }
    }

    /// True when `value` is a blank node identifier (starts with `_:`).
    @inline(__always) static func isBlankNode(_ value: String) -> Bool {
        var bytes = value.utf8.makeIterator()
        return bytes.next() == UInt8(ascii: "_") && bytes.next() == UInt8(ascii: ":")
    }
}

/// The node objects of one graph of a ``NodeMap``, in first-seen order.
struct NodeMapGraph {
    /// ``NodeMap/defaultGraph`` or the identifier of the node that names the graph.
    let name: String
    private(set) var nodes: [NodeMapNode] = []
    private var nodeIndex: [String: Int] = [:]

    init(name: String) {
        self.name = name
        nodes.reserveCapacity(16)
        nodeIndex.reserveCapacity(16)
    }

    /// The position of the node `id`, created (with just its `@id`) when it is new.
    mutating func node(_ id: String) -> Int {
        if let i = nodeIndex[id] { return i }
        nodes.append(NodeMapNode(id: id))
        nodeIndex[id] = nodes.count - 1
        return nodes.count - 1
    }

    subscript(node: Int) -> NodeMapNode {
        get { nodes[node] }
        _modify { yield &nodes[node] }
    }
}

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

/// A value of a property in a ``NodeMap``: a node reference (`{"@id": ...}`), a value object, or a
/// list object whose items are again ``NodeMapItem``s.
enum NodeMapItem: Hashable {
    case reference(String)
    case value(JSONObject)
    case list([NodeMapItem])
}

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

    /// The items, in order.
    var items: [NodeMapItem] {
        guard let first else { return [] }
        return [first] + rest
    }

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
