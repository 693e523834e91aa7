import BrevetJSON
import BrevetRDF

/// Turns a node map into an RDF dataset.
///
/// [JSON-LD 1.1 API §8.1 Deserialize JSON-LD to RDF Algorithm](https://www.w3.org/TR/json-ld11-api/#deserialize-json-ld-to-rdf-algorithm),
/// with [§8.2 Object to RDF Conversion](https://www.w3.org/TR/json-ld11-api/#object-to-rdf-conversion)
/// and [§8.3 List to RDF Conversion](https://www.w3.org/TR/json-ld11-api/#list-to-rdf-conversion) in
/// `RDFConversion+ObjectToRDF.swift`.
///
/// With `ordered` (the ``JSONLDOptions/ordered`` option), graphs, subjects and properties are visited
/// in code point order, as the algorithm words it; without, in the order they were first seen, which
/// saves the sorting. Both are deterministic and give the same dataset: "JSON-LD Processors may
/// implement the algorithms given in this specification in any way desired, so long as the end
/// result is indistinguishable" ([Conformance](https://www.w3.org/TR/json-ld11-api/#conformance)),
/// and an RDF dataset is a set of quads whose blank node labels carry no meaning.
///
/// Statements with a term that is not well-formed are left out ("Implementations MUST generate only
/// well-formed triples"), except in safe mode, where leaving out a statement that a signature would
/// then not cover fails with ``JSONLDError/Code/safeModeViolation``. The dataset holds no duplicate
/// quads: two value objects can denote the same literal (`{"@value": true}` and
/// `{"@value": "true", "@type": xsd:boolean}`), and an `@type` can repeat an `rdf:type` property.
///
/// The statements go to a ``RDFQuadSink``: an ``RDFDataset``, or an ``EncodedDataset`` ready for
/// canonicalization, in which each term (a subject, say) is serialized once for all its quads.
struct RDFConversion<Sink: RDFQuadSink> {
    /// How a value object's base direction is represented (`rdfDirection`).
    enum DirectionMode {
        /// Datatype `https://www.w3.org/ns/i18n#{language}_{direction}`.
        case i18nDatatype
        /// A blank node with `rdf:value`, `rdf:language` and `rdf:direction`.
        case compoundLiteral
    }

    let produceGeneralizedRdf: Bool
    let direction: DirectionMode?
    let safeMode: Bool
    let ordered: Bool
    /// The generator that built the node map: new list and compound-literal nodes continue its count.
    var identifiers: NodeMap.BlankNodeIdentifierGenerator
    /// Where the statements go.
    var sink: Sink
    /// `rdf:type`, made once.
    let rdfType: Sink.Term

    /// `rdfDirection` values other than `"i18n-datatype"` and `"compound-literal"` leave direction out
    /// of the literal, as `null` does.
    init(options: JSONLDOptions, identifiers: NodeMap.BlankNodeIdentifierGenerator, sink: Sink) {
        produceGeneralizedRdf = options.produceGeneralizedRdf
        switch options.rdfDirection {
        case "i18n-datatype": direction = .i18nDatatype
        case "compound-literal": direction = .compoundLiteral
        default: direction = nil
        }
        safeMode = options.safeMode
        ordered = options.ordered
        self.identifiers = identifiers
        var sink = sink
        rdfType = sink.iri(RDFVocabulary.rdfType)
        self.sink = sink
    }

    /// The statements of an expanded document, added to `sink`: node map generation, then deserialization.
    static func write(expanded: [JSONValue], options: JSONLDOptions, to sink: Sink) throws(JSONLDError) -> Sink {
        var identifiers = NodeMap.BlankNodeIdentifierGenerator()
        let nodeMap = try NodeMap(expanded: expanded, ordered: options.ordered, identifiers: &identifiers)
        var conversion = RDFConversion(options: options, identifiers: identifiers, sink: sink)
        try conversion.deserialize(nodeMap)
        return conversion.sink
    }

    /// Adds the statements of every graph of `nodeMap` to ``sink``.
    mutating func deserialize(_ nodeMap: NodeMap) throws(JSONLDError) {
        sink.reserveCapacity(quads: nodeMap.statementCount)
        let graphs = nodeMap.graphs
        if ordered {
            for g in graphs.indices.sorted(by: { NodeMap.precedes(graphs[$0].name, graphs[$1].name) }) {
                try addStatements(of: graphs[g])
            }
        } else {
            for g in graphs.indices { try addStatements(of: graphs[g]) }
        }
    }

    /// The statements of one graph.
    private mutating func addStatements(of graph: NodeMapGraph) throws(JSONLDError) {
        // 1.1–1.2 The default graph, or a named graph whose name is well-formed.
        let graphName: Sink.Term?
        if graph.name == NodeMap.defaultGraph {
            graphName = nil
        } else {
            guard let name = try term(graph.name, role: "graph name") else { return }
            graphName = name
        }
        let nodes = graph.nodes
        if ordered {
            for n in nodes.indices.sorted(by: { NodeMap.precedes(nodes[$0].id, nodes[$1].id) }) {
                try addStatements(of: nodes[n], graph: graphName)
            }
        } else {
            for n in nodes.indices { try addStatements(of: nodes[n], graph: graphName) }
        }
    }

