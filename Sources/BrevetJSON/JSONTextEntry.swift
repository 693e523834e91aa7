/// Where one value of a ``JSONText`` lies, and what it is.
///
/// Entries are in document order. A container's entry is followed by those of its elements (an
/// array) or of its member names and values in turn (an object); ``next`` skips the whole subtree.
struct JSONTextEntry: Sendable {
    enum Kind: UInt8, Sendable {
        case null, `false`, `true`, number, string, array, object
    }

    var kind: Kind
    /// Strings: the body holds at least one escape sequence, so its bytes are not its value.
    var escaped: Bool
    /// Strings: every byte of the body is ASCII.
    var ascii: Bool
    /// Strings: the first byte after the opening quote. Numbers and literals: their first byte.
    /// Containers: the offset of the opening bracket.
    var start: UInt32
    /// Strings: the offset of the closing quote. Numbers and literals: one past their last byte.
    /// Containers: one past the closing bracket.
    var end: UInt32
    /// The index of the entry after this value and everything inside it.
    var next: UInt32
    /// Containers: how many elements or members they hold.
    var count: UInt32

    /// Bytes between ``start`` and ``end``.
    @inline(__always) var length: Int { Int(end) - Int(start) }
}
