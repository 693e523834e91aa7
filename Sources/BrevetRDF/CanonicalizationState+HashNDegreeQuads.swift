import Crypto

extension CanonicalizationState {
    /// Hash N-Degree Quads ([RDFC-1.0 §4.8.3](https://www.w3.org/TR/rdf-canon/#hash-nd-quads-algorithm)):
    /// hashes `identifier` together with the paths to the blank nodes it is related to, exploring
    /// every permutation of blank nodes that share a related hash and keeping the least path.
    /// On return, `issuer` is the chosen issuer ("Replace issuer, by reference, with chosen issuer").
    mutating func hashNDegreeQuads(_ identifier: Int, issuer: inout IdentifierIssuer, depth: Int) throws(RDFError) -> [UInt8] {
        try spendHashNDegreeCall(depth: depth)
        // Steps 1–3: Hn, related hash → related blank nodes (in order of mention, repeats kept).
        var relatedByHash: [[UInt8]: [Int]] = [:]
        for quadIndex in dataset.quads(mentioning: identifier) {
            let quad = dataset.quads[Int(quadIndex)]
            for (component, position) in [(quad.subject, UInt8(ascii: "s")), (quad.object, UInt8(ascii: "o")),
                                          (quad.graph, UInt8(ascii: "g"))]
            where component.isBlankNode && Int(component.blankNode) != identifier {
                let related = Int(component.blankNode)
                let hash = hashRelatedBlankNode(related, in: quad, issuer: issuer, position: position)
                relatedByHash[hash, default: []].append(related)
            }
        }
        // Step 5: "For each related hash to blank node list mapping in Hn, code point ordered by related hash".
        var dataToHash: [UInt8] = []
        for relatedHash in relatedByHash.keys.sorted(by: CodePointOrder.precedes) {
            dataToHash.append(contentsOf: relatedHash)
            var chosenPath: [UInt8] = []
            var chosenIssuer: IdentifierIssuer?
            var permutations = Permutations(of: relatedByHash[relatedHash]!, labels: dataset.blankNodeLabels)
            permutationLoop: repeat {
                try spendPermutation()
                var issuerCopy = issuer
                var path: [UInt8] = []
                var recursionList: [Int] = []
                // Step 5.4.4: label the related blank nodes in permutation order.
                for related in permutations.current {
                    if canonicalIssuer.hasIssued(related) {
                        canonicalIssuer.appendBlankNodeLabel(of: related, to: &path)
                    } else {
                        if !issuerCopy.hasIssued(related) { recursionList.append(related) }
                        issuerCopy.issue(related)
                        issuerCopy.appendBlankNodeLabel(of: related, to: &path)
                    }
                    if Self.cannotBeChosen(path, over: chosenPath) { continue permutationLoop }
                }
                // Step 5.4.5: extend the path with the hashes of the newly labelled blank nodes.
                for related in recursionList {
                    let result = try hashNDegreeQuads(related, issuer: &issuerCopy, depth: depth + 1)
                    issuerCopy.issue(related)
                    issuerCopy.appendBlankNodeLabel(of: related, to: &path)
                    path.append(.lessThan)
                    path.append(contentsOf: result)
                    path.append(.greaterThan)
                    if Self.cannotBeChosen(path, over: chosenPath) { continue permutationLoop }
                }
                // Step 5.4.6
                if chosenPath.isEmpty || CodePointOrder.precedes(path, chosenPath) {
                    chosenPath = path
                    chosenIssuer = issuerCopy
                }
            } while permutations.advance()
            // Steps 5.5 and 5.6
            dataToHash.append(contentsOf: chosenPath)
            if let chosenIssuer { issuer = chosenIssuer }
        }
        // Step 6
        return Self.hash(dataToHash)
    }