    /// 1.3.2 The statements of one node (1.3.1: none unless its identifier is well-formed).
    private mutating func addStatements(of node: NodeMapNode, graph: Sink.Term?) throws(JSONLDError) {
        guard let subject = try term(node.id, role: "subject") else { return }
        // 1.3.2.1 "If property is @type, then for each type in values, create a new RdfTriple composed
        // of subject, rdf:type ... and type ... unless type is not well-formed."
        for type in node.types {
            guard let object = try term(type, role: "type") else { continue }
            sink.append(subject: subject, predicate: rdfType, object: object, graph: graph)
        }
        let properties = node.properties
        if ordered {
            let order = properties.indices.sorted { NodeMap.precedes(properties[$0].property, properties[$1].property) }
            for p in order { try addStatements(of: node, values: properties[p], subject: subject, graph: graph) }
        } else {
            for p in properties.indices { try addStatements(of: node, values: properties[p], subject: subject, graph: graph) }
        }
    }

    /// 1.3.2.2–1.3.2.5 The statements of one property of a node.
    private mutating func addStatements(
        of node: NodeMapNode, values: NodeMapValues, subject: Sink.Term, graph: Sink.Term?
    ) throws(JSONLDError) {
        let property = values.property
        let predicate: Sink.Term
        let isRDFType = Self.isRDFType(property)
        if NodeMap.isBlankNode(property) {
            // 1.3.2.3 Blank node properties only in generalized RDF.
            guard produceGeneralizedRdf else {
                try dropped("property \(property) is a blank node, which RDF does not allow as a predicate")
                return
            }
            predicate = sink.blankNode(String(property.dropFirst(2)))
        } else {
            // 1.3.2.4 Only well-formed properties.
            guard let iri = try term(property, role: "property") else { return }
            predicate = iri
        }
        // Two items can denote the same object (`true` and `"true"^^xsd:boolean`, or an rdf:type
        // property repeating an @type): remember what was stated unless there is only one item.
        var objects: EmittedObjects<Sink>?
        if values.count > 1 || (isRDFType && !node.types.isEmpty) {
            var seed: [Sink.Term] = []
            if isRDFType {
                for type in node.types { if let t = try term(type, role: "type") { seed.append(t) } }
            }
            objects = EmittedObjects(seed: seed)
        }
        var listTriples: [PendingQuad] = []
        for i in 0..<values.count {
            // 1.3.2.5 The object, then the statements of its list (or compound literal).
            guard let object = try objectToRDF(values[i], graph: graph, listTriples: &listTriples) else { continue }
            if objects == nil || objects!.insert(object, in: sink) {
                sink.append(subject: subject, predicate: predicate, object: object, graph: graph)
            }
            if !listTriples.isEmpty {
                for q in listTriples { sink.append(subject: q.subject, predicate: q.predicate, object: q.object, graph: q.graph) }
                listTriples.removeAll(keepingCapacity: true)
            }
        }
    }

    /// The RDF term of a node identifier, or `nil` when it is not well-formed.
    ///
    /// Identifiers in the node map are IRIs, relative IRI references left unresolved by expansion,
    /// or blank node identifiers issued by the generator (which are always well-formed).
    mutating func term(_ id: String, role: String) throws(JSONLDError) -> Sink.Term? {
        if NodeMap.isBlankNode(id) { return sink.blankNode(String(id.dropFirst(2))) }
        if RDFWellFormedness.isIRI(id) { return sink.iri(id) }
        if id == NodeMap.nullIdentifier {
            try dropped("a \(role) has a null @id (its identifier expanded to nothing)")
        } else {
            try dropped("\(role) \"\(id)\" is not a well-formed IRI")
        }
        return nil
    }

    /// True when `property` is `rdf:type` (the length first: most properties are not).
    @inline(__always) static func isRDFType(_ property: String) -> Bool {
        property.utf8.count == RDFVocabulary.rdfType.utf8.count && property == RDFVocabulary.rdfType
    }

    /// Records that a statement is left out; in safe mode that is an error.
    func dropped(_ reason: @autoclosure () -> String) throws(JSONLDError) {
        if safeMode { throw JSONLDError(.safeModeViolation, reason() + "; the statement would be dropped from the RDF") }
    }

    /// A statement held back until the one that refers to it is written (list and compound-literal nodes).
    struct PendingQuad {
        var subject: Sink.Term
        var predicate: Sink.Term
        var object: Sink.Term
        var graph: Sink.Term?
    }
}

/// The objects already stated for one subject and predicate: a short list, or a set when long.
private struct EmittedObjects<Sink: RDFQuadSink> {
    private var list: [Sink.Term]
    private var set: Set<Sink.TermKey>?

    init(seed: [Sink.Term]) { list = seed }

    /// Adds `object`; false when it was already there.
    mutating func insert(_ object: Sink.Term, in sink: Sink) -> Bool {
        if set != nil { return set!.insert(sink.key(of: object)).inserted }
        if list.contains(where: { sink.same($0, object) }) { return false }
        list.append(object)
        if list.count > 16 { set = Set(list.map { sink.key(of: $0) }) }
        return true
    }
}
