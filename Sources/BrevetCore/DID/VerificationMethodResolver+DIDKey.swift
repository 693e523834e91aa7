extension VerificationMethodResolver {
    /// Every key algorithm, the default policy (built once rather than per resolver).
    public static let allAlgorithms: Set<KeyAlgorithm> = Set(KeyAlgorithm.allCases)
    /// The DID methods resolved by default.
    public static let defaultDIDMethods: Set<String> = ["key", "jwk", "web"]

    /// The did:key branch of ``resolve(_:relationship:)`` for the ordinary case, read straight from
    /// the id's bytes: `did:key:<value>` or `did:key:<value>#<value>`, where the value is base58btc
    /// text starting with `z` and the relationship is one a did:key lists
    /// ([did:key §3.1.4](https://w3c-ccg.github.io/did-key-spec/#document-creation-algorithm)).
    ///
    /// It answers only when the general path would succeed with the same method: such an id is a
    /// valid DID URL with no path or query (base58btc characters are DID `idchar`s), names method
    /// `key`, has no version prefix, and its fragment is the value. The key is read and checked for
    /// canonical encoding by the same code (``DIDKey/keyAndValue(of:)`` uses it too). Anything else —
    /// another fragment, an unusual character, a key that does not read — returns `nil`, and the
    /// general path then raises its precise error. It builds no DID, DID URL or DID document.
    func directDIDKeyMethod(_ methodId: String, relationship: String?) -> ResolvedVerificationMethod? {
        guard allowedDIDMethods.contains("key") else { return nil }
        if let relationship, !DIDKey.relationships.contains(relationship) { return nil }
        let utf8 = methodId.utf8
        // "did:key:" and a value of at least "z" and one digit; did:key values are under 200 bytes.
        guard utf8.count > 9, utf8.count <= 512, methodId.hasPrefix("did:key:z") else { return nil }
        // The method is a pure function of the id's text (see DIDKeyMethodCache for why this is safe).
        if let known = DIDKeyMethodCache.shared.method(for: methodId) { return known }
        let parts: (valueEnd: Int, hasFragment: Bool)? = utf8.withContiguousStorageIfAvailable { bytes in
            let digits = Base58BTC.digits
            var i = 8
            while i < bytes.count, digits[Int(bytes[i])] >= 0 { i += 1 }
            let valueEnd = i
            guard i < bytes.count else { return (valueEnd, false) }
            // The only other form: '#' followed by exactly the value again.
            let valueLength = valueEnd - 8
            guard bytes[i] == UInt8(ascii: "#"), bytes.count - valueEnd - 1 == valueLength else { return nil }
            for k in 0..<valueLength where bytes[8 + k] != bytes[valueEnd + 1 + k] { return nil }
            return (valueEnd, true)
        } ?? nil
        guard let parts else { return nil }
        let did = String(decoding: utf8.prefix(parts.valueEnd), as: UTF8.self)
        let value = String(did.utf8.dropFirst(8))!
        guard let bytes = try? Multibase.decode(value, expecting: .base58btc),
              let key = try? PublicKey(multikeyBytes: bytes), DIDKey.isCanonical(key, decodedFrom: bytes) else { return nil }
        let method = DIDKey.method(did: did, value: value, id: parts.hasFragment ? methodId : did + "#" + value, key: key)
        DIDKeyMethodCache.shared.store(method, for: methodId)
        return method
    }
}
