import BrevetJSON
import BrevetSQL
import BrevetStorage
import Foundation
import Testing

/// Settings, organizations, API keys, issuers, achievements, and tenant isolation.
extension StoreContract {
    static let tenantCases: [ContractCase] = [
        ContractCase("settings are absent until put, then replaced") { store, _ in
            #expect(try await store.setting("baseURL") == nil)
            try await store.putSetting("baseURL", value: "https://badges.example")
            #expect(try await store.setting("baseURL") == "https://badges.example")
            try await store.putSetting("baseURL", value: "https://credentials.example")
            #expect(try await store.setting("baseURL") == "https://credentials.example")
            #expect(try await store.setting("other") == nil)
        },
        ContractCase("organizations: create, read, list in order, duplicate, not found") { store, _ in
            let b = OrganizationRecord(id: "b", name: "B", createdAt: at(2000))
            let a = OrganizationRecord(id: "a", name: "A \u{1F393}", createdAt: at(1000))
            try await store.createOrganization(b)
            try await store.createOrganization(a)
            #expect(try await store.organization(id: "a") == a)
            #expect(try await store.organizations() == [a, b])
            await expectStorageError(.duplicate) {
                try await store.createOrganization(OrganizationRecord(id: "a", name: "other", createdAt: at(3000)))
            }
            #expect(try await store.organization(id: "a").name == "A \u{1F393}")
            await expectStorageError(.notFound) { try await store.organization(id: "missing") }
        },
        ContractCase("API keys: lookup by secret hash, list, revoke idempotently") { store, _ in
            let org = OrganizationRecord(id: "org", name: "Org", createdAt: at(0))
            try await store.createOrganization(org)
            let key1 = APIKeyRecord(
                id: "k1", organizationID: "org", name: "CI", secretHash: String(repeating: "a", count: 64),
                prefix: "brv_abcd", createdAt: at(10))
            let key2 = APIKeyRecord(
                id: "k2", organizationID: "org", name: "Office", secretHash: String(repeating: "b", count: 64),
                prefix: "brv_efgh", createdAt: at(20))
            try await store.createAPIKey(key2)
            try await store.createAPIKey(key1)
            #expect(try await store.activeAPIKey(secretHash: key1.secretHash) == key1)
            #expect(try await store.activeAPIKey(secretHash: String(repeating: "c", count: 64)) == nil)
            #expect(try await store.apiKeys(organizationID: "org") == [key1, key2])
            await expectStorageError(.duplicate) {
                var again = key1
                again.id = "k3"
                try await store.createAPIKey(again)
            }
            await expectStorageError(.duplicate) {
                var again = key1
                again.secretHash = String(repeating: "d", count: 64)
                try await store.createAPIKey(again)
            }
            await expectStorageError(.notFound) {
                var orphan = key1
                orphan.id = "k4"
                orphan.organizationID = "nobody"
                orphan.secretHash = String(repeating: "e", count: 64)
                try await store.createAPIKey(orphan)
            }
            #expect(try await store.revokeAPIKey(id: "k1", organizationID: "org", at: at(30)) == .changed)
            #expect(try await store.revokeAPIKey(id: "k1", organizationID: "org", at: at(40)) == .unchanged)
            #expect(try await store.activeAPIKey(secretHash: key1.secretHash) == nil)
            let listed = try await store.apiKeys(organizationID: "org")
            #expect(listed.first?.revokedAt == at(30))
            #expect(listed.last?.revokedAt == nil)
            await expectStorageError(.notFound) { try await store.revokeAPIKey(id: "missing", organizationID: "org", at: at(50)) }
        },
        ContractCase("issuers: scoped and public reads, profile kept member for member") { store, _ in
            let a = try await Fixture.make("a", in: store)
            let profileText = #"{"name":"Zed","id":"did:web:a.example","type":["Profile"],"score":1.50,"x":{"b":1,"a":[true,null]}}"#
            var second = a.issuer
            second.id = "did:key:z6Mk-second"
            second.profile = try JSONValue(parsing: profileText)
            second.createdAt = at(1_800_000_000_000)
            try await store.createIssuer(second)
            #expect(try await store.issuer(id: a.issuer.id, organizationID: a.organizationID) == a.issuer)
            let read = try await store.issuer(id: second.id)
            #expect(read == second)
            #expect(JSONWriter().string(read.profile) == JSONWriter().string(try JSONValue(parsing: profileText)))
            #expect(try await store.issuers(organizationID: a.organizationID).map(\.id) == [a.issuer.id, second.id])
            await expectStorageError(.duplicate) { try await store.createIssuer(second) }
            await expectStorageError(.notFound) { try await store.issuer(id: "did:web:nobody.example") }
            await expectStorageError(.notFound) {
                var orphan = second
                orphan.id = "did:web:orphan.example"
                orphan.organizationID = "nobody"
                try await store.createIssuer(orphan)
            }
        },
        ContractCase("achievements: versions, scoped and public reads, issuer of the same organization") { store, _ in
            let a = try await Fixture.make("a", in: store)
            let b = try await Fixture.make("b", in: store)
            var v2 = a.achievement
            v2.id = a.achievement.id + "/v2"
            v2.version = 2
            v2.previousVersionID = a.achievement.id
            v2.createdAt = at(1_800_000_000_000)
            try await store.createAchievement(v2)
            #expect(try await store.achievement(id: v2.id, organizationID: a.organizationID) == v2)
            #expect(try await store.achievement(id: a.achievement.id) == a.achievement)
            #expect(try await store.achievements(organizationID: a.organizationID).map(\.id) == [a.achievement.id, v2.id])
            #expect(try await store.achievements(organizationID: a.organizationID, issuerID: "did:web:other") == [])
            await expectStorageError(.duplicate) { try await store.createAchievement(v2) }
            // An achievement of org A that names org B's issuer is refused.
            await expectStorageError(.notFound) {
                var foreign = v2
                foreign.id = "https://a.example/achievements/foreign"
                foreign.issuerID = b.issuer.id
                try await store.createAchievement(foreign)
            }
            await expectStorageError(.notFound) { try await store.achievement(id: "https://nowhere.example/a") }
        },
        ContractCase("tenant isolation: another organization's rows are not found") { store, _ in
            let a = try await Fixture.make("a", in: store)
            let b = try await Fixture.make("b", in: store)
            let credential = a.credential(1)
            try await store.insertCredential(credential)
            let key = APIKeyRecord(
                id: "ka", organizationID: a.organizationID, name: "A", secretHash: String(repeating: "f", count: 64),
                prefix: "brv_", createdAt: at(1))
            try await store.createAPIKey(key)
            let other = b.organizationID
            await expectStorageError(.notFound) { try await store.issuer(id: a.issuer.id, organizationID: other) }
            await expectStorageError(.notFound) { try await store.achievement(id: a.achievement.id, organizationID: other) }
            await expectStorageError(.notFound) { try await store.credential(id: credential.id, organizationID: other) }
            await expectStorageError(.notFound) {
                try await store.revokeCredential(id: credential.id, organizationID: other, reason: nil, at: at(5))
            }
            await expectStorageError(.notFound) { try await store.suspendCredential(id: credential.id, organizationID: other, at: at(5)) }
            await expectStorageError(.notFound) { try await store.unsuspendCredential(id: credential.id, organizationID: other) }
            await expectStorageError(.notFound) { try await store.markSuperseded(id: credential.id, organizationID: other, by: "x") }
            await expectStorageError(.notFound) { try await store.revokeAPIKey(id: key.id, organizationID: other, at: at(5)) }
            #expect(try await store.credentials(organizationID: other, matching: CredentialQuery()) == [])
            #expect(try await store.apiKeys(organizationID: other) == [])
            #expect(try await store.issuers(organizationID: other).map(\.id) == [b.issuer.id])
            #expect(try await store.achievements(organizationID: other).map(\.id) == [b.achievement.id])
            #expect(try await store.statusLists(organizationID: other).allSatisfy { $0.issuerID == b.issuer.id })
            #expect(
                try await store.credentialsExpiring(organizationID: other, from: at(0), to: at(Int(Int32.max) * 1000), limit: 10) == [])
            // B's credential may not use A's issuer, achievement or status lists.
            await expectStorageError(.notFound) {
                var foreign = b.credential(2)
                foreign.revocationListID = a.revocationList.id
                try await store.insertCredential(foreign)
            }
            await expectStorageError(.notFound) {
                var foreign = b.credential(3)
                foreign.achievementID = a.achievement.id
                try await store.insertCredential(foreign)
            }
            await expectStorageError(.notFound) {
                try await store.currentStatusList(
                    organizationID: other, issuerID: a.issuer.id, purpose: .revocation, newListID: "x", at: at(5))
            }
            // Nothing of A changed.
            let unchanged = try await store.credential(id: credential.id)
            #expect(unchanged == credential)
            #expect(try await store.statusList(id: a.revocationList.id).version == 0)
            #expect(try await store.activeAPIKey(secretHash: key.secretHash) == key)
        },
    ]
}
