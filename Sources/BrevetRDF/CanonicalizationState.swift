import Crypto

/// The canonicalization state (blank node to quads map, first-degree hashes, canonical issuer) and the
/// steps of the Canonicalization Algorithm ([RDFC-1.0 §4.4.3](https://www.w3.org/TR/rdf-canon/#canon-algo-algo))
/// that use it, generic over the hash function so that each one is specialized.
///
/// Hashes are kept as their lower-case hexadecimal bytes: that is what the algorithm feeds into
/// later hashes, and byte order on them is the code point order the algorithm sorts by.
struct CanonicalizationState<H: HashFunction> {
    let dataset: EncodedDataset
    let limits: RDFCanonicalizer.Limits
    /// The canonical issuer, prefix `c14n`.
    var canonicalIssuer: IdentifierIssuer
    /// Hash First Degree Quads of each blank node (step 3), reused by Hash Related Blank Node: the
    /// hexadecimal hashes one after the other, ``hashLength`` bytes each.
    var firstDegreeHashes: [UInt8] = []
    static var hashLength: Int { H.Digest.byteCount * 2 }
    /// Hash N-Degree Quads calls made and allowed, and permutations examined and allowed.
    var hashNDegreeCalls = 0
    var hashNDegreeCallBudget = 0
    var permutationCount = 0
    var permutationBudget = 0
    /// Reused buffers for the lines of Hash First Degree Quads.
    private var lineBuffer: [UInt8] = []
    private var lineRanges: [Range<Int>] = []

    init(_ input: RDFDataset, limits: RDFCanonicalizer.Limits) throws(RDFError) {
        try self.init(encoded: EncodedDataset(input), limits: limits)
    }

    /// A state over a dataset already encoded and prepared (see ``EncodedDataset/prepare()``).
    init(encoded: EncodedDataset, limits: RDFCanonicalizer.Limits) {
        dataset = encoded
        self.limits = limits
        canonicalIssuer = IdentifierIssuer(prefix: "c14n", blankNodeCount: dataset.blankNodeCount)
    }

    /// Steps 2–5 of the Canonicalization Algorithm: issues a canonical identifier to every blank node.
    mutating func issueCanonicalIdentifiers() throws(RDFError) {
        let count = dataset.blankNodeCount
        guard count > 0 else { return }
        if count == 1 {
            // A lone blank node's first-degree hash is unique whatever it is, so step 4 issues it
            // `c14n0`: the hash would change nothing (a proof configuration has just one blank node).
            canonicalIssuer.issue(0)
            return
        }
        // Step 3: "For each key n in the blank node to quads map: create a hash, hf(n) ... Append n to
        // the value associated to hf(n) in hash to blank nodes map". The map is kept as the blank nodes
        // sorted by hash (ties in blank node order), so its entries come "code point ordered by hash".
        firstDegreeHashes.reserveCapacity(count * Self.hashLength)
        for blankNode in 0..<count { appendFirstDegreeHash(of: blankNode) }
        let byHash = firstDegreeHashes.withUnsafeBufferPointer { hashes in
            (0..<count).sorted { a, b in
                let order = CodePointOrder.compare(hashes, Self.hashRange(a), Self.hashRange(b))
                return order < 0 || (order == 0 && a < b)
            }
        }
        var hashToBlankNodes: [ArraySlice<Int>] = []
        var runStart = 0
        for position in 1...count
        where position == count || firstDegreeHash(of: byHash[position]) != firstDegreeHash(of: byHash[runStart]) {
            hashToBlankNodes.append(byHash[runStart..<position])
            runStart = position
        }
        // Step 4: blank nodes with a unique hash get canonical identifiers first.
        var sharedHashBlankNodes = 0
        for identifiers in hashToBlankNodes {
            if identifiers.count == 1 {
                canonicalIssuer.issue(identifiers.first!)
            } else {
                sharedHashBlankNodes += identifiers.count
            }
        }
        guard sharedHashBlankNodes > 0 else { return }
        hashNDegreeCallBudget = limits.hashNDegreeCallBudget(sharedHashBlankNodes: sharedHashBlankNodes)
        permutationBudget = limits.permutationBudget(sharedHashBlankNodes: sharedHashBlankNodes)
        // Step 5: shared hashes, in the same order.
        for identifiers in hashToBlankNodes where identifiers.count > 1 {
            var hashPathList: [(hash: [UInt8], issuer: IdentifierIssuer)] = []
            for blankNode in identifiers where !canonicalIssuer.hasIssued(blankNode) {
                var temporaryIssuer = IdentifierIssuer(prefix: "b", blankNodeCount: count)
                temporaryIssuer.issue(blankNode)
                let result = try hashNDegreeQuads(blankNode, issuer: &temporaryIssuer, depth: 1)
                hashPathList.append((result, temporaryIssuer))
            }
            // Step 5.3: "For each result in the hash path list, code point ordered by the hash in
            // result" (a stable order, so equal hashes keep the identifier list order).
            let order = hashPathList.indices.sorted { lhs, rhs in
                let a = hashPathList[lhs].hash, b = hashPathList[rhs].hash
                return a == b ? lhs < rhs : CodePointOrder.precedes(a, b)
            }
            for position in order {
                for existing in hashPathList[position].issuer.issuedOrder {
                    canonicalIssuer.issue(Int(existing))
                }
            }
        }
    }

