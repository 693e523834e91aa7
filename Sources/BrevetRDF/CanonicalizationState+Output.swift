extension CanonicalizationState {
    /// Steps 6 and 7 of the Canonicalization Algorithm and the serialization of
    /// [§5](https://www.w3.org/TR/rdf-canon/#serialization): every quad "in canonical n-quads form,
    /// sorting them into code point order, and concatenating them", duplicates dropped.
    func canonicalDataset(of input: RDFDataset) -> CanonicalDataset {
        let count = dataset.blankNodeCount
        var labels: [[UInt8]] = []
        var labelStrings: [String] = []
        labels.reserveCapacity(count)
        labelStrings.reserveCapacity(count)
        for blankNode in 0..<count {
            var label: [UInt8] = []
            canonicalIssuer.appendBlankNodeLabel(of: blankNode, to: &label)
            labels.append(label)
            labelStrings.append(String(decoding: label.dropFirst(2), as: UTF8.self))
        }

        var lines: [UInt8] = []
        lines.reserveCapacity(dataset.arena.count + dataset.quads.count * 16)
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(dataset.quads.count)
        for index in dataset.quads.indices {
            let start = lines.count
            dataset.appendLine(of: index, to: &lines) { blankNode, out in out.append(contentsOf: labels[blankNode]) }
            ranges.append(start..<lines.count)
        }

        var document: [UInt8] = []
        document.reserveCapacity(lines.count)
        var quads: [Quad] = []
        quads.reserveCapacity(ranges.count)
        lines.withUnsafeBufferPointer { lines in
            let order = ranges.indices.sorted { precedes(lines[ranges[$0]], lines[ranges[$1]]) }
            var previous: Range<Int>?
            for index in order {
                let range = ranges[index]
                if let previous, lines[previous].elementsEqual(lines[range]) { continue }
                previous = range
                document.append(contentsOf: UnsafeBufferPointer(rebasing: lines[range]))
                quads.append(relabel(index, input: input, labels: labelStrings))
            }
        }

        var issued: [String: String] = [:]
        issued.reserveCapacity(count)
        for blankNode in 0..<count { issued[dataset.blankNodeLabels[blankNode]] = labelStrings[blankNode] }
        return CanonicalDataset(quads: quads, nquads: String(decoding: document, as: UTF8.self), issuedIdentifiers: issued)
    }

    /// The input quad behind encoded quad `index`, with canonical blank node labels.
    private func relabel(_ index: Int, input: RDFDataset, labels: [String]) -> Quad {
        let encoded = dataset.quads[index]
        var quad = input[Int(encoded.source)]
        if encoded.subject.isBlankNode { quad.subject = .blankNode(labels[Int(encoded.subject.blankNode)]) }
        if encoded.object.isBlankNode { quad.object = .blankNode(labels[Int(encoded.object.blankNode)]) }
        if encoded.graph.isBlankNode { quad.graph = .blankNode(labels[Int(encoded.graph.blankNode)]) }
        return quad
    }
}
