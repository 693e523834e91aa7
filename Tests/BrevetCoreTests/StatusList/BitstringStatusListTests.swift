import BrevetJSON
import BrevetTestSupport
import Testing

@testable import BrevetCore

/// The spec's status list credentials (each its own case) decode to 131,072 clear bits.
@Suite struct BitstringSpecExampleTests {
    static let listExamples = [
        "standards/examples/bitstring-status-list/bitstring-status-list-credential.json",
        "standards/examples/bitstring-status-list/bitstring-status-list-credential-minimal.json",
    ]
    static let entryExamples = [
        "standards/examples/bitstring-status-list/revocable-credential.json",
        "standards/examples/bitstring-status-list/credential-with-multiple-status-lists.json",
        "standards/examples/bitstring-status-list/credential-with-multiple-entries-one-list.json",
        "standards/examples/bitstring-status-list/credential-with-revocation-and-suspension-entries.json",
    ]

    @Test(arguments: listExamples)
    func specListDecodesToAllClearMinimumList(path: String) throws {
        let list = try BitstringStatusList(credential: try SharedData.json(path))
        #expect(list.bitstring.count == 131_072)
        #expect(list.bitstring.bytes.allSatisfy { $0 == 0 })
        #expect(list.statusPurposes == [.revocation])
    }

    @Test(arguments: entryExamples)
    func specEntriesParseWithStringIndices(path: String) throws {
        let credential = try SharedData.json(path)
        let entries = try BitstringStatusListEntry.entries(inCredential: credential)
        let raw = credential["credentialStatus"]!.asArray
        #expect(entries.count == raw.count)
        for (entry, json) in zip(entries, raw) {
            #expect(String(entry.statusListIndex) == json["statusListIndex"]?.stringValue)
            #expect(entry.statusListCredential == json["statusListCredential"]?.stringValue)
            #expect(!entry.statusListIndexWasNumber)
            #expect(entry.statusSize == 1)
            #expect(entry.json == json)
        }
    }

    @Test func specEntryIsClearInSpecList() throws {
        let list = try BitstringStatusList(
            credential: try SharedData.json("standards/examples/bitstring-status-list/bitstring-status-list-credential.json"))
        let credential = try SharedData.json("standards/examples/bitstring-status-list/revocable-credential.json")
        let entry = try #require(try BitstringStatusListEntry.entries(inCredential: credential).first)
        let result = try list.status(of: entry)
        #expect(result.status == 0)
        #expect(!result.isSet)
    }
}

/// The 1EdTech validator's `testlist` has exactly bit 23 set, matching its revoked fixtures.
@Suite struct OneEdTechStatusListTests {
    static let base = "standards/examples/ob-v3p0/validator/ob30/bit-string-list/"

    @Test func testlistHasExactlyBit23() throws {
        let list = try BitstringStatusList(credential: try SharedData.json(Self.base + "testlist"))
        let set = (0..<list.bitstring.count).filter { list.bitstring[$0] }
        #expect(set == [23])
        #expect(list.bitstring.count == 131_072)
    }

    @Test(arguments: ["credential-status-revoked.json", "credential-status-revoked-blank-nodes.json"])
    func revokedFixtureReadsAsRevoked(name: String) throws {
        let list = try BitstringStatusList(credential: try SharedData.json(Self.base + "testlist"))
        let credential = try SharedData.json(Self.base + name)
        let entry = try #require(try BitstringStatusListEntry.entries(inCredential: credential).first)
        #expect(entry.statusListIndex == 23)
        #expect(entry.statusListIndexWasNumber, "the fixture writes statusListIndex as a JSON number")
        let result = try list.status(of: entry)
        #expect(result.isSet)
        #expect(result.statusPurpose == .revocation)
    }
}

@Suite struct BitstringTests {
    @Test func newListsAreNeverShorterThanTheMinimum() {
        #expect(Bitstring(count: 8).count == 131_072)
        #expect(Bitstring(count: 131_073).count == 131_080)
    }

