extension CanonicalizationState {
    /// Steps 6 and 7 of the Canonicalization Algorithm and the serialization of
    /// [§5](https://www.w3.org/TR/rdf-canon/#serialization): every quad "in canonical n-quads form,
    /// sorting them into code point order, and concatenating them", duplicates dropped.
    func canonicalDataset(of input: RDFDataset) -> CanonicalDataset {
        let count = dataset.blankNodeCount
        var labels: [UInt8] = []
        var labelEnds: [Int] = []
        labelEnds.reserveCapacity(count)
        var issued: [String: String] = [:]
        issued.reserveCapacity(count)
        for blankNode in 0..<count {
            let start = labels.count
            canonicalIssuer.appendBlankNodeLabel(of: blankNode, to: &labels)
            labelEnds.append(labels.count)
            issued[dataset.blankNodeLabels[blankNode]] = String(decoding: labels[(start + 2)...], as: UTF8.self)
        }

        var lines: [UInt8] = []
        lines.reserveCapacity(dataset.arena.count + dataset.quads.count * 24)
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(dataset.quads.count)
        labels.withUnsafeBufferPointer { labels in
            for index in dataset.quads.indices {
                let start = lines.count
                dataset.appendLine(of: index, to: &lines) { blankNode, out in
                    let labelStart = blankNode == 0 ? 0 : labelEnds[blankNode - 1]
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: labels[labelStart..<labelEnds[blankNode]]))
                }
                ranges.append(start..<lines.count)
            }
        }

        var canonicalOrder: [Int32] = []
        canonicalOrder.reserveCapacity(ranges.count)
        let nquads = lines.withUnsafeBufferPointer { lines in
            var order = Array(ranges.indices)
            order.sort { CodePointOrder.compare(lines, ranges[$0], ranges[$1]) < 0 }
            var length = 0
            var previous: Range<Int>?
            for index in order {
                let range = ranges[index]
                if let previous, CodePointOrder.compare(lines, previous, range) == 0 { continue }
                previous = range
                length += range.count
                canonicalOrder.append(Int32(index))
            }
            guard length > 0, let source = lines.baseAddress else { return "" }
            return String(unsafeUninitializedCapacity: length) { document in
                guard let target = document.baseAddress else { return 0 }
                var written = 0
                for index in canonicalOrder {
                    let range = ranges[Int(index)]
                    (target + written).update(from: source + range.lowerBound, count: range.count)
                    written += range.count
                }
                return written
            }
        }
        for position in canonicalOrder.indices {
            canonicalOrder[position] = dataset.quads[Int(canonicalOrder[position])].source
        }
        return CanonicalDataset(nquads: nquads, issuedIdentifiers: issued, input: input, canonicalOrder: canonicalOrder)
    }
}
