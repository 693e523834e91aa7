import BrevetCore
import Testing

/// Varint headers as the Controlled Identifiers spec spells them out (0xed01, 0x8024, 0x8124, ...).
@Suite struct MulticodecTests {
    @Test(arguments: [
        (Multicodec.ed25519Pub, [0xED, 0x01] as [UInt8]), (.p256Pub, [0x80, 0x24]), (.p384Pub, [0x81, 0x24]),
        (.ed25519Priv, [0x80, 0x26]), (.p256Priv, [0x86, 0x26]), (.p384Priv, [0x87, 0x26]),
    ])
    func headers(codec: Multicodec, header: [UInt8]) throws {
        #expect(codec.header == header)
        let (read, body) = try Multicodec.split(header + [1, 2, 3])
        #expect(read == codec)
        #expect(Array(body) == [1, 2, 3])
    }

    @Test func rejectsBadHeaders() {
        #expect(throws: CoreError(.invalidMulticodec, "")) { try Multicodec.split([]) }
        #expect(throws: CoreError(.invalidMulticodec, "")) { try Multicodec.split([0x80]) }
        #expect(throws: CoreError(.invalidMulticodec, "")) { try Multicodec.split([0xED, 0x81, 0x00]) }
        #expect(throws: CoreError(.invalidMulticodec, "")) { try Multicodec.split([UInt8](repeating: 0xFF, count: 12)) }
        #expect(throws: CoreError(.invalidMulticodec, "")) {
            try Multicodec.body(of: [0x80, 0x24, 1], expecting: .ed25519Pub)
        }
    }
}
