/// A dataset prepared for canonicalization: every term that is not a blank node is serialized in
/// canonical N-Quads form once, into one byte arena, and blank nodes become dense indices.
///
/// Every N-Quads line the algorithm needs (with `_:a`/`_:z` for Hash First Degree Quads, with
/// canonical labels for the output) is then a few `memcpy`s of the arena plus the labels.
///
/// It is also an ``RDFQuadSink``: a producer (JSON-LD toRdf) can write its statements straight
/// into it, each term serialized once however many quads mention it, and hand the result to
/// ``RDFCanonicalizer/canonicalNQuads(_:)``. Quads must not repeat (JSON-LD toRdf makes none);
/// ill-formed ones (a predicate that is not an IRI, a literal subject or graph name) are refused
/// when canonicalization starts.
public struct EncodedDataset: Sendable {
    /// A quad component: a blank node (`blankNode >= 0`) or the bytes `arena[start..<end]`.
    /// An absent graph name is an empty range.
    public struct Term: Sendable {
        var blankNode: Int32
        var start: Int32
        var end: Int32

        static let defaultGraph = Term(blankNode: -1, start: 0, end: 0)
        var isBlankNode: Bool { blankNode >= 0 }
        var isDefaultGraph: Bool { blankNode < 0 && start == end }
    }

    /// A term as a value: its blank node index, or its serialized bytes.
    public struct TermKey: Hashable, Sendable {
        var blankNode: Int32
        var bytes: [UInt8]
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
    /// The blank node to quads map of the canonicalization state, flat: the
    /// quads that mention blank node n, in dataset order, are `mentions[mentionStart[n]..<mentionStart[n + 1]]`.
    private var mentions: [Int32] = []
    private var mentionStart: [Int32] = []
    /// Blank node indices by input label; labels of the form `b` + number (as JSON-LD toRdf issues
    /// them) are found by their number in `indexOfNumber` (index + 1, 0 for none) without hashing.
    private var indexOfLabel: [String: Int32] = [:]
    private var indexOfNumber: [Int32] = []
    /// Positions in ``quads`` of the quads that mention a blank node.
    private var withBlankNodes: [Int] = []
    /// The first ill-formed quad appended, refused by ``prepare()``.
    private var invalid: RDFError?

    /// An empty dataset to append to.
    public init() {}

    /// Encodes `dataset`, dropping duplicate quads that mention blank nodes: an RDF dataset is a set,
    /// and a repeated mention would change the first-degree hash of its blank nodes. (Other duplicates
    /// serialize to identical lines, which the output drops.)
    init(_ dataset: RDFDataset) throws(RDFError) {
        arena.reserveCapacity(dataset.count * 96)
        quads.reserveCapacity(dataset.count)
        for position in dataset.indices {
            guard case .iri(let predicate) = dataset[position].predicate else {
                throw RDFError(.invalidQuad, "quad \(position + 1) has a predicate that is not an IRI")
            }
            if case .literal = dataset[position].subject {
                throw RDFError(.invalidQuad, "quad \(position + 1) has a literal as subject")
            }
            if case .literal? = dataset[position].graph {
                throw RDFError(.invalidQuad, "quad \(position + 1) has a literal as graph name")
            }
            let subject = encode(dataset[position].subject)
            let predicateTerm = iri(predicate)
            let object = encode(dataset[position].object)
            let graph = dataset[position].graph.map { encode($0) } ?? .defaultGraph
            appendQuad(EncodedQuad(subject: subject, predicate: predicateTerm, object: object, graph: graph, source: Int32(position)))
        }
        try prepare()
    }

    /// Checks the appended quads, removes duplicates and builds the blank node to quads map; run
    /// once, before canonicalization reads the dataset.
    mutating func prepare() throws(RDFError) {
        if let invalid { throw invalid }
        if withBlankNodes.count > 1 { removeDuplicates(among: withBlankNodes) }
        withBlankNodes = []
        indexOfLabel = [:]
        indexOfNumber = []
        buildMentions()
    }

