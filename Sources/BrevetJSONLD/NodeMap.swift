import BrevetJSON

/// The flattened view of an expanded document: every node object of every graph, by its identifier.
///
/// [JSON-LD 1.1 API §7.2 Node Map Generation](https://www.w3.org/TR/json-ld11-api/#node-map-generation)
/// builds it; [§8.1](https://www.w3.org/TR/json-ld11-api/#deserialize-json-ld-to-rdf-algorithm) turns
/// it into RDF. The specification describes the map as nested JSON maps; here the same content is
/// typed: graphs hold ``NodeMapNode``s, whose property values are ``NodeMapItem``s (a node reference,
/// a value object or a list), so that RDF conversion reads them without re-inspecting JSON.
///
/// Every blank node identifier in the map was issued by the ``NodeMapBlankNodeIdentifiers`` used to
/// build it, so identifiers of the input never collide with ones created later.
struct NodeMap {
    /// The name of the default graph's entry.
    static let defaultGraph = "@default"

    /// Graphs by name: ``defaultGraph`` or the identifier of the node that holds the named graph.
    var graphs: [String: NodeMapGraph] = [defaultGraph: NodeMapGraph()]
}

/// The node objects of one graph of a ``NodeMap``, by subject identifier.
struct NodeMapGraph {
    var nodes: [String: NodeMapNode] = [:]
}

/// One node of a ``NodeMap``: its identifier, types, index and property values.
struct NodeMapNode {
    /// The IRI or blank node identifier (`_:b0`) of the node.
    let id: String
    /// `@type` values in first-seen order, without duplicates.
    var types: [String] = []
    /// The node's `@index`, if any.
    var index: String?
    /// Property values by property IRI (or blank node identifier).
    var properties: [String: NodeMapValues] = [:]

    init(id: String) { self.id = id }
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
/// every item in the array ... If there is no match, add"); list objects are always appended. Past a
/// few items a hash set answers the comparison, so a property with many values stays linear.
struct NodeMapValues {
    private(set) var items: [NodeMapItem] = []
    private var seen: Set<NodeMapItem>?
    private static let linearLimit = 12

    /// Appends `item` unless an equal item is already present.
    mutating func addUnique(_ item: NodeMapItem) {
        if seen == nil {
            if items.contains(item) { return }
            items.append(item)
            if items.count > Self.linearLimit { seen = Set(items) }
        } else if seen!.insert(item).inserted {
            items.append(item)
        }
    }

    /// Appends `item` without comparing (list objects are never merged).
    mutating func append(_ item: NodeMapItem) {
        items.append(item)
        if seen != nil { seen!.insert(item) }
        else if items.count > Self.linearLimit { seen = Set(items) }
    }
}
