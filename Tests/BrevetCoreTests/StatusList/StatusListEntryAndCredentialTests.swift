import BrevetJSON
import Testing

@testable import BrevetCore

@Suite struct BitstringStatusListEntryTests {
    static let base: JSONValue = [
        "id": "https://example.com/status/3#94567",
        "type": "BitstringStatusListEntry",
        "statusPurpose": "revocation",
        "statusListIndex": "94567",
        "statusListCredential": "https://example.com/status/3",
    ]

    static func with(_ key: String, _ value: JSONValue?) -> JSONValue {
        var v = base
        v[key] = value
        return v
    }

    static let malformed: [(String, JSONValue?)] = [
        ("statusListIndex", JSONValue?.none),
        ("statusListIndex", JSONValue.string("-1")),
        ("statusListIndex", JSONValue.string("1.5")),
        ("statusListIndex", JSONValue.string("0x10")),
        ("statusListIndex", JSONValue.number(JSONNumber(-1))),
        ("statusListIndex", JSONValue.number(JSONNumber(1.5))),
        ("statusListIndex", JSONValue.bool(true)),
        ("statusPurpose", JSONValue?.none),
        ("statusPurpose", JSONValue.number(JSONNumber(3))),
        ("statusListCredential", JSONValue?.none),
        ("type", JSONValue.string("StatusList2021Entry")),
        ("statusSize", JSONValue.number(JSONNumber(0))),
        ("statusSize", JSONValue.number(JSONNumber(2))),
        ("statusSize", JSONValue.string("1")),
    ]

    @Test(arguments: malformed)
    func malformedEntryIsRefused(key: String, value: JSONValue?) {
        #expect(throws: StatusListError(.malformedValue, "")) { try BitstringStatusListEntry(json: Self.with(key, value)) }
    }

    @Test func hugeIndexIsARangeError() {
        #expect(throws: StatusListError(.range, "")) {
            try BitstringStatusListEntry(json: Self.with("statusListIndex", "123456789012345678901234567890"))
        }
    }

    @Test func multiBitEntryWithMessages() throws {
        var json = Self.with("statusPurpose", "message")
        json["statusSize"] = 2
        json["statusMessage"] = [
            ["status": "0x0", "message": "pending"], ["status": "0x1", "message": "accepted"],
            ["status": "0x2", "message": "rejected"], ["status": "0x3", "message": "undefined"],
        ]
        json["statusListIndex"] = "7"
        let entry = try BitstringStatusListEntry(json: json)
        #expect(entry.statusSize == 2)
        var bits = Bitstring()
        try bits.setStatus(2, at: 7, size: 2)
        let list = BitstringStatusList(id: nil, statusPurposes: [.message], bitstring: bits)
        let result = try list.status(of: entry)
        #expect(result.status == 2)
        #expect(result.message == "rejected")
        #expect(try BitstringStatusListEntry(json: entry.json) == entry)
    }

    @Test func readingChecksPurposeLengthAndRange() throws {
        let entry = try BitstringStatusListEntry(json: Self.base)
        let suspension = BitstringStatusList(id: nil, statusPurposes: [.suspension], bitstring: Bitstring())
        #expect(throws: StatusListError(.statusVerification, "")) { try suspension.status(of: entry) }
        let short = BitstringStatusList(id: nil, statusPurposes: [.revocation], bitstring: Bitstring(bytes: [0, 0]))
        #expect(throws: StatusListError(.statusListLength, "")) { try short.status(of: entry) }
        var past = entry
        past.statusListIndex = 131_072
        let both = BitstringStatusList(id: nil, statusPurposes: [.suspension, .revocation], bitstring: Bitstring())
        #expect(throws: StatusListError(.range, "")) { try both.status(of: past) }
        #expect(try both.status(of: entry).status == 0)
    }
}

