import BrevetJSON
import BrevetRDF

extension JSONLDProcessor {
    /// Deserializes a JSON-LD document into an RDF dataset.
    ///
    /// [JSON-LD 1.1 API §9.2 toRdf()](https://www.w3.org/TR/json-ld11-api/#dom-jsonldprocessor-tordf):
    /// expand the input (with `ordered` false), build its node map
    /// ([§7.2](https://www.w3.org/TR/json-ld11-api/#node-map-generation)) and deserialize it
    /// ([§8.1](https://www.w3.org/TR/json-ld11-api/#deserialize-json-ld-to-rdf-algorithm)).
    /// Honours `produceGeneralizedRdf`, `rdfDirection` and `safeMode` of `options`, and `ordered`: with
    /// it, node map generation and deserialization visit entries "ordered by" their keys as the
    /// algorithms word it; without (the default, and faster), in document order. The dataset is the
    /// same either way; only its blank node labels (`b0`, `b1`, ... as issued) and the order of its
    /// quads differ. It has no duplicate quads.
    /// - Throws: the errors of expansion; ``JSONLDError/Code/conflictingIndexes``; and, in safe mode,
    ///   ``JSONLDError/Code/safeModeViolation`` when a statement would be left out because a term is
    ///   not well-formed (a relative IRI, an invalid language tag, a blank node predicate, ...) or a
    ///   base direction would be lost (`@direction` while `rdfDirection` is nil).
    public func toRDF(_ input: JSONValue, options: JSONLDOptions) throws(JSONLDError) -> RDFDataset {
        var expandOptions = options
        expandOptions.ordered = false
        let expanded = try expand(input, options: expandOptions)
        return try toRDF(expanded: expanded, options: options)
    }

    /// Deserializes a document that is already in expanded form (the result of ``expand(_:options:)``):
    /// node map generation and deserialization only, with the same options as ``toRDF(_:options:)``.
    public func toRDF(expanded: [JSONValue], options: JSONLDOptions) throws(JSONLDError) -> RDFDataset {
        try RDFConversion.write(expanded: expanded, options: options, to: RDFDataset())
    }

    /// ``toRDF(_:options:)`` into an ``EncodedDataset``, the form ``RDFCanonicalizer/canonicalNQuads(_:)``
    /// takes: the same statements, each term serialized once, no ``RDFTerm`` built.
    public func toEncodedRDF(_ input: JSONValue, options: JSONLDOptions) throws(JSONLDError) -> EncodedDataset {
        var expandOptions = options
        expandOptions.ordered = false
        let expanded = try expand(input, options: expandOptions)
        return try RDFConversion.write(expanded: expanded, options: options, to: EncodedDataset())
    }
}

extension JSONLDProcessor {
    /// The canonical N-Quads of a JSON-LD document: toRdf, then
    /// [RDF Dataset Canonicalization (RDFC-1.0)](https://www.w3.org/TR/rdf-canon/).
    ///
    /// This is the "canonicalize" step of the RDFC-based Data Integrity cryptosuites
    /// (eddsa-rdfc-2022, ecdsa-rdfc-2019: "the canonical form of the document ... using the RDF Dataset
    /// Canonicalization Algorithm"), applied both to the unsecured document and to the proof
    /// configuration. Sign and verify with `options.safeMode` on, so that a document whose statements
    /// expansion or toRdf would drop fails instead of being signed without them.
    /// - Parameter hashAlgorithm: the hash RDFC-1.0 runs with: SHA-256 by default, SHA-384 for the
    ///   P-384 variant of ecdsa-rdfc-2019.
    /// - Throws: ``JSONLDError`` from expansion or toRdf; `RDFError` when canonicalization exceeds its limits.
    public func canonicalNQuads(
        _ input: JSONValue, options: JSONLDOptions, hashAlgorithm: RDFCanonicalizer.HashAlgorithm = .sha256
    ) throws -> String {
        let dataset = try toEncodedRDF(input, options: options)
        return String(decoding: try RDFCanonicalizer(hashAlgorithm: hashAlgorithm).canonicalNQuads(dataset), as: UTF8.self)
    }
}
