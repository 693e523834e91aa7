extension Bitstring {
    /// The `encodedList` form: multibase base64url without padding (prefix `u`) of the GZIP of the bits.
    ///
    /// [§2.1 BitstringStatusListCredential](https://www.w3.org/TR/vc-bitstring-status-list/#bitstringstatuslistcredential):
    /// "The encodedList property of the credential subject MUST be the Multibase-encoded base64url
    /// representation of the GZIP-compressed bitstring values".
    public func encodedList() throws(StatusListError) -> String {
        "u" + Base64URL.encode(try GZip.compress(bytes))
    }

    /// Decodes an `encodedList`, refusing a missing or wrong multibase prefix, padded or non-base64url
    /// text, corrupt GZIP, and lists that expand beyond `maxBytes`.
    public init(encodedList: String, maxBytes: Int = GZip.defaultMaxOutputBytes) throws(StatusListError) {
        guard let first = encodedList.utf8.first else {
            throw StatusListError(.encoding, "encodedList is empty")
        }
        guard first == UInt8(ascii: "u") else {
            throw StatusListError(
                .encoding,
                "encodedList must start with the multibase prefix 'u' (base64url, no padding), found '\(Character(Unicode.Scalar(first)))'")
        }
        // base64 takes 4 characters per 3 bytes; GZIP rarely shrinks a list below 1/1000, so an input
        // longer than the output limit is refused before decoding.
        guard encodedList.utf8.count <= maxBytes else {
            throw StatusListError(.tooLarge, "encodedList is longer than the limit of \(maxBytes) bytes")
        }
        let compressed: [UInt8]
        do throws(CoreError) { compressed = try Base64URL.decode(utf8: Array(encodedList.utf8.dropFirst())) } catch {
            throw StatusListError(.encoding, "encodedList is not base64url without padding after the 'u' prefix: \(error.reason)")
        }
        self.init(bytes: try GZip.decompress(compressed, maxOutputBytes: maxBytes))
    }
}