    /// Hash Related Blank Node ([§4.7.3](https://www.w3.org/TR/rdf-canon/#hash-related-algorithm)):
    /// position, then `<predicate>` unless the position is `g`, then the related blank node's canonical
    /// or temporary label, or else its first-degree hash.
    func hashRelatedBlankNode(_ related: Int, in quad: EncodedDataset.EncodedQuad, issuer: IdentifierIssuer,
                              position: UInt8) -> [UInt8] {
        var input: [UInt8] = [position]
        if position != UInt8(ascii: "g") { dataset.appendBytes(of: quad.predicate, to: &input) }
        if canonicalIssuer.hasIssued(related) {
            canonicalIssuer.appendBlankNodeLabel(of: related, to: &input)
        } else if issuer.hasIssued(related) {
            issuer.appendBlankNodeLabel(of: related, to: &input)
        } else {
            input.append(contentsOf: firstDegreeHash(of: related))
        }
        return Self.hash(input)
    }

    /// Steps 5.4.4.3 and 5.4.5.5: "If chosen path is not empty and the length of path is greater than
    /// or equal to the length of chosen path and path is greater than chosen path when considering
    /// code point order, then skip to the next permutation".
    private static func cannotBeChosen(_ path: [UInt8], over chosenPath: [UInt8]) -> Bool {
        !chosenPath.isEmpty && path.count >= chosenPath.count && CodePointOrder.precedes(chosenPath, path)
    }

    private mutating func spendHashNDegreeCall(depth: Int) throws(RDFError) {
        hashNDegreeCalls += 1
        if hashNDegreeCalls > hashNDegreeCallBudget {
            throw RDFError(.limitExceeded, "canonicalization stopped after \(hashNDegreeCallBudget) calls of Hash N-Degree Quads (RDFC-1.0 §4.8): the dataset looks like a poison dataset; raise RDFCanonicalizer.Limits only for trusted input")
        }
        if depth > limits.maxRecursionDepth {
            throw RDFError(.limitExceeded, "canonicalization stopped at recursion depth \(limits.maxRecursionDepth) of Hash N-Degree Quads (RDFC-1.0 §4.8)")
        }
    }

    private mutating func spendPermutation() throws(RDFError) {
        permutationCount += 1
        if permutationCount > permutationBudget {
            throw RDFError(.limitExceeded, "canonicalization stopped after \(permutationBudget) permutations in Hash N-Degree Quads (RDFC-1.0 §4.8.3 step 5.4): the dataset looks like a poison dataset; raise RDFCanonicalizer.Limits only for trusted input")
        }
    }
}

/// The permutations of a blank node list ([§4.8.3 step 5.4](https://www.w3.org/TR/rdf-canon/#hash-nd-quads-algorithm)),
/// in lexicographic order of the blank nodes' input labels. A blank node listed twice is one value,
/// so identical orderings (which would give identical paths) are produced once.
struct Permutations {
    private let values: [Int]
    private var ranks: [Int]
    private(set) var current: [Int]

    init(of blankNodes: [Int], labels: [String]) {
        let sorted = blankNodes.sorted { labels[$0].utf8.lexicographicallyPrecedes(labels[$1].utf8) }
        var values: [Int] = []
        var ranks: [Int] = []
        for blankNode in sorted {
            if values.last != blankNode { values.append(blankNode) }
            ranks.append(values.count - 1)
        }
        self.values = values
        self.ranks = ranks
        self.current = sorted
    }

    /// Moves to the next permutation; false after the last one.
    mutating func advance() -> Bool {
        guard ranks.count > 1 else { return false }
        var pivot = ranks.count - 2
        while pivot >= 0 && ranks[pivot] >= ranks[pivot + 1] { pivot -= 1 }
        guard pivot >= 0 else { return false }
        var successor = ranks.count - 1
        while ranks[successor] <= ranks[pivot] { successor -= 1 }
        ranks.swapAt(pivot, successor)
        ranks[(pivot + 1)...].reverse()
        for position in ranks.indices { current[position] = values[ranks[position]] }
        return true
    }
}