    /// Hash First Degree Quads ([§4.6.3](https://www.w3.org/TR/rdf-canon/#hash-1d-quads-algorithm)):
    /// the quads that mention `reference` in canonical form, the reference blank node written `_:a`
    /// and every other one `_:z`, sorted in code point order, concatenated and hashed.
    mutating func appendFirstDegreeHash(of reference: Int) {
        lineBuffer.removeAll(keepingCapacity: true)
        lineRanges.removeAll(keepingCapacity: true)
        for quad in dataset.quads(mentioning: reference) {
            let start = lineBuffer.count
            dataset.appendLine(of: Int(quad), to: &lineBuffer) { blankNode, out in
                out.append(.underscore)
                out.append(.colon)
                out.append(blankNode == reference ? UInt8(ascii: "a") : UInt8(ascii: "z"))
            }
            lineRanges.append(start..<lineBuffer.count)
        }
        return lineBuffer.withUnsafeBufferPointer { lines in
            lineRanges.sort { CodePointOrder.compare(lines, $0, $1) < 0 }
            var hasher = H()
            for range in lineRanges { hasher.update(bufferPointer: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: lines[range]))) }
            Self.appendHexDigest(hasher.finalize(), to: &firstDegreeHashes)
        }
    }

    /// The first-degree hash of `blankNode`, in hexadecimal.
    func firstDegreeHash(of blankNode: Int) -> ArraySlice<UInt8> { firstDegreeHashes[Self.hashRange(blankNode)] }

    static func hashRange(_ blankNode: Int) -> Range<Int> {
        (blankNode * hashLength)..<((blankNode + 1) * hashLength)
    }

    /// The hash of `bytes`, in lower-case hexadecimal.
    static func hash(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBytes { buffer in
            var hasher = H()
            hasher.update(bufferPointer: buffer)
            return hexDigest(hasher.finalize())
        }
    }

    static func hexDigest(_ digest: H.Digest) -> [UInt8] {
        var hex: [UInt8] = []
        hex.reserveCapacity(H.Digest.byteCount * 2)
        appendHexDigest(digest, to: &hex)
        return hex
    }

    /// Appends the lower-case hexadecimal digits of `digest` to `out`.
    static func appendHexDigest(_ digest: H.Digest, to out: inout [UInt8]) {
        let digits: StaticString = "0123456789abcdef"
        digits.withUTF8Buffer { digits in
            digest.withUnsafeBytes { bytes in
                for byte in bytes {
                    out.append(digits[Int(byte >> 4)])
                    out.append(digits[Int(byte & 0x0F)])
                }
            }
        }
    }
}
