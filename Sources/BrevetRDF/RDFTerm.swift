/// A node or value in an RDF graph: an IRI, a blank node, or a literal.
///
/// [RDF 1.1 Concepts §3](https://www.w3.org/TR/rdf11-concepts/#section-triples). Literals carry their
/// lexical form, a datatype IRI and, for `rdf:langString`, a language tag.
public enum RDFTerm: Sendable, Hashable {
    /// An absolute IRI, without angle brackets.
    case iri(String)
    /// A blank node, by its label without the `_:` prefix.
    case blankNode(String)
    case literal(RDFLiteral)

    public var isBlankNode: Bool {
        if case .blankNode = self { return true }
        return false
    }
}

/// An RDF literal ([RDF 1.1 Concepts §3.3](https://www.w3.org/TR/rdf11-concepts/#section-Graph-Literal)).
public struct RDFLiteral: Sendable, Hashable {
    public var lexicalForm: String
    /// The datatype IRI; `rdf:langString` when ``language`` is set.
    public var datatype: String
    /// A BCP 47 language tag, only for language-tagged strings.
    public var language: String?

    public init(_ lexicalForm: String, datatype: String = RDFVocabulary.xsdString, language: String? = nil) {
        self.lexicalForm = lexicalForm
        self.language = language
        self.datatype = language == nil ? datatype : RDFVocabulary.rdfLangString
    }
}

/// IRIs that RDF and JSON-LD processing refer to by name.
public enum RDFVocabulary {
    public static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    public static let xsd = "http://www.w3.org/2001/XMLSchema#"
    public static let rdfType = rdf + "type"
    public static let rdfFirst = rdf + "first"
    public static let rdfRest = rdf + "rest"
    public static let rdfNil = rdf + "nil"
    public static let rdfLangString = rdf + "langString"
    public static let rdfJSON = rdf + "JSON"
    public static let rdfValue = rdf + "value"
    public static let rdfLanguage = rdf + "language"
    public static let rdfDirection = rdf + "direction"
    public static let xsdString = xsd + "string"
    public static let xsdBoolean = xsd + "boolean"
    public static let xsdInteger = xsd + "integer"
    public static let xsdDouble = xsd + "double"
}
