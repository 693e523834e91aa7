import BrevetJSON
import BrevetStorage
import Foundation
import Testing
@testable import BrevetSQL

/// Achievement versions, skills frameworks, evidence files, submissions, assessment decisions,
/// pathways and external credentials (schema version 3).
extension StoreContract {
    static let awardingCases: [ContractCase] = [
        ContractCase("achievements: a document is replaced in place, only by its organization") { store, _ in
            let a = try await Fixture.make("a", in: store)
            let b = try await Fixture.make("b", in: store)
            let corrected = try JSONValue(parsing: #"{"type":["Achievement"],"name":"Welding","z":1.50,"a":[null,true]}"#)
            try await store.replaceAchievementDocument(id: a.achievement.id, organizationID: a.organizationID, document: corrected)
            let read = try await store.achievement(id: a.achievement.id)
            #expect(documentText(read.document) == documentText(corrected))
            var expected = a.achievement
            expected.document = corrected
            #expect(read == expected)
            await expectStorageError(.notFound) {
                try await store.replaceAchievementDocument(id: a.achievement.id, organizationID: b.organizationID, document: .object([:]))
            }
            await expectStorageError(.notFound) {
                try await store.replaceAchievementDocument(id: "https://a.example/missing", organizationID: a.organizationID, document: .object([:]))
            }
            #expect(documentText(try await store.achievement(id: a.achievement.id).document) == documentText(corrected))
            #expect(documentText(try await store.achievement(id: b.achievement.id).document) == documentText(b.achievement.document))
        },
        ContractCase("achievements: the next version is found from its predecessor") { store, _ in
            let a = try await Fixture.make("a", in: store)
            #expect(try await store.nextAchievementVersion(of: a.achievement.id) == nil)
            var v2 = a.achievement
            v2.id = a.achievement.id + "/v2"
            v2.version = 2
            v2.previousVersionID = a.achievement.id
            v2.createdAt = at(1_800_000_000_000)
            try await store.createAchievement(v2)
            var v3 = v2
            v3.id = a.achievement.id + "/v3"
            v3.version = 3
            v3.previousVersionID = v2.id
            v3.createdAt = at(1_800_000_001_000)
            try await store.createAchievement(v3)
            #expect(try await store.nextAchievementVersion(of: a.achievement.id) == v2)
            #expect(try await store.nextAchievementVersion(of: v2.id) == v3)
            #expect(try await store.nextAchievementVersion(of: v3.id) == nil)
            #expect(try await store.nextAchievementVersion(of: "https://nowhere.example/a") == nil)
            // Two rows naming one predecessor: the earlier one is the next version.
            var late = v2
            late.id = a.achievement.id + "/v2-late"
            late.createdAt = at(1_900_000_000_000)
            try await store.createAchievement(late)
            #expect(try await store.nextAchievementVersion(of: a.achievement.id)?.id == v2.id)
        },
        ContractCase("frameworks: create, read, list in order, duplicate only within the organization") { store, _ in
            let a = try await Fixture.make("a", in: store)
            let b = try await Fixture.make("b", in: store)
            let late = try a.framework("fwb", createdAt: at(2000))
            let early = try a.framework("fwc", createdAt: at(1000))
            let tie = try a.framework("fwa", createdAt: at(2000))
            for framework in [late, early, tie] { try await store.createFramework(framework) }
            let read = try await store.framework(id: "fwb", organizationID: a.organizationID)
            #expect(read == late)
            #expect(documentText(read.document) == documentText(late.document))
            #expect(try await store.frameworks(organizationID: a.organizationID) == [early, tie, late])
            await expectStorageError(.duplicate) { try await store.createFramework(try a.framework("fwb", title: "Other")) }
            #expect(try await store.framework(id: "fwb", organizationID: a.organizationID).title == late.title)
            // Another organization may use the same id, and sees only its own.
            let theirs = try b.framework("fwb", title: "B's framework")
            try await store.createFramework(theirs)
            #expect(try await store.framework(id: "fwb", organizationID: b.organizationID) == theirs)
            #expect(try await store.framework(id: "fwb", organizationID: a.organizationID) == late)
            #expect(try await store.frameworks(organizationID: b.organizationID) == [theirs])
            await expectStorageError(.notFound) { try await store.framework(id: "fwa", organizationID: b.organizationID) }
            await expectStorageError(.notFound) { try await store.framework(id: "missing", organizationID: a.organizationID) }
            await expectStorageError(.notFound) {
                var orphan = try a.framework("fwz")
                orphan.organizationID = "nobody"
                try await store.createFramework(orphan)
            }
            #expect(try await store.frameworks(organizationID: "nobody") == [])
        },
        ContractCase("evidence files: stored once per hash and organization, bytes kept exactly") { store, _ in
            let a = try await Fixture.make("a", in: store)
            let b = try await Fixture.make("b", in: store)
            let hash = String(repeating: "0a", count: 32)
            let bytes: [UInt8] = [0, 0, 0x7f, 0x80, 0xff, 0] + (0...255).map { UInt8($0) } + [0, 0]
            let file = a.evidenceFile(bytes, sha256: hash)
            #expect(try await store.putEvidenceFile(file) == .changed)
            let read = try await store.evidenceFile(organizationID: a.organizationID, sha256: hash)
            #expect(read == file)
            #expect(read.content == bytes && read.size == bytes.count)
            // The same hash again keeps the first name and media type.
            let again = a.evidenceFile(bytes, sha256: hash, name: "other.png", mediaType: "image/png")
            #expect(try await store.putEvidenceFile(again) == .unchanged)
            #expect(try await store.evidenceFile(organizationID: a.organizationID, sha256: hash) == file)
            // Another organization neither sees A's file nor collides with it.
            await expectStorageError(.notFound) { try await store.evidenceFile(organizationID: b.organizationID, sha256: hash) }
            let theirs = b.evidenceFile(bytes, sha256: hash, name: "b.jpg")
            #expect(try await store.putEvidenceFile(theirs) == .changed)
            #expect(try await store.evidenceFile(organizationID: b.organizationID, sha256: hash).name == "b.jpg")
            #expect(try await store.evidenceFile(organizationID: a.organizationID, sha256: hash).name == file.name)
            await expectStorageError(.notFound) {
                try await store.evidenceFile(organizationID: a.organizationID, sha256: String(repeating: "f", count: 64))
            }
            await expectStorageError(.notFound) {
                var orphan = file
                orphan.organizationID = "nobody"
                _ = try await store.putEvidenceFile(orphan)
            }
        },
        ContractCase("evidence files: a size that is not the content's length is refused") { store, _ in
            let a = try await Fixture.make("a", in: store)
            let hash = String(repeating: "b", count: 64)
            var file = a.evidenceFile([1, 2, 3], sha256: hash)
            file.size = 4
            await expectStorageError(.invalidArgument) { try await store.putEvidenceFile(file) }
            await expectStorageError(.notFound) { try await store.evidenceFile(organizationID: a.organizationID, sha256: hash) }
        },
        ContractCase("evidence files: an empty file and a 1 MiB file round-trip byte for byte") { store, _ in
            let a = try await Fixture.make("a", in: store)
            let empty = a.evidenceFile([], sha256: String(repeating: "e", count: 64), name: "empty.txt", mediaType: "text/plain")
            #expect(try await store.putEvidenceFile(empty) == .changed)
            #expect(try await store.evidenceFile(organizationID: a.organizationID, sha256: empty.sha256) == empty)
            var state: UInt32 = 0x2545_F491
            var big = (0..<(1 << 20)).map { _ -> UInt8 in
                state = state &* 1_664_525 &+ 1_013_904_223
                return UInt8(truncatingIfNeeded: state >> 24)
            }
            big[0] = 0
            big[big.count - 1] = 0
            let file = a.evidenceFile(big, sha256: String(repeating: "c", count: 64), name: "weld.mp4", mediaType: "video/mp4")
            #expect(try await store.putEvidenceFile(file) == .changed)
            let read = try await store.evidenceFile(organizationID: a.organizationID, sha256: file.sha256)
            #expect(read.size == 1 << 20 && read.content.count == 1 << 20)
            let identical = read.content == big
            #expect(identical, "the 1 MiB file came back with different bytes")
            #expect(read.name == file.name && read.mediaType == file.mediaType && read.createdAt == file.createdAt)
        },
        ContractCase("submissions: create, read, duplicate, achievement of the same organization") { store, _ in
            let a = try await Fixture.make("a", in: store)
            let b = try await Fixture.make("b", in: store)
            let submission = try a.submission("urn:uuid:sub-1")
            try await store.createSubmission(submission)
            let read = try await store.submission(id: submission.id, organizationID: a.organizationID)
            #expect(read == submission)
            #expect(documentText(read.document) == documentText(submission.document))
            await expectStorageError(.duplicate) { try await store.createSubmission(try a.submission(submission.id, learner: "x")) }
            // Ids are unique across organizations.
            await expectStorageError(.duplicate) { try await store.createSubmission(try b.submission(submission.id)) }
            #expect(try await store.submission(id: submission.id, organizationID: a.organizationID).learner == submission.learner)
            await expectStorageError(.notFound) { try await store.submission(id: submission.id, organizationID: b.organizationID) }
            await expectStorageError(.notFound) { try await store.submission(id: "urn:uuid:missing", organizationID: a.organizationID) }
            await expectStorageError(.notFound) {
                try await store.createSubmission(try a.submission("urn:uuid:sub-2", achievementID: "https://a.example/missing"))
            }
            await expectStorageError(.notFound) {
                try await store.createSubmission(try b.submission("urn:uuid:sub-3", achievementID: a.achievement.id))
            }
            await expectStorageError(.notFound) { try await store.submission(id: "urn:uuid:sub-3", organizationID: b.organizationID) }
        },
        ContractCase("assessment decisions: recorded, filtered by achievement and learner, in order") { store, _ in
            let a = try await Fixture.make("a", in: store)
            var other = a.achievement
            other.id = "https://a.example/achievements/2"
            try await store.createAchievement(other)
            let submission = try a.submission("urn:uuid:sub-1")
            try await store.createSubmission(submission)
            try await store.insertCredential(a.credential(1))
            let d1 = try a.decision("urn:x:db", decidedAt: at(3000))
            let d2 = try a.decision("urn:x:dc", learner: "bob@example.org", achievementID: other.id, decidedAt: at(1000))
            let d3 = try a.decision("urn:x:da", learner: "bob@example.org", decidedAt: at(3000))
            let d4 = try a.decision(
                "urn:x:dd", passed: true, decidedAt: at(2000), submissionID: submission.id, credentialID: a.credential(1).id)
            for decision in [d1, d2, d3, d4] { try await store.insertAssessmentDecision(decision) }
            let all = try await store.assessmentDecisions(organizationID: a.organizationID, achievementID: nil, learner: nil)
            #expect(all == [d2, d4, d3, d1])
            #expect(all.map { documentText($0.document) } == [d2, d4, d3, d1].map { documentText($0.document) })
            let org = a.organizationID
            #expect(try await store.assessmentDecisions(organizationID: org, achievementID: a.achievement.id, learner: nil) == [d4, d3, d1])
            #expect(try await store.assessmentDecisions(organizationID: org, achievementID: nil, learner: "bob@example.org") == [d2, d3])
            #expect(
                try await store.assessmentDecisions(organizationID: org, achievementID: a.achievement.id, learner: "alice@example.org")
                    == [d4, d1])
            #expect(try await store.assessmentDecisions(organizationID: org, achievementID: nil, learner: "carol@example.org") == [])
            await expectStorageError(.duplicate) { try await store.insertAssessmentDecision(try a.decision(d1.id, passed: true)) }
            await expectStorageError(.notFound) {
                try await store.insertAssessmentDecision(try a.decision("urn:x:n1", achievementID: "https://a.example/missing"))
            }
            await expectStorageError(.notFound) {
                try await store.insertAssessmentDecision(try a.decision("urn:x:n2", submissionID: "urn:uuid:missing"))
            }
            await expectStorageError(.notFound) {
                try await store.insertAssessmentDecision(try a.decision("urn:x:n3", credentialID: "urn:uuid:missing"))
            }
            #expect(try await store.assessmentDecisions(organizationID: org, achievementID: nil, learner: nil) == [d2, d4, d3, d1])
        },
        ContractCase("assessment decisions: another organization can neither read nor reference A's rows") { store, _ in
            let a = try await Fixture.make("a", in: store)
            let b = try await Fixture.make("b", in: store)
            let submission = try a.submission("urn:uuid:sub-a")
            try await store.createSubmission(submission)
            try await store.insertCredential(a.credential(1))
            let decision = try a.decision("urn:x:da", submissionID: submission.id, credentialID: a.credential(1).id)
            try await store.insertAssessmentDecision(decision)
            #expect(try await store.assessmentDecisions(organizationID: b.organizationID, achievementID: nil, learner: nil) == [])
            #expect(
                try await store.assessmentDecisions(organizationID: b.organizationID, achievementID: a.achievement.id, learner: nil) == [])
            await expectStorageError(.notFound) {
                try await store.insertAssessmentDecision(try b.decision("urn:x:b1", achievementID: a.achievement.id))
            }
            await expectStorageError(.notFound) {
                try await store.insertAssessmentDecision(try b.decision("urn:x:b2", submissionID: submission.id))
            }
            await expectStorageError(.notFound) {
                try await store.insertAssessmentDecision(try b.decision("urn:x:b3", credentialID: a.credential(1).id))
            }
            #expect(try await store.assessmentDecisions(organizationID: b.organizationID, achievementID: nil, learner: nil) == [])
            #expect(try await store.assessmentDecisions(organizationID: a.organizationID, achievementID: nil, learner: nil) == [decision])
        },
        ContractCase("pathways: create, read, list in order; issuer and awarded achievement of the organization") { store, _ in
            let a = try await Fixture.make("a", in: store)
            let b = try await Fixture.make("b", in: store)
            let late = try a.pathway("urn:x:pb", createdAt: at(2000))
            let early = try a.pathway("urn:x:pc", createdAt: at(1000))
            let tie = try a.pathway("urn:x:pa", createdAt: at(2000))
            for pathway in [late, early, tie] { try await store.createPathway(pathway) }
            let read = try await store.pathway(id: late.id, organizationID: a.organizationID)
            #expect(read == late)
            #expect(documentText(read.document) == documentText(late.document))
            #expect(try await store.pathways(organizationID: a.organizationID) == [early, tie, late])
            await expectStorageError(.duplicate) { try await store.createPathway(try a.pathway(late.id)) }
            await expectStorageError(.duplicate) { try await store.createPathway(try b.pathway(late.id)) }
            await expectStorageError(.notFound) { try await store.pathway(id: late.id, organizationID: b.organizationID) }
            #expect(try await store.pathways(organizationID: b.organizationID) == [])
            // The awarded achievement must be of the pathway's own issuer.
            var second = a.issuer
            second.id = "did:web:second.a.example"
            try await store.createIssuer(second)
            var secondAchievement = a.achievement
            secondAchievement.id = "https://a.example/achievements/of-second"
            secondAchievement.issuerID = second.id
            try await store.createAchievement(secondAchievement)
            await expectStorageError(.notFound) {
                var wrong = try a.pathway("urn:x:w1")
                wrong.awardsAchievementID = secondAchievement.id
                try await store.createPathway(wrong)
            }
            await expectStorageError(.notFound) {
                var wrong = try a.pathway("urn:x:w2")
                wrong.issuerID = "did:web:missing.example"
                try await store.createPathway(wrong)
            }
            await expectStorageError(.notFound) {
                var foreign = try b.pathway("urn:x:w3")
                foreign.issuerID = a.issuer.id
                try await store.createPathway(foreign)
            }
            await expectStorageError(.notFound) {
                var foreign = try b.pathway("urn:x:w4")
                foreign.awardsAchievementID = a.achievement.id
                try await store.createPathway(foreign)
            }
            #expect(try await store.pathways(organizationID: a.organizationID).count == 3)
            #expect(try await store.pathways(organizationID: b.organizationID) == [])
        },
        ContractCase("external credentials: kept per organization, listed per learner in order") { store, _ in
            let a = try await Fixture.make("a", in: store)
            let b = try await Fixture.make("b", in: store)
            let e1 = a.externalCredential("urn:x:eb", verifiedAt: at(2000))
            let e2 = a.externalCredential("urn:x:ec", verifiedAt: at(1000))
            let e3 = a.externalCredential("urn:x:ed", learner: "bob@example.org", verifiedAt: at(1500))
            let e4 = a.externalCredential("urn:x:ea", verifiedAt: at(2000))
            for credential in [e1, e2, e3, e4] { try await store.insertExternalCredential(credential) }
            let alice = try await store.externalCredentials(organizationID: a.organizationID, learner: "alice@example.org")
            #expect(alice == [e2, e4, e1])
            #expect(alice.first?.document == e2.document)
            #expect(try await store.externalCredentials(organizationID: a.organizationID, learner: "bob@example.org") == [e3])
            #expect(try await store.externalCredentials(organizationID: a.organizationID, learner: "carol@example.org") == [])
            await expectStorageError(.duplicate) {
                try await store.insertExternalCredential(a.externalCredential(e1.id, learner: "bob@example.org"))
            }
            // Another organization keeps its own copy of the same credential and sees only that.
            #expect(try await store.externalCredentials(organizationID: b.organizationID, learner: "alice@example.org") == [])
            let theirs = b.externalCredential(e1.id, verifiedAt: at(5000))
            try await store.insertExternalCredential(theirs)
            #expect(try await store.externalCredentials(organizationID: b.organizationID, learner: "alice@example.org") == [theirs])
            #expect(try await store.externalCredentials(organizationID: a.organizationID, learner: "alice@example.org") == [e2, e4, e1])
            await expectStorageError(.notFound) {
                var orphan = e1
                orphan.organizationID = "nobody"
                try await store.insertExternalCredential(orphan)
            }
        },
        ContractCase("awarding writes in a transaction that throws leave nothing") { store, _ in
            let a = try await Fixture.make("a", in: store)
            let hash = String(repeating: "d", count: 64)
            await #expect(throws: Abort.self) {
                try await store.withTransaction { tx in
                    try await tx.createFramework(try a.framework("fw"))
                    #expect(try await tx.putEvidenceFile(a.evidenceFile([0, 1, 0], sha256: hash)) == .changed)
                    try await tx.createSubmission(try a.submission("urn:uuid:sub"))
                    // Reads inside see the transaction's own writes.
                    try await tx.insertAssessmentDecision(try a.decision("urn:x:d", submissionID: "urn:uuid:sub"))
                    try await tx.createPathway(try a.pathway("urn:x:p"))
                    try await tx.insertExternalCredential(a.externalCredential("urn:x:e"))
                    try await tx.replaceAchievementDocument(id: a.achievement.id, organizationID: a.organizationID, document: .object([:]))
                    var v2 = a.achievement
                    v2.id = a.achievement.id + "/v2"
                    v2.previousVersionID = a.achievement.id
                    try await tx.createAchievement(v2)
                    #expect(try await tx.nextAchievementVersion(of: a.achievement.id)?.id == v2.id)
                    throw Abort()
                }
            }
            let org = a.organizationID
            #expect(try await store.frameworks(organizationID: org) == [])
            await expectStorageError(.notFound) { try await store.evidenceFile(organizationID: org, sha256: hash) }
            await expectStorageError(.notFound) { try await store.submission(id: "urn:uuid:sub", organizationID: org) }
            #expect(try await store.assessmentDecisions(organizationID: org, achievementID: nil, learner: nil) == [])
            #expect(try await store.pathways(organizationID: org) == [])
            #expect(try await store.externalCredentials(organizationID: org, learner: "alice@example.org") == [])
            #expect(documentText(try await store.achievement(id: a.achievement.id).document) == documentText(a.achievement.document))
            #expect(try await store.nextAchievementVersion(of: a.achievement.id) == nil)
        },
        ContractCase("a refused awarding write inside a transaction leaves it usable") { store, _ in
            let a = try await Fixture.make("a", in: store)
            try await store.createFramework(try a.framework("fw"))
            try await store.createSubmission(try a.submission("urn:uuid:sub"))
            try await store.withTransaction { tx in
                await expectStorageError(.duplicate) { try await tx.createFramework(try a.framework("fw")) }
                await expectStorageError(.duplicate) { try await tx.createSubmission(try a.submission("urn:uuid:sub")) }
                await expectStorageError(.notFound) {
                    try await tx.insertAssessmentDecision(try a.decision("urn:x:d0", credentialID: "urn:uuid:missing"))
                }
                #expect(try await tx.putEvidenceFile(a.evidenceFile([7], sha256: String(repeating: "7", count: 64))) == .changed)
                #expect(try await tx.putEvidenceFile(a.evidenceFile([7], sha256: String(repeating: "7", count: 64))) == .unchanged)
                try await tx.insertAssessmentDecision(try a.decision("urn:x:d1", submissionID: "urn:uuid:sub"))
            }
            #expect(try await store.assessmentDecisions(organizationID: a.organizationID, achievementID: nil, learner: nil).map(\.id) == ["urn:x:d1"])
            #expect(try await store.evidenceFile(organizationID: a.organizationID, sha256: String(repeating: "7", count: 64)).content == [7])
        },
        ContractCase("a stored awarding row that cannot be read is corruptData") { store, _ in
            let a = try await Fixture.make("a", in: store)
            try await store.createFramework(try a.framework("fw"))
            try await store.createPathway(try a.pathway("urn:x:p"))
            _ = try await store.putEvidenceFile(a.evidenceFile([1, 2, 3], sha256: String(repeating: "a", count: 64)))
            try await store.session { s in
                try await s.run("UPDATE frameworks SET document = '{\"unterminated\": '")
                try await s.run("UPDATE pathways SET document = 'not json'")
                try await s.run("UPDATE evidence_files SET size = 4")
            }
            await expectStorageError(.corruptData) { try await store.framework(id: "fw", organizationID: a.organizationID) }
            await expectStorageError(.corruptData) { try await store.frameworks(organizationID: a.organizationID) }
            await expectStorageError(.corruptData) { try await store.pathway(id: "urn:x:p", organizationID: a.organizationID) }
            await expectStorageError(.corruptData) {
                try await store.evidenceFile(organizationID: a.organizationID, sha256: String(repeating: "a", count: 64))
            }
        },
    ]
}
