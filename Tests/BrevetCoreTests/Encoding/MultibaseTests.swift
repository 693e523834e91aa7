import BrevetCore
import Testing

@Suite struct MultibaseTests {
    @Test func prefixesNameTheEncoding() throws {
        let bytes: [UInt8] = Array("Multibase is awesome! \\o/".utf8)
        // Examples from draft-multiformats-multibase-08 §3.1.
        #expect(Multibase.encode(bytes, .base58btc) == "zYAjKoNbau5KiqmHPmSxYCvn66dA1vLmwbt")
        #expect(Multibase.encode(bytes, .base64url) == "uTXVsdGliYXNlIGlzIGF3ZXNvbWUhIFxvLw")
        #expect(Multibase.encode(bytes, .base16) == "f4d756c74696261736520697320617765736f6d6521205c6f2f")
        for encoding in Multibase.Encoding.allCases {
            let decoded = try Multibase.decode(Multibase.encode(bytes, encoding))
            #expect(decoded.encoding == encoding)
            #expect(decoded.bytes == bytes)
        }
    }

    @Test func wrongPrefixIsAClearError() throws {
        let error = #expect(throws: CoreError(.invalidMultibase, "")) {
            try Multibase.decode("uTXVsdGk", expecting: .base58btc)
        }
        #expect(error?.reason.contains("base58btc") == true)
        #expect(error?.reason.contains("'u'") == true)
        #expect(throws: CoreError(.invalidMultibase, "")) { try Multibase.decode("", expecting: .base58btc) }
        #expect(throws: CoreError(.invalidMultibase, "")) { try Multibase.decode("Qabc") }
        #expect(throws: CoreError(.invalidMultibase, "")) { try Multibase.decode("") }
    }
}
