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
