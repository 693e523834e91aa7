import BrevetSQL
import BrevetStorage
import Foundation
import Testing

struct Abort: Error {}

/// Transactions, and several connections on one database.
extension StoreContract {
    static let transactionCases: [ContractCase] = [
        ContractCase("a transaction commits all of its writes together") { store, _ in
            let fixture = try await store.withTransaction { tx in
                let f = try await Fixture.make("t", in: tx)
                try await tx.insertCredential(f.credential(1))
                _ = try await tx.revokeCredential(id: f.credential(1).id, organizationID: f.organizationID, reason: nil, at: at(1))
                // Reads inside see the transaction's own writes.
                #expect(try await tx.setIndices(statusListID: f.revocationList.id) == [1])
                return f
            }
            #expect(try await store.credential(id: fixture.credential(1).id).isRevoked)
            #expect(try await store.statusList(id: fixture.revocationList.id).version == 1)
        },
        ContractCase("a transaction that throws leaves nothing half-written") { store, _ in
            let a = try await Fixture.make("a", in: store)
            try await store.insertCredential(a.credential(1))
            await #expect(throws: Abort.self) {
                try await store.withTransaction { tx in
                    try await tx.createOrganization(OrganizationRecord(id: "half", name: "Half", createdAt: at(1)))
                    try await tx.insertCredential(a.credential(2))
                    _ = try await tx.revokeCredential(id: a.credential(1).id, organizationID: a.organizationID, reason: nil, at: at(2))
                    try await tx.putSetting("baseURL", value: "https://half.example")
                    throw Abort()
                }
            }
            await expectStorageError(.notFound) { try await store.organization(id: "half") }
            await expectStorageError(.notFound) { try await store.credential(id: a.credential(2).id) }
            #expect(try await store.credential(id: a.credential(1).id).isRevoked == false)
            #expect(try await store.statusList(id: a.revocationList.id).version == 0)
            #expect(try await store.setting("baseURL") == nil)
        },
        ContractCase("a storage error inside a transaction rolls it back and is rethrown unchanged") { store, _ in
            let a = try await Fixture.make("a", in: store)
            await expectStorageError(.duplicate) {
                try await store.withTransaction { tx in
                    try await tx.createOrganization(OrganizationRecord(id: "new", name: "New", createdAt: at(1)))
                    try await tx.createOrganization(a.organization)
                }
            }
            await expectStorageError(.notFound) { try await store.organization(id: "new") }
        },
        ContractCase("a taken status index inside a transaction can be retried in it") { store, _ in
            let a = try await Fixture.make("a", in: store)
            try await store.insertCredential(a.credential(1, revocationIndex: 5))
            try await store.withTransaction { tx in
                do {
                    try await tx.insertCredential(a.credential(2, revocationIndex: 5))
                    Issue.record("the taken index was accepted")
                } catch let error as StorageError where error.code == .statusIndexTaken {
                    try await tx.insertCredential(a.credential(2, revocationIndex: 6))
                }
            }
            #expect(try await store.credential(id: a.credential(2).id).revocationIndex == 6)
        },
        ContractCase("a second store on the same database sees every write at once") { store, database in
            let other = try await database.open()
            do {
                let a = try await Fixture.make("a", in: store)
                #expect(try await other.organization(id: a.organizationID) == a.organization)
                try await other.insertCredential(a.credential(1))
                #expect(try await store.credential(id: a.credential(1).id) == a.credential(1))
                _ = try await other.revokeCredential(id: a.credential(1).id, organizationID: a.organizationID, reason: nil, at: at(1))
                #expect(try await store.setIndices(statusListID: a.revocationList.id) == [1])
                #expect(try await store.statusList(id: a.revocationList.id).version == 1)
                try await store.putSetting("baseURL", value: "https://one.example")
                #expect(try await other.setting("baseURL") == "https://one.example")
                try await other.putSetting("baseURL", value: "https://two.example")
                #expect(try await store.setting("baseURL") == "https://two.example")
                try await other.close()
            } catch {
                try? await other.close()
                throw error
            }
        },
        ContractCase("concurrent writers from two stores all land") { store, database in
            let other = try await database.open()
            do {
                let a = try await Fixture.make("a", in: store)
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for n in 0..<20 {
                        let target = n % 2 == 0 ? store : other
                        group.addTask { try await target.insertCredential(a.credential(n)) }
                    }
                    try await group.waitForAll()
                }
                #expect(try await store.usedIndexCount(statusListID: a.revocationList.id) == 20)
                try await other.close()
            } catch {
                try? await other.close()
                throw error
            }
        },
        ContractCase("a cancelled transaction is rolled back and its connection is clean again") { store, database in
            let other = try await database.open()
            do {
                let started = AsyncStream<Void>.makeStream()
                let task = Task {
                    try await store.withTransaction { tx in
                        try await tx.createOrganization(OrganizationRecord(id: "cancelled", name: "C", createdAt: at(1)))
                        started.continuation.yield()
                        try await Task.sleep(for: .seconds(600))
                    }
                }
                var iterator = started.stream.makeAsyncIterator()
                await iterator.next()
                task.cancel()
                _ = await task.result
                // Every pooled connection of `store` must be outside any transaction: a write through
                // each is seen by another store at once, and the cancelled write never is.
                for n in 0..<8 {
                    try await store.putSetting("after-cancel-\(n)", value: "yes")
                    #expect(try await other.setting("after-cancel-\(n)") == "yes")
                }
                await expectStorageError(.notFound) { try await other.organization(id: "cancelled") }
                await expectStorageError(.notFound) { try await store.organization(id: "cancelled") }
                try await other.close()
            } catch {
                try? await other.close()
                throw error
            }
        },
        ContractCase("a closed store refuses calls; closing twice is harmless") { store, database in
            let other = try await database.open()
            try await other.close()
            try await other.close()
            await expectStorageError(.unavailable) { try await other.organizations() }
            #expect(try await store.organizations() == [])
        },
    ]
}