    private mutating func appendQuad(_ quad: EncodedQuad) {
        if quad.subject.isBlankNode || quad.object.isBlankNode || quad.graph.isBlankNode { withBlankNodes.append(quads.count) }
        quads.append(quad)
    }

    /// The quads that mention `blankNode`, in dataset order.
    @inline(__always)
    func quads(mentioning blankNode: Int) -> ArraySlice<Int32> {
        mentions[Int(mentionStart[blankNode])..<Int(mentionStart[blankNode + 1])]
    }

    /// Fills the blank node to quads map: counts, offsets, then quad indices. A blank node mentioned
    /// twice in one quad is listed once.
    private mutating func buildMentions() {
        mentionStart = Array(repeating: 0, count: blankNodeLabels.count + 1)
        for quad in quads {
            Self.forEachBlankNode(in: quad) { mentionStart[$0 + 1] += 1 }
        }
        for blankNode in 0..<blankNodeLabels.count { mentionStart[blankNode + 1] += mentionStart[blankNode] }
        var next = mentionStart
        mentions = Array(repeating: 0, count: Int(mentionStart[blankNodeLabels.count]))
        for index in quads.indices {
            Self.forEachBlankNode(in: quads[index]) { blankNode in
                mentions[Int(next[blankNode])] = Int32(index)
                next[blankNode] += 1
            }
        }
    }

    /// Calls `body` once for each distinct blank node among subject, object and graph name.
    @inline(__always)
    private static func forEachBlankNode(in quad: EncodedQuad, _ body: (Int) -> Void) {
        let s = quad.subject.blankNode, o = quad.object.blankNode, g = quad.graph.blankNode
        if s >= 0 { body(Int(s)) }
        if o >= 0 && o != s { body(Int(o)) }
        if g >= 0 && g != s && g != o { body(Int(g)) }
    }

    /// Removes repeated quads among `candidates` (indices into `quads`, ascending), keeping the first.
    private mutating func removeDuplicates(among candidates: [Int]) {
        let sorted = arena.withUnsafeBufferPointer { arena in
            candidates.sorted { a, b in
                let order = Self.compare(quads[a], quads[b], arena)
                return order < 0 || (order == 0 && a < b)
            }
        }
        var duplicates: [Int] = []
        arena.withUnsafeBufferPointer { arena in
            for position in 1..<sorted.count where Self.compare(quads[sorted[position - 1]], quads[sorted[position]], arena) == 0 {
                duplicates.append(sorted[position])
            }
        }
        guard !duplicates.isEmpty else { return }
        duplicates.sort()
        var next = 0
        var kept: [EncodedQuad] = []
        kept.reserveCapacity(quads.count - duplicates.count)
        for index in quads.indices {
            if next < duplicates.count && duplicates[next] == index {
                next += 1
            } else {
                kept.append(quads[index])
            }
        }
        quads = kept
    }

    /// An arbitrary total order on quads in which equal quads compare equal.
    private static func compare(_ a: EncodedQuad, _ b: EncodedQuad, _ arena: UnsafeBufferPointer<UInt8>) -> Int {
        var order = compare(a.subject, b.subject, arena)
        if order == 0 { order = compare(a.predicate, b.predicate, arena) }
        if order == 0 { order = compare(a.object, b.object, arena) }
        if order == 0 { order = compare(a.graph, b.graph, arena) }
        return order
    }

    /// Blank nodes by index, after other terms, which compare by their bytes.
    private static func compare(_ x: Term, _ y: Term, _ arena: UnsafeBufferPointer<UInt8>) -> Int {
        if x.isBlankNode || y.isBlankNode { return Int(x.blankNode) - Int(y.blankNode) }
        return CodePointOrder.compare(arena, Int(x.start)..<Int(x.end), Int(y.start)..<Int(y.end))
    }

    var blankNodeCount: Int { blankNodeLabels.count }

