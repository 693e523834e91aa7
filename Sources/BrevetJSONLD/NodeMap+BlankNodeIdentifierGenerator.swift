extension NodeMap {
    /// Issues blank node identifiers `_:b0`, `_:b1`, ... and relabels the input's own ones.
    ///
    /// [JSON-LD 1.1 API §7.3 Generate Blank Node Identifier](https://www.w3.org/TR/json-ld11-api/#generate-blank-node-identifier):
    /// "If identifier is not null and has an entry in the identifier map, return the mapped identifier.
    /// Otherwise, generate a new unique blank node identifier." The map "is reset when the invoking
    /// algorithm is initialized": one generator serves one toRdf call, both for node map generation
    /// and for the list and compound-literal nodes that RDF conversion creates afterwards.
    struct BlankNodeIdentifierGenerator {
        private var identifierMap: [String: String] = [:]
        private var counter = 0

        /// A new identifier, or the one already issued for `identifier`.
        mutating func generate(for identifier: String?) -> String {
            if let identifier, let mapped = identifierMap[identifier] { return mapped }
            let new = "_:b\(counter)"
            counter += 1
            if let identifier { identifierMap[identifier] = new }
            return new
        }

        /// A new identifier's label without the `_:` prefix, as ``RDFTerm/blankNode(_:)`` takes it.
        mutating func generateLabel() -> String {
            let label = "b\(counter)"
            counter += 1
            return label
        }
    }
}
