/// A JSON number kept in the exact text it was written with.
///
/// JSON does not bound the range or precision of numbers
/// ([RFC 8259 §6](https://www.rfc-editor.org/rfc/rfc8259#section-6)); keeping the lexical form means a
/// value like `12345678901234567890` or `1.10` is written back as it came. Arithmetic and canonical
/// forms use ``doubleValue``, the IEEE 754 double that RFC 8785 and JSON-LD prescribe.
public struct JSONNumber: Sendable, Hashable, CustomStringConvertible {
    /// The number as written in the JSON text (always a valid JSON number).
    public let text: String

    /// Wraps text the parser has already checked against the JSON number grammar.
    @inlinable init(validatedText: String) { text = validatedText }

    public init(_ value: Int) { text = String(value) }

    /// A finite double, written in its shortest round-trip form (ECMAScript `Number.prototype.toString`).
    /// Precondition: `value.isFinite` — JSON has no NaN or infinity.
    public init(_ value: Double) {
        precondition(value.isFinite, "JSON numbers are finite")
        text = ECMAScriptNumber.format(value)
    }

    /// The nearest IEEE 754 double to the written value.
    public var doubleValue: Double { Double(text) ?? .nan }

    /// The value as an `Int` when it is integral and in range (`3`, `3.0` and `3e0` all give 3).
    public var intValue: Int? {
        if let i = Int(text) { return i }
        let d = doubleValue
        guard d.rounded() == d, abs(d) < 9.0e15 else { return nil }
        return Int(d)
    }

    /// True when the written form has no fraction and no exponent.
    public var isIntegerLiteral: Bool { !text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) }

    public var description: String { text }

    public static func == (lhs: JSONNumber, rhs: JSONNumber) -> Bool {
        lhs.text == rhs.text || lhs.doubleValue == rhs.doubleValue
    }

    public func hash(into hasher: inout Hasher) {
        let d = doubleValue
        hasher.combine(d == 0 ? 0 : d)  // +0 and -0 hash alike
    }
}
