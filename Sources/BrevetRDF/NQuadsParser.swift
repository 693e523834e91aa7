/// Reads an [RDF 1.1 N-Quads](https://www.w3.org/TR/n-quads/) document into an ``RDFDataset``.
///
/// The whole grammar of [§4](https://www.w3.org/TR/n-quads/#sec-grammar): IRIs with `\uXXXX` and
/// `\UXXXXXXXX` escapes, blank node labels, literals with string escapes, language tags and datatypes,
/// an optional graph label, comments, and any mix of `\n` and `\r` line ends. IRIs must be absolute
/// ("Relative IRIs are not allowed"), and an escape may not smuggle into an IRI a character the
/// grammar forbids there, so every dataset read here can be written back as valid N-Quads.
/// Quads are returned in document order, duplicates included; blank node labels are kept as written.
///
/// Errors are ``RDFError`` values with code ``RDFError/Code/syntax`` carrying the line and column
/// of the offending character.
public struct NQuadsParser: Sendable {
    public struct Limits: Sendable, Hashable {
        /// Longest document accepted, in UTF-8 bytes.
        public var maxBytes: Int

        public init(maxBytes: Int = 64 << 20) {
            self.maxBytes = maxBytes
        }

        public static let `default` = Limits()
    }

    public var limits: Limits

    public init(limits: Limits = .default) { self.limits = limits }

    /// Parses an N-Quads document.
    public func parse(_ text: String) throws(RDFError) -> RDFDataset {
        var text = text
        let result: Result<RDFDataset, RDFError> = text.withUTF8 { bytes in
            Result { () throws(RDFError) -> RDFDataset in try parse(validUTF8: bytes) }
        }
        return try result.get()
    }

    /// Parses an N-Quads document given as bytes, which must be UTF-8
    /// ([§5](https://www.w3.org/TR/n-quads/#sec-mediatype): "N-Quads documents are always encoded in UTF-8").
    public func parse(utf8 bytes: [UInt8]) throws(RDFError) -> RDFDataset {
        // Decoding repairs invalid sequences; any repair changes the bytes.
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.utf8.elementsEqual(bytes) else {
            throw RDFError(.invalidUTF8, "the document is not valid UTF-8")
        }
        return try parse(text)
    }

    private func parse(validUTF8 bytes: UnsafeBufferPointer<UInt8>) throws(RDFError) -> RDFDataset {
        guard bytes.count <= limits.maxBytes else {
            throw RDFError(.tooLarge, "the document has \(bytes.count) bytes, more than the limit of \(limits.maxBytes)")
        }
        var reader = NQuadsReader(bytes)
        return try reader.readDocument()
    }
}
