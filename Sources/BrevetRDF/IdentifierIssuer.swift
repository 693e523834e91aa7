/// An identifier issuer ([RDFC-1.0 §4.5](https://www.w3.org/TR/rdf-canon/#issue-identifier-algorithm)): hands out
/// `prefix0`, `prefix1`, ... to blank nodes in the order they are first asked for.
///
/// Blank nodes are the dense indices of ``EncodedDataset``; issuers are copied for every permutation
/// that Hash N-Degree Quads explores, so the state is two flat arrays.
struct IdentifierIssuer {
    /// `c14n` or `b`, as bytes.
    let prefix: [UInt8]
    /// For each blank node, the number in its issued identifier, or -1.
    private var numbers: [Int32]
    /// The blank nodes in the order their identifiers were issued.
    private(set) var issuedOrder: [Int32] = []

    init(prefix: String, blankNodeCount: Int) {
        self.prefix = Array(prefix.utf8)
        self.numbers = Array(repeating: -1, count: blankNodeCount)
    }

    func hasIssued(_ blankNode: Int) -> Bool { numbers[blankNode] >= 0 }

    /// The Issue Identifier algorithm ([§4.5.2](https://www.w3.org/TR/rdf-canon/#issue-identifier-algorithm)):
    /// the existing identifier, or the next one. Returns its number.
    @discardableResult
    mutating func issue(_ blankNode: Int) -> Int {
        let existing = numbers[blankNode]
        if existing >= 0 { return Int(existing) }
        let number = issuedOrder.count
        numbers[blankNode] = Int32(number)
        issuedOrder.append(Int32(blankNode))
        return number
    }

    /// Appends `_:` and the identifier issued to `blankNode`, which must have one.
    func appendBlankNodeLabel(of blankNode: Int, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "_"))
        out.append(UInt8(ascii: ":"))
        appendIdentifier(of: blankNode, to: &out)
    }

    /// Appends the identifier issued to `blankNode` (prefix and number), which must have one.
    func appendIdentifier(of blankNode: Int, to out: inout [UInt8]) {
        out.append(contentsOf: prefix)
        appendDecimal(Int(numbers[blankNode]), to: &out)
    }

    /// The identifier issued to `blankNode`, which must have one.
    func identifier(of blankNode: Int) -> String {
        var bytes: [UInt8] = []
        appendIdentifier(of: blankNode, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Appends the decimal digits of a non-negative number.
func appendDecimal(_ value: Int, to out: inout [UInt8]) {
    if value < 10 {
        out.append(UInt8(truncatingIfNeeded: 0x30 + value))
        return
    }
    var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                 UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
        (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var count = 0
    var rest = value
    withUnsafeMutableBytes(of: &digits) { buffer in
        while rest > 0 {
            buffer[count] = UInt8(truncatingIfNeeded: 0x30 + rest % 10)
            rest /= 10
            count += 1
        }
        for position in stride(from: count - 1, through: 0, by: -1) { out.append(buffer[position]) }
    }
}