    private mutating func encode(_ term: RDFTerm) -> Term {
        switch term {
        case .blankNode(let label): return blankNode(label)
        case .iri(let value): return iri(value)
        case .literal(let literal): return self.literal(literal.lexicalForm, datatype: literal.datatype, language: literal.language)
        }
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

extension EncodedDataset: RDFQuadSink {
    public mutating func iri(_ iri: String) -> Term {
        let start = Int32(arena.count)
        NQuadsSerializer.appendIRI(iri, to: &arena)
        return Term(blankNode: -1, start: start, end: Int32(arena.count))
    }

    public mutating func blankNode(_ label: String) -> Term {
        let number = Self.number(inLabel: label)
        if let number, number < indexOfNumber.count, indexOfNumber[number] > 0 {
            return Term(blankNode: indexOfNumber[number] - 1, start: 0, end: 0)
        }
        if number == nil, let index = indexOfLabel[label] { return Term(blankNode: index, start: 0, end: 0) }
        let index = Int32(blankNodeLabels.count)
        blankNodeLabels.append(label)
        if let number {
            if number >= indexOfNumber.count {
                indexOfNumber.append(contentsOf: repeatElement(0, count: number + 1 - indexOfNumber.count))
            }
            indexOfNumber[number] = index + 1
        } else {
            indexOfLabel[label] = index
        }
        return Term(blankNode: index, start: 0, end: 0)
    }

    public mutating func literal(_ lexicalForm: String, datatype: String, language: String?) -> Term {
        let start = Int32(arena.count)
        NQuadsSerializer.appendLiteral(lexicalForm, datatype: datatype, language: language, to: &arena)
        return Term(blankNode: -1, start: start, end: Int32(arena.count))
    }

    public mutating func append(subject: Term, predicate: Term, object: Term, graph: Term?) {
        let position = quads.count
        if invalid == nil {
            if predicate.isBlankNode || arena[Int(predicate.start)] != .lessThan {
                invalid = RDFError(.invalidQuad, "quad \(position + 1) has a predicate that is not an IRI")
            } else if isLiteral(subject) {
                invalid = RDFError(.invalidQuad, "quad \(position + 1) has a literal as subject")
            } else if let graph, isLiteral(graph) {
                invalid = RDFError(.invalidQuad, "quad \(position + 1) has a literal as graph name")
            }
        }
        appendQuad(EncodedQuad(subject: subject, predicate: predicate, object: object, graph: graph ?? .defaultGraph, source: Int32(position)))
    }

    public mutating func reserveCapacity(quads count: Int) {
        quads.reserveCapacity(quads.count + count)
        arena.reserveCapacity(arena.count + count * 64)
    }

    public func same(_ a: Term, _ b: Term) -> Bool {
        if a.isBlankNode || b.isBlankNode { return a.blankNode == b.blankNode }
        return arena.withUnsafeBufferPointer { arena in
            CodePointOrder.compare(arena, Int(a.start)..<Int(a.end), Int(b.start)..<Int(b.end)) == 0
        }
    }

    public func key(of term: Term) -> TermKey {
        TermKey(blankNode: term.blankNode, bytes: term.isBlankNode ? [] : Array(arena[Int(term.start)..<Int(term.end)]))
    }

    private func isLiteral(_ term: Term) -> Bool {
        !term.isBlankNode && term.start < term.end && arena[Int(term.start)] == .quote
    }

    /// N when `label` is `b` followed by the decimal digits of N (no leading zero, at most four
    /// digits, so the table stays small whatever the input's labels).
    @inline(__always)
    private static func number(inLabel label: String) -> Int? {
        let u = label.utf8
        guard u.count >= 2, u.count <= 5, u.first == UInt8(ascii: "b") else { return nil }
        var value = 0
        var first = true
        for c in u.dropFirst() {
            guard c >= 0x30 && c <= 0x39 else { return nil }
            if first && c == 0x30 && u.count > 2 { return nil }
            first = false
            value = value * 10 + Int(c - 0x30)
        }
        return value
    }
}
