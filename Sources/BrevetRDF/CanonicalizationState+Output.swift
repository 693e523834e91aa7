extension CanonicalizationState {
    /// Steps 6 and 7 of the Canonicalization Algorithm and the serialization of
    /// [§5](https://www.w3.org/TR/rdf-canon/#serialization): every quad "in canonical n-quads form,
    /// sorting them into code point order, and concatenating them", duplicates dropped.
    func canonicalDataset(of input: RDFDataset) -> CanonicalDataset {
        let count = dataset.blankNodeCount
        var issued: [String: String] = [:]
        issued.reserveCapacity(count)
        for blankNode in 0..<count {
            issued[dataset.blankNodeLabels[blankNode]] = canonicalIssuer.identifier(of: blankNode)
        }
        var canonicalOrder: [Int32] = []
        let nquads = withCanonicalLines { lines, ranges, order in
            canonicalOrder = order
            let length = order.reduce(0) { $0 + ranges[Int($1)].count }
            guard length > 0, let source = lines.baseAddress else { return "" }
            return String(unsafeUninitializedCapacity: length) { document in
                Self.concatenate(lines: source, ranges: ranges, order: order, into: document)
            }
        }
        for position in canonicalOrder.indices {
            canonicalOrder[position] = dataset.quads[Int(canonicalOrder[position])].source
        }
        return CanonicalDataset(nquads: nquads, issuedIdentifiers: issued, input: input, canonicalOrder: canonicalOrder)
    }

    /// The canonical N-Quads document alone, as UTF-8 bytes (the same bytes as ``canonicalDataset(of:)``'s
    /// ``CanonicalDataset/nquads``).
    func canonicalNQuads() -> [UInt8] {
        withCanonicalLines { lines, ranges, order in
            let length = order.reduce(0) { $0 + ranges[Int($1)].count }
            guard length > 0, let source = lines.baseAddress else { return [] }
            return [UInt8](unsafeUninitializedCapacity: length) { document, written in
                written = Self.concatenate(lines: source, ranges: ranges, order: order, into: document)
            }
        }
    }

    /// Writes every quad's line with its canonical labels, then calls `body` with the lines, their
    /// ranges and the positions of the distinct lines in code point order.
    private func withCanonicalLines<R>(
        _ body: (UnsafeBufferPointer<UInt8>, [Range<Int>], [Int32]) -> R
    ) -> R {
        let count = dataset.blankNodeCount
        var labels: [UInt8] = []
        var labelEnds: [Int] = []
        labelEnds.reserveCapacity(count)
        for blankNode in 0..<count {
            canonicalIssuer.appendBlankNodeLabel(of: blankNode, to: &labels)
            labelEnds.append(labels.count)
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

        return lines.withUnsafeBufferPointer { lines in
            var order = Array(ranges.indices)
            order.sort { CodePointOrder.compare(lines, ranges[$0], ranges[$1]) < 0 }
            var canonicalOrder: [Int32] = []
            canonicalOrder.reserveCapacity(ranges.count)
            var previous: Range<Int>?
            for index in order {
                let range = ranges[index]
                if let previous, CodePointOrder.compare(lines, previous, range) == 0 { continue }
                previous = range
                canonicalOrder.append(Int32(index))
            }
            return body(lines, ranges, canonicalOrder)
        }
    }

    /// Copies the lines at `order` one after the other into `target`; returns the bytes written.
    private static func concatenate(
        lines source: UnsafePointer<UInt8>, ranges: [Range<Int>], order: [Int32], into document: UnsafeMutableBufferPointer<UInt8>
    ) -> Int {
        guard let target = document.baseAddress else { return 0 }
        var written = 0
        for index in order {
            let range = ranges[Int(index)]
            (target + written).update(from: source + range.lowerBound, count: range.count)
            written += range.count
        }
        return written
    }
}
