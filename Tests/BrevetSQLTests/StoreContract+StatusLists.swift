import BrevetSQL
import BrevetStorage
import Foundation
import Testing

/// Status list allocation and counting.
extension StoreContract {
    static let statusListCases: [ContractCase] = [
        ContractCase("the current status list is created once, then reused") { store, _ in
            let a = try await Fixture.make("a", in: store)
            #expect(a.revocationList.sequence == 1 && a.revocationList.version == 0)
            #expect(a.revocationList.size == StatusListRecord.minimumSize)
            #expect(a.revocationList.purpose == .revocation && a.suspensionList.purpose == .suspension)
            let again = try await store.currentStatusList(
                organizationID: a.organizationID, issuerID: a.issuer.id, purpose: .revocation,
                newListID: "https://a.example/status/unused", at: at(99))
            #expect(again == a.revocationList)
            await expectStorageError(.notFound) { try await store.statusList(id: "https://a.example/status/unused") }
            #expect(try await store.statusList(id: a.suspensionList.id) == a.suspensionList)
            #expect(try await store.statusLists(organizationID: a.organizationID).map(\.id) == [a.revocationList.id, a.suspensionList.id])
        },
        ContractCase("a full list is followed by a new one with the next sequence") { store, _ in
            let a = try await Fixture.make("a", in: store)
            try await store.insertCredential(a.credential(1))
            try await store.insertCredential(a.credential(2))
            #expect(try await store.usedIndexCount(statusListID: a.revocationList.id) == 2)
            let notYet = try await store.currentStatusList(
                organizationID: a.organizationID, issuerID: a.issuer.id, purpose: .revocation,
                newListID: "https://a.example/status/r2", size: 200_000, maximumUsed: 3, at: at(50))
            #expect(notYet.id == a.revocationList.id)
            let next = try await store.currentStatusList(
                organizationID: a.organizationID, issuerID: a.issuer.id, purpose: .revocation,
                newListID: "https://a.example/status/r2", size: 200_000, maximumUsed: 2, at: at(50))
            #expect(next.id == "https://a.example/status/r2")
            #expect(next.sequence == 2 && next.size == 200_000 && next.version == 0 && next.createdAt == at(50))
            #expect(next.organizationID == a.organizationID && next.issuerID == a.issuer.id && next.purpose == .revocation)
            #expect(try await store.usedIndexCount(statusListID: next.id) == 0)
            // The new list is now current, whatever its predecessor holds.
            let current = try await store.currentStatusList(
                organizationID: a.organizationID, issuerID: a.issuer.id, purpose: .revocation,
                newListID: "https://a.example/status/r3", at: at(60))
            #expect(current == next)
            // The suspension side is untouched.
            #expect(try await store.statusLists(organizationID: a.organizationID, issuerID: a.issuer.id).count == 3)
        },
        ContractCase("status list rules: minimum size, duplicate id, unknown list") { store, _ in
            let a = try await Fixture.make("a", in: store)
            var other = a.issuer
            other.id = "did:web:a2.example"
            try await store.createIssuer(other)
            await expectStorageError(.invalidArgument) {
                try await store.currentStatusList(
                    organizationID: a.organizationID, issuerID: other.id, purpose: .revocation,
                    newListID: "https://a.example/status/small", size: StatusListRecord.minimumSize - 1,
                    maximumUsed: nil, at: at(1))
            }
            await expectStorageError(.duplicate) {
                try await store.currentStatusList(
                    organizationID: a.organizationID, issuerID: other.id, purpose: .revocation,
                    newListID: a.revocationList.id, at: at(1))
            }
            await expectStorageError(.notFound) { try await store.usedIndexCount(statusListID: "https://a.example/none") }
            await expectStorageError(.notFound) { try await store.setIndices(statusListID: "https://a.example/none") }
        },
        ContractCase("concurrent allocations agree on one list") { store, _ in
            let a = try await Fixture.make("a", in: store)
            var other = a.issuer
            other.id = "did:web:a3.example"
            try await store.createIssuer(other)
            let otherID = other.id
            let ids = try await withThrowingTaskGroup(of: String.self) { group in
                for n in 0..<6 {
                    group.addTask {
                        try await store.currentStatusList(
                            organizationID: a.organizationID, issuerID: otherID, purpose: .suspension,
                            newListID: "https://a.example/status/race-\(n)", at: at(n)
                        ).id
                    }
                }
                return try await group.reduce(into: Set<String>()) { $0.insert($1) }
            }
            #expect(ids.count == 1)
            #expect(try await store.statusLists(organizationID: a.organizationID, issuerID: other.id).count == 1)
        },
    ]
}
