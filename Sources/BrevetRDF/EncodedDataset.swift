/// A dataset prepared for canonicalization: every term that is not a blank node is serialized in
/// canonical N-Quads form once, into one byte arena, and blank nodes become dense indices.
///
/// Every N-Quads line the algorithm needs (with `_:a`/`_:z` for Hash First Degree Quads, with
/// canonical labels for the output) is then a few `memcpy`s of the arena plus the labels.
struct EncodedDataset {
    /// A quad component: a blank node (`blankNode >= 0`) or the bytes `arena[start..<end]`.
    /// An absent graph name is an empty range.
    struct Term {
        var blankNode: Int32
        var start: Int32
        var end: Int32

        static let defaultGraph = Term(blankNode: -1, start: 0, end: 0)
        var isBlankNode: Bool { blankNode >= 0 }
        var isDefaultGraph: Bool { blankNode < 0 && start == end }
    }

    struct EncodedQuad {
        var subject: Term
        var predicate: Term
        var object: Term
        var graph: Term
        /// Where the quad comes from in the input dataset.
        var source: Int32
    }

    private(set) var arena: [UInt8] = []
    private(set) var quads: [EncodedQuad] = []
    /// Input label of each blank node index.
    private(set) var blankNodeLabels: [String] = []
    /// The blank node to quads map ([§4.3](https://www.w3.org/TR/rdf-canon/#canon-state)): for each
    /// blank node, the quads that mention it, in dataset order.
    private(set) var quadsByBlankNode: [[Int32]] = []

    /// Encodes `dataset`, dropping duplicate quads: an RDF dataset is a set, and a duplicate mention
    /// would change the first-degree hash of its blank nodes.
    init(_ dataset: RDFDataset) throws(RDFError) {
        arena.reserveCapacity(dataset.count * 80)
        quads.reserveCapacity(dataset.count)
        var indexOfLabel: [String: Int32] = [:]
        var seenWithBlankNodes = Set<Quad>()
        for (position, quad) in dataset.enumerated() {
            let mentionsBlankNode = quad.subject.isBlankNode || quad.object.isBlankNode || quad.graph?.isBlankNode == true
            if mentionsBlankNode, !seenWithBlankNodes.insert(quad).inserted { continue }
            guard case .iri = quad.predicate else {
                throw RDFError(.invalidQuad, "quad \(position + 1) has a predicate that is not an IRI")
            }
            if case .literal = quad.subject {
                throw RDFError(.invalidQuad, "quad \(position + 1) has a literal as subject")
            }
            if case .literal? = quad.graph {
                throw RDFError(.invalidQuad, "quad \(position + 1) has a literal as graph name")
            }
            let encoded = EncodedQuad(
                subject: encode(quad.subject, &indexOfLabel),
                predicate: encode(quad.predicate, &indexOfLabel),
                object: encode(quad.object, &indexOfLabel),
                graph: quad.graph.map { encode($0, &indexOfLabel) } ?? .defaultGraph,
                source: Int32(position))
            let quadIndex = Int32(quads.count)
            quads.append(encoded)
            if mentionsBlankNode {
                addMention(of: encoded.subject, in: quadIndex)
                addMention(of: encoded.object, in: quadIndex)
                addMention(of: encoded.graph, in: quadIndex)
            }
        }
    }

    var blankNodeCount: Int { blankNodeLabels.count }

    /// Adds quad `quadIndex` to the mentions of `term` when it is a blank node; a blank node mentioned
    /// twice in one quad is listed once.
    private mutating func addMention(of term: Term, in quadIndex: Int32) {
        guard term.isBlankNode else { return }
        let blankNode = Int(term.blankNode)
        if quadsByBlankNode[blankNode].last != quadIndex { quadsByBlankNode[blankNode].append(quadIndex) }
    }

    private mutating func encode(_ term: RDFTerm, _ indexOfLabel: inout [String: Int32]) -> Term {
        if case .blankNode(let label) = term {
            if let index = indexOfLabel[label] { return Term(blankNode: index, start: 0, end: 0) }
            let index = Int32(blankNodeLabels.count)
            indexOfLabel[label] = index
            blankNodeLabels.append(label)
            quadsByBlankNode.append([])
            return Term(blankNode: index, start: 0, end: 0)
        }
        let start = Int32(arena.count)
        NQuadsSerializer.appendTerm(term, to: &arena)
        return Term(blankNode: -1, start: start, end: Int32(arena.count))
    }

    /// Appends the canonical N-Quads line of quad `index`, blank nodes written by `label` (which
    /// appends the whole `_:…` label).
    @inline(__always)
    func appendLine(of index: Int, to out: inout [UInt8], label: (Int, inout [UInt8]) -> Void) {
        let quad = quads[index]
        append(quad.subject, to: &out, label: label)
        out.append(.space)
        append(quad.predicate, to: &out, label: label)
        out.append(.space)
        append(quad.object, to: &out, label: label)
        if !quad.graph.isDefaultGraph {
            out.append(.space)
            append(quad.graph, to: &out, label: label)
        }
        out.append(.space)
        out.append(.period)
        out.append(.lineFeed)
    }

    /// Appends the serialized bytes of a term that is not a blank node.
    @inline(__always)
    func appendBytes(of term: Term, to out: inout [UInt8]) {
        arena.withUnsafeBufferPointer { arena in
            out.append(contentsOf: UnsafeBufferPointer(rebasing: arena[Int(term.start)..<Int(term.end)]))
        }
    }

    @inline(__always)
    private func append(_ term: Term, to out: inout [UInt8], label: (Int, inout [UInt8]) -> Void) {
        if term.isBlankNode {
            label(Int(term.blankNode), &out)
        } else {
            appendBytes(of: term, to: &out)
        }
    }
}