@Suite struct BitstringStatusListCredentialTests {
    @Test func builtCredentialReadsBack() throws {
        var bits = Bitstring()
        bits[42] = true
        let list = BitstringStatusList(id: nil, statusPurposes: [.revocation], bitstring: bits, ttl: 300_000)
        let vc = try BitstringStatusListCredential.make(
            id: "https://issuer.example/status/1", issuer: "did:web:issuer.example", list: list,
            validFrom: "2025-01-01T00:00:00Z", validUntil: "2026-01-01T00:00:00Z")
        #expect(vc["@context"] == ["https://www.w3.org/ns/credentials/v2"])
        #expect(vc["type"] == ["VerifiableCredential", "BitstringStatusListCredential"])
        #expect(vc["validFrom"] == "2025-01-01T00:00:00Z")
        #expect(vc["validUntil"] == "2026-01-01T00:00:00Z")
        #expect(vc["credentialSubject"]?["id"] == "https://issuer.example/status/1#list")
        #expect(vc["credentialSubject"]?["type"] == "BitstringStatusList")
        let back = try BitstringStatusList(credential: vc)
        #expect(back.bitstring == bits)
        #expect(back.ttl == 300_000)
        #expect(back.statusPurposes == [.revocation])
    }

    @Test func credentialOfAnotherTypeIsRefused() {
        let vc: JSONValue = ["type": ["VerifiableCredential"], "credentialSubject": [:]]
        #expect(throws: StatusListError(.statusVerification, "")) { try BitstringStatusList(credential: vc) }
    }
}

@Suite struct StatusListIndexAllocatorTests {
    /// A deterministic generator (SplitMix64) so each run is reproducible.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test func fillsEveryIndexExactlyOnceThenRefuses() throws {
        var allocator = StatusListIndexAllocator(capacity: 1_000, used: [3, 5])
        var rng = SplitMix(state: 1)
        var seen: Set<Int> = [3, 5]
        for _ in 0..<998 {
            let i = try allocator.allocate(using: &rng)
            #expect(!seen.contains(i))
            seen.insert(i)
        }
        #expect(seen == Set(0..<1_000))
        #expect(allocator.freeCount == 0)
        #expect(throws: StatusListError(.indexExhausted, "")) { try allocator.allocate(using: &rng) }
        #expect(allocator.usedIndices == Array(0..<1_000))
    }

    @Test func persistsAsABitstring() throws {
        var allocator = StatusListIndexAllocator(capacity: 1_000)
        var rng = SplitMix(state: 11)
        for _ in 0..<300 { _ = try allocator.allocate(using: &rng) }
        let saved = allocator.usedBitstring
        #expect(saved.bytes.count == 125)
        let restored = StatusListIndexAllocator(capacity: 1_000, usedBitstring: saved)
        #expect(restored == allocator)
        #expect(restored.usedIndices == (0..<1_000).filter { saved[$0] })
    }

    @Test func orderDoesNotFollowIssuance() throws {
        var allocator = StatusListIndexAllocator()
        var rng = SplitMix(state: 7)
        let drawn = try (0..<100).map { _ in try allocator.allocate(using: &rng) }
        #expect(drawn != drawn.sorted())
        // Uniform over 131,072: the mean of 100 draws lies far from the low end that a counter gives.
        #expect(drawn.max()! > 100_000 && drawn.min()! < 30_000)
    }

    @Test func denseListStillDrawsUniformlyFromFreeIndices() throws {
        var allocator = StatusListIndexAllocator(capacity: 130, used: Array(0..<120))
        var rng = SplitMix(state: 3)
        var counts = [Int: Int]()
        for _ in 0..<2_000 {
            var copy = allocator
            counts[try copy.allocate(using: &rng), default: 0] += 1
        }
        #expect(Set(counts.keys) == Set(120..<130))
        #expect(counts.values.allSatisfy { $0 > 100 })
        let first = allocator.markUsed(125)
        let again = allocator.markUsed(125)
        let outside = allocator.markUsed(500)
        #expect(first && !again && !outside)
    }
}
