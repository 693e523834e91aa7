import BrevetCore
import Testing

/// Base58btc against the examples of draft-msporny-base58-03 §5 and round trips.
@Suite struct Base58BTCTests {
    @Test(arguments: [
        ("Hello World!", "2NEpo7TZRRrLZSi2U"),
        ("The quick brown fox jumps over the lazy dog.", "USm3fpXnKG5EUBx2ndxBDMPVciP5hGey2Jh4NDv6gmeo1LkMeiKrLJUUBk6Z"),
    ])
    func draftExamples(text: String, encoded: String) throws {
        #expect(Base58BTC.encode(Array(text.utf8)) == encoded)
        #expect(try Base58BTC.decode(encoded) == Array(text.utf8))
    }

    @Test func leadingZerosBecomeOnes() throws {
        let bytes: [UInt8] = [0x00, 0x00, 0x28, 0x7F, 0xB4, 0xCD]
        #expect(Base58BTC.encode(bytes) == "11233QC4")
        #expect(try Base58BTC.decode("11233QC4") == bytes)
        #expect(Base58BTC.encode([0, 0, 0]) == "111")
        #expect(try Base58BTC.decode("111") == [0, 0, 0])
        #expect(Base58BTC.encode([UInt8]()) == "")
        #expect(try Base58BTC.decode("") == [])
    }

    /// Every length from 0 to 120 with a deterministic byte pattern, with and without leading zeros.
    @Test(arguments: Array(0...120))
    func roundTrip(length: Int) throws {
        var state: UInt32 = 0x9E37_79B9 &* UInt32(length + 1)
        var bytes = (0..<length).map { _ -> UInt8 in
            state = state &* 1_664_525 &+ 1_013_904_223
            return UInt8(truncatingIfNeeded: state >> 24)
        }
        #expect(try Base58BTC.decode(Base58BTC.encode(bytes)) == bytes)
        if length > 2 { bytes[0] = 0; bytes[1] = 0 }
        #expect(try Base58BTC.decode(Base58BTC.encode(bytes)) == bytes)
        bytes = [UInt8](repeating: 0xFF, count: length)
        #expect(try Base58BTC.decode(Base58BTC.encode(bytes)) == bytes)
    }

    @Test(arguments: ["0", "O", "I", "l", "abc+", "2NEpo7 TZ", "é"])
    func rejectsCharactersOutsideTheAlphabet(text: String) {
        #expect(throws: CoreError(.invalidBase58, "")) { try Base58BTC.decode(text) }
    }
}
