import BrevetSQL
import BrevetStorage
import Foundation
import Testing

/// Issued credentials: insertion rules, reads, listing, status changes, expiry.
extension StoreContract {
    static let credentialCases: [ContractCase] = [
        ContractCase("a credential reads back exactly, document byte for byte") { store, _ in
            let a = try await Fixture.make("a", in: store)
            var credential = a.credential(1, validUntil: at(1_900_000_000_000))
            credential.revocationReason = nil
            try await store.insertCredential(credential)
            let read = try await store.credential(id: credential.id)
            #expect(read == credential)
            #expect(Array(read.document.utf8) == Array(credential.document.utf8))
            #expect(try await store.credential(id: credential.id, organizationID: a.organizationID) == credential)
            await expectStorageError(.notFound) { try await store.credential(id: "urn:uuid:missing") }
        },
        ContractCase("a duplicate credential id is refused and the first one kept") { store, _ in
            let a = try await Fixture.make("a", in: store)
            let first = a.credential(1)
            try await store.insertCredential(first)
            await expectStorageError(.duplicate) {
                var again = a.credential(2)
                again.id = first.id
                try await store.insertCredential(again)
            }
            #expect(try await store.credential(id: first.id) == first)
            #expect(try await store.usedIndexCount(statusListID: a.revocationList.id) == 1)
        },
        ContractCase("a taken status index is its own error, for either list, and writes nothing") { store, _ in
            let a = try await Fixture.make("a", in: store)
            try await store.insertCredential(a.credential(1, revocationIndex: 7, suspensionIndex: 8))
            await expectStorageError(.statusIndexTaken) {
                try await store.insertCredential(a.credential(2, revocationIndex: 7, suspensionIndex: 9))
            }
            await expectStorageError(.statusIndexTaken) {
                try await store.insertCredential(a.credential(3, revocationIndex: 10, suspensionIndex: 8))
            }
            await expectStorageError(.notFound) { try await store.credential(id: a.credential(2).id) }
            await expectStorageError(.notFound) { try await store.credential(id: a.credential(3).id) }
            // Drawing another index succeeds.
            try await store.insertCredential(a.credential(2, revocationIndex: 11, suspensionIndex: 9))
            #expect(try await store.usedIndexCount(statusListID: a.revocationList.id) == 2)
            #expect(try await store.usedIndexCount(statusListID: a.suspensionList.id) == 2)
        },
        ContractCase("status entries must fit their list: purpose and range") { store, _ in
            let a = try await Fixture.make("a", in: store)
            await expectStorageError(.invalidArgument) {
                var swapped = a.credential(1)
                swapped.revocationListID = a.suspensionList.id
                try await store.insertCredential(swapped)
            }
            await expectStorageError(.invalidArgument) {
                try await store.insertCredential(a.credential(2, revocationIndex: a.revocationList.size))
            }
            await expectStorageError(.invalidArgument) {
                try await store.insertCredential(a.credential(3, suspensionIndex: -1))
            }
            await expectStorageError(.notFound) {
                var unknown = a.credential(4)
                unknown.suspensionListID = "https://a.example/status/unknown"
                try await store.insertCredential(unknown)
            }
            try await store.insertCredential(a.credential(5, revocationIndex: a.revocationList.size - 1, suspensionIndex: 0))
            #expect(try await store.credentials(organizationID: a.organizationID, matching: CredentialQuery()).count == 1)
        },
        ContractCase("listing: filters, issuedAt order, pages that neither overlap nor skip") { store, _ in
            let a = try await Fixture.make("a", in: store)
            // Inserted out of order; two share an issuedAt, so id breaks the tie.
            let times = [5, 1, 3, 3, 2, 4]
            for (n, t) in times.enumerated() {
                try await store.insertCredential(
                    a.credential(n, recipient: n % 2 == 0 ? "did:example:even" : "did:example:odd", issuedAt: at(t * 1000)))
            }
            let all = try await store.credentials(organizationID: a.organizationID, matching: CredentialQuery())
            let expected = (0..<times.count).sorted { (times[$0], a.credential($0).id) < (times[$1], a.credential($1).id) }
            #expect(all.map(\.id) == expected.map { a.credential($0).id })
            var paged: [String] = []
            for offset in stride(from: 0, to: 6, by: 4) {
                paged += try await store.credentials(
                    organizationID: a.organizationID, matching: CredentialQuery(limit: 4, offset: offset)
                ).map(\.id)
            }
            #expect(paged == all.map(\.id))
            let newest = try await store.credentials(
                organizationID: a.organizationID, matching: CredentialQuery(limit: 2, newestFirst: true))
            #expect(newest.map(\.id) == all.reversed().prefix(2).map(\.id))
            let even = try await store.credentials(
                organizationID: a.organizationID, matching: CredentialQuery(recipient: "did:example:even"))
            #expect(even.count == 3 && even.allSatisfy { $0.recipient == "did:example:even" })
            #expect(
                try await store.credentials(
                    organizationID: a.organizationID,
                    matching: CredentialQuery(issuerID: a.issuer.id, achievementID: a.achievement.id)
                ).count == 6)
            #expect(
                try await store.credentials(
                    organizationID: a.organizationID, matching: CredentialQuery(achievementID: "https://other.example/a")
                ) == [])
        },
        ContractCase("revoking is permanent, bumps the list version once, and is idempotent") { store, _ in
            let a = try await Fixture.make("a", in: store)
            try await store.insertCredential(a.credential(1, revocationIndex: 42))
            try await store.insertCredential(a.credential(2, revocationIndex: 17))
            #expect(try await store.setIndices(statusListID: a.revocationList.id) == [])
            let first = try await store.revokeCredential(
                id: a.credential(1).id, organizationID: a.organizationID, reason: "issued in error", at: at(5000))
            #expect(first == .changed)
            #expect(try await store.statusList(id: a.revocationList.id).version == 1)
            let again = try await store.revokeCredential(
                id: a.credential(1).id, organizationID: a.organizationID, reason: "other", at: at(6000))
            #expect(again == .unchanged)
            let read = try await store.credential(id: a.credential(1).id)
            #expect(read.revokedAt == at(5000) && read.revocationReason == "issued in error" && read.isRevoked)
            #expect(try await store.statusList(id: a.revocationList.id).version == 1)
            _ = try await store.revokeCredential(id: a.credential(2).id, organizationID: a.organizationID, reason: nil, at: at(7000))
            #expect(try await store.setIndices(statusListID: a.revocationList.id) == [17, 42])
            #expect(try await store.setIndices(statusListID: a.suspensionList.id) == [])
            #expect(try await store.statusList(id: a.suspensionList.id).version == 0)
            await expectStorageError(.notFound) {
                try await store.revokeCredential(id: "urn:uuid:missing", organizationID: a.organizationID, reason: nil, at: at(1))
            }
        },
        ContractCase("suspending and unsuspending flip the suspension bit and are idempotent") { store, _ in
            let a = try await Fixture.make("a", in: store)
            let c = a.credential(1, suspensionIndex: 99)
            try await store.insertCredential(c)
            #expect(try await store.unsuspendCredential(id: c.id, organizationID: a.organizationID) == .unchanged)
            #expect(try await store.suspendCredential(id: c.id, organizationID: a.organizationID, at: at(10)) == .changed)
            #expect(try await store.suspendCredential(id: c.id, organizationID: a.organizationID, at: at(20)) == .unchanged)
            var read = try await store.credential(id: c.id)
            #expect(read.suspended && read.suspendedAt == at(10))
            #expect(try await store.setIndices(statusListID: a.suspensionList.id) == [99])
            #expect(try await store.statusList(id: a.suspensionList.id).version == 1)
            #expect(try await store.unsuspendCredential(id: c.id, organizationID: a.organizationID) == .changed)
            read = try await store.credential(id: c.id)
            #expect(!read.suspended && read.suspendedAt == at(10))
            #expect(try await store.setIndices(statusListID: a.suspensionList.id) == [])
            #expect(try await store.statusList(id: a.suspensionList.id).version == 2)
            #expect(try await store.statusList(id: a.revocationList.id).version == 0)
        },
        ContractCase("superseding records the replacement and is idempotent") { store, _ in
            let a = try await Fixture.make("a", in: store)
            let c = a.credential(1)
            try await store.insertCredential(c)
            #expect(try await store.markSuperseded(id: c.id, organizationID: a.organizationID, by: "urn:uuid:new") == .changed)
            #expect(try await store.markSuperseded(id: c.id, organizationID: a.organizationID, by: "urn:uuid:new") == .unchanged)
            #expect(try await store.credential(id: c.id).supersededBy == "urn:uuid:new")
            #expect(try await store.markSuperseded(id: c.id, organizationID: a.organizationID, by: "urn:uuid:newer") == .changed)
            #expect(try await store.credential(id: c.id).supersededBy == "urn:uuid:newer")
        },
        ContractCase("expiring credentials: half-open window, live ones only, ordered by validUntil") { store, _ in
            let a = try await Fixture.make("a", in: store)
            let day = 86_400_000
            let base = 1_800_000_000_000
            try await store.insertCredential(a.credential(1, validUntil: at(base + 3 * day)))
            try await store.insertCredential(a.credential(2, validUntil: at(base + 1 * day)))
            try await store.insertCredential(a.credential(3, validUntil: at(base + 10 * day)))  // outside
            try await store.insertCredential(a.credential(4))  // never expires
            try await store.insertCredential(a.credential(5, validUntil: at(base + 2 * day)))  // revoked
            try await store.insertCredential(a.credential(6, validUntil: at(base + 7 * day)))  // exactly at the end
            try await store.insertCredential(a.credential(7, validUntil: at(base)))  // exactly at the start
            try await store.insertCredential(a.credential(8, validUntil: at(base + 4 * day)))  // superseded
            _ = try await store.revokeCredential(id: a.credential(5).id, organizationID: a.organizationID, reason: nil, at: at(1))
            _ = try await store.markSuperseded(id: a.credential(8).id, organizationID: a.organizationID, by: "urn:uuid:x")
            let expiring = try await store.credentialsExpiring(
                organizationID: a.organizationID, from: at(base), to: at(base + 7 * day), limit: 100)
            #expect(expiring.map(\.id) == [7, 2, 1].map { a.credential($0).id })
            let first = try await store.credentialsExpiring(
                organizationID: a.organizationID, from: at(base), to: at(base + 7 * day), limit: 1)
            #expect(first.map(\.id) == [a.credential(7).id])
        },
    ]
}