    @Test func bitOrderIsMostSignificantFirst() {
        var bits = Bitstring()
        bits[0] = true
        bits[9] = true
        #expect(bits.bytes[0] == 0x80)
        #expect(bits.bytes[1] == 0x40)
        bits[0] = false
        #expect(bits.bytes[0] == 0)
    }

    @Test func roundTripThroughEncodedList() throws {
        var bits = Bitstring(count: 200_000)
        for i in [0, 1, 7, 8, 23, 94_567, 199_999] { bits[i] = true }
        let encoded = try bits.encodedList()
        #expect(encoded.hasPrefix("u"))
        #expect(!encoded.contains("=") && !encoded.contains("+") && !encoded.contains("/"))
        let back = try Bitstring(encodedList: encoded)
        #expect(back == bits)
    }

    @Test func multiBitStatuses() throws {
        var bits = Bitstring()
        try bits.setStatus(0b10, at: 5, size: 2)
        try bits.setStatus(0b1011, at: 3, size: 4)
        #expect(try bits.status(at: 5, size: 2) == 0b10)
        #expect(try bits.status(at: 3, size: 4) == 0b1011)
        #expect(bits[10] && !bits[11])
        #expect(throws: StatusListError(.malformedValue, "")) { try bits.setStatus(4, at: 0, size: 2) }
        #expect(throws: StatusListError(.range, "")) { try bits.status(at: 131_072, size: 1) }
        #expect(throws: StatusListError(.range, "")) { try bits.status(at: -1, size: 1) }
        #expect(throws: StatusListError(.range, "")) { try bits.status(at: Int.max, size: 8) }
    }

    @Test(arguments: [
        ("", "empty"),
        ("zH4sIAAAAAAAA", "base58 prefix"),
        ("H4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA", "no prefix"),
        ("mH4sIAAAAAAAAA+3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA", "base64 with padding alphabet"),
        ("uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA==", "padding"),
        ("uH4sIAAAAAAAAA+3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA", "standard alphabet"),
    ])
    func wrongEncodingIsRefused(text: String, why: String) {
        #expect(throws: StatusListError(.encoding, ""), "\(why)") { try Bitstring(encodedList: text) }
    }

    @Test func corruptAndTruncatedGzipIsRefused() throws {
        let good = try GZip.compress([UInt8](repeating: 0, count: 16_384))
        #expect(throws: StatusListError(.compression, "")) { try GZip.decompress(Array(good.prefix(good.count - 5))) }
        var flipped = good
        flipped[12] ^= 0xFF
        #expect(throws: StatusListError(.compression, "")) { try GZip.decompress(flipped) }
        #expect(throws: StatusListError(.compression, "")) { try GZip.decompress(good + [0x00]) }
        #expect(throws: StatusListError(.compression, "")) { try GZip.decompress([0x78, 0x9C, 0x03, 0x00]) }
    }

    @Test func gzipBombIsRefused() throws {
        // 64 MiB of zeros compresses to about 64 KiB; the default limit is 16 MiB.
        let bomb = try GZip.compress([UInt8](repeating: 0, count: 64 << 20))
        #expect(bomb.count < 200_000)
        #expect(throws: StatusListError(.tooLarge, "")) { try GZip.decompress(bomb) }
        let encoded = "u" + Base64URL.encode(bomb)
        #expect(throws: StatusListError(.tooLarge, "")) { try Bitstring(encodedList: encoded) }
        #expect(throws: StatusListError(.tooLarge, "")) {
            try Bitstring(encodedList: try Bitstring().encodedList(), maxBytes: 1_000)
        }
    }

    @Test func gzipMatchesPythonStyleHeader() throws {
        let out = try GZip.compress(Array("hello".utf8))
        #expect(out.prefix(3) == [0x1F, 0x8B, 0x08])
        #expect(try GZip.decompress(out) == Array("hello".utf8))
    }
}
