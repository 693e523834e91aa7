import BrevetJSON
import BrevetRDF

/// Turns a node map into an RDF dataset.
///
/// [JSON-LD 1.1 API §8.1 Deserialize JSON-LD to RDF Algorithm](https://www.w3.org/TR/json-ld11-api/#deserialize-json-ld-to-rdf-algorithm),
/// with [§8.2 Object to RDF Conversion](https://www.w3.org/TR/json-ld11-api/#object-to-rdf-conversion)
/// and [§8.3 List to RDF Conversion](https://www.w3.org/TR/json-ld11-api/#list-to-rdf-conversion) in
/// `RDFConversion+ObjectToRDF.swift`.
///
/// Graphs, subjects and properties are visited in code point order, as the algorithm says, so the
/// output is deterministic. Statements with a term that is not well-formed are left out ("Implementations
/// MUST generate only well-formed triples"), except in safe mode, where leaving out a statement that a
/// signature would then not cover fails with ``JSONLDError/Code/safeModeViolation``. The dataset holds
/// no duplicate quads: two value objects can denote the same literal (`{"@value": true}` and
/// `{"@value": "true", "@type": xsd:boolean}`), and an `@type` can repeat an `rdf:type` property.
struct RDFConversion {
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
    /// The generator that built the node map: new list and compound-literal nodes continue its count.
    var identifiers: NodeMap.BlankNodeIdentifierGenerator
    private(set) var quads: RDFDataset = []

    /// `rdfDirection` values other than `"i18n-datatype"` and `"compound-literal"` leave direction out
    /// of the literal, as `null` does.
    init(options: JSONLDOptions, identifiers: NodeMap.BlankNodeIdentifierGenerator) {
        produceGeneralizedRdf = options.produceGeneralizedRdf
        switch options.rdfDirection {
        case "i18n-datatype": direction = .i18nDatatype
        case "compound-literal": direction = .compoundLiteral
        default: direction = nil
        }
        safeMode = options.safeMode
        self.identifiers = identifiers
    }

    /// The dataset of an expanded document: node map generation, then deserialization.
    static func dataset(expanded: [JSONValue], options: JSONLDOptions) throws(JSONLDError) -> RDFDataset {
        var identifiers = NodeMap.BlankNodeIdentifierGenerator()
        let nodeMap = try NodeMap(expanded: expanded, identifiers: &identifiers)
        var conversion = RDFConversion(options: options, identifiers: identifiers)
        try conversion.deserialize(nodeMap)
        return conversion.quads
    }

    /// Adds the statements of every graph of `nodeMap` to ``quads``.
    mutating func deserialize(_ nodeMap: NodeMap) throws(JSONLDError) {
        let graphs = nodeMap.graphs.sorted { NodeMap.precedes($0.name, $1.name) }
        for graph in graphs {
            // 1.1–1.2 The default graph, or a named graph whose name is well-formed.
            let graphName: RDFTerm?
            if graph.name == NodeMap.defaultGraph {
                graphName = nil
            } else {
                guard let name = try term(graph.name, role: "graph name") else { continue }
                graphName = name
            }
            for node in graph.nodes.sorted(by: { NodeMap.precedes($0.id, $1.id) }) {
                // 1.3.1 Only well-formed subjects.
                guard let subject = try term(node.id, role: "subject") else { continue }
                try addStatements(of: node, subject: subject, graph: graphName)
            }
        }
    }

    /// 1.3.2 The statements of one node.
    private mutating func addStatements(of node: NodeMapNode, subject: RDFTerm, graph: RDFTerm?) throws(JSONLDError) {
        // 1.3.2.1 "If property is @type, then for each type in values, create a new RdfTriple composed
        // of subject, rdf:type ... and type ... unless type is not well-formed."
        var typeObjects: [RDFTerm] = []
        for type in node.types {
            guard let object = try term(type, role: "type") else { continue }
            typeObjects.append(object)
            quads.append(Quad(subject: subject, predicate: Self.rdfType, object: object, graph: graph))
        }
        for values in node.properties.sorted(by: { NodeMap.precedes($0.property, $1.property) }) {
            let property = values.property
            let predicate: RDFTerm
            if NodeMap.isBlankNode(property) {
                // 1.3.2.3 Blank node properties only in generalized RDF.
                guard produceGeneralizedRdf else {
                    try dropped("property \(property) is a blank node, which RDF does not allow as a predicate")
                    continue
                }
                predicate = .blankNode(String(property.dropFirst(2)))
            } else {
                // 1.3.2.4 Only well-formed properties.
                guard let iri = try term(property, role: "property") else { continue }
                predicate = iri
            }
            let items = values.items
            let seed = predicate == Self.rdfType ? typeObjects : []
            // One value with nothing stated before cannot repeat: skip the bookkeeping.
            let unique = items.count == 1 && seed.isEmpty
            var objects = EmittedObjects(seed: seed)
            var listTriples: [Quad] = []
            for item in items {
                // 1.3.2.5 The object, then the statements of its list (or compound literal).
                guard let object = try objectToRDF(item, graph: graph, listTriples: &listTriples) else { continue }
                if unique || objects.insert(object) {
                    quads.append(Quad(subject: subject, predicate: predicate, object: object, graph: graph))
                }
                if !listTriples.isEmpty {
                    quads.append(contentsOf: listTriples)
                    listTriples.removeAll(keepingCapacity: true)
                }
            }
        }
    }

    /// The RDF term of a node identifier, or `nil` when it is not well-formed.
    ///
    /// Identifiers in the node map are IRIs, relative IRI references left unresolved by expansion,
    /// or blank node identifiers issued by the generator (which are always well-formed).
    func term(_ id: String, role: String) throws(JSONLDError) -> RDFTerm? {
        if NodeMap.isBlankNode(id) { return .blankNode(String(id.dropFirst(2))) }
        if RDFWellFormedness.isIRI(id) { return .iri(id) }
        if id == NodeMap.nullIdentifier {
            try dropped("a \(role) has a null @id (its identifier expanded to nothing)")
        } else {
            try dropped("\(role) \"\(id)\" is not a well-formed IRI")
        }
        return nil
    }

    /// Records that a statement is left out; in safe mode that is an error.
    func dropped(_ reason: @autoclosure () -> String) throws(JSONLDError) {
        if safeMode { throw JSONLDError(.safeModeViolation, reason() + "; the statement would be dropped from the RDF") }
    }

    static let rdfType = RDFTerm.iri(RDFVocabulary.rdfType)
    static let rdfFirst = RDFTerm.iri(RDFVocabulary.rdfFirst)
    static let rdfRest = RDFTerm.iri(RDFVocabulary.rdfRest)
    static let rdfNil = RDFTerm.iri(RDFVocabulary.rdfNil)
    static let rdfValue = RDFTerm.iri(RDFVocabulary.rdfValue)
    static let rdfLanguage = RDFTerm.iri(RDFVocabulary.rdfLanguage)
    static let rdfDirection = RDFTerm.iri(RDFVocabulary.rdfDirection)
}

/// The objects already stated for one subject and predicate: a short list, or a set when long.
private struct EmittedObjects {
    private var list: [RDFTerm]
    private var set: Set<RDFTerm>?

    init(seed: [RDFTerm]) { list = seed }

    /// Adds `object`; false when it was already there.
    mutating func insert(_ object: RDFTerm) -> Bool {
        if set != nil { return set!.insert(object).inserted }
        if list.contains(object) { return false }
        list.append(object)
        if list.count > 16 { set = Set(list) }
        return true
    }
}
