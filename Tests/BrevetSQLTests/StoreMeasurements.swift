import BrevetSQL
import BrevetStorage
import Foundation
import Testing

/// Rough costs of the hot paths, printed for people; enabled with `BREVET_SQL_MEASURE=1`.
/// Nothing here asserts a time.
@Suite(
    "Store measurements",
    .enabled(if: ProcessInfo.processInfo.environment["BREVET_SQL_MEASURE"] != nil, "set BREVET_SQL_MEASURE=1 to measure"))
struct StoreMeasurements {
    static var backends: [TestBackend] { [.sqlite] + (TestBackend.postgresURL != nil ? [.postgres] : []) }

    @Test(arguments: backends.map(\.name))
    func issuancePath(_ name: String) async throws {
        let backend = Self.backends.first { $0.name == name }!
        try await backend.withFreshStore { store, _ in
            let a = try await Fixture.make("m", in: store)
            let clock = ContinuousClock()
            let single = 100
            var elapsed = try await clock.measure {
                for n in 0..<single {
                    try await store.insertCredential(a.credential(n))
                }
            }
            report("\(name): insertCredential, one call each: \(per(elapsed, single))")
            let seeded = 5_000
            elapsed = try await clock.measure {
                try await store.withTransaction { tx in
                    for n in single..<seeded {
                        try await tx.insertCredential(a.credential(n, suspensionIndex: n + 60_000))
                    }
                }
            }
            report("\(name): insertCredential inside one transaction: \(per(elapsed, seeded - single))")
            let calls = 20
            elapsed = try await clock.measure {
                for n in 0..<calls {
                    _ = try await store.currentStatusList(
                        organizationID: a.organizationID, issuerID: a.issuer.id, purpose: .revocation,
                        newListID: "unused-\(n)", size: StatusListRecord.minimumSize, maximumUsed: 100_000, at: at(0))
                }
            }
            report("\(name): currentStatusList with \(seeded) used indices: \(per(elapsed, calls))")
            try await store.withTransaction { tx in
                for n in stride(from: 0, to: seeded, by: 5) {
                    _ = try await tx.revokeCredential(id: a.credential(n).id, organizationID: a.organizationID, reason: nil, at: at(1))
                }
            }
            elapsed = try await clock.measure {
                for _ in 0..<calls {
                    _ = try await store.setIndices(statusListID: a.revocationList.id)
                }
            }
            report("\(name): setIndices with \(seeded / 5) set bits: \(per(elapsed, calls))")
            elapsed = try await clock.measure {
                for n in 0..<calls {
                    _ = try await store.credential(id: a.credential(n * 7).id)
                }
            }
            report("\(name): credential(id:): \(per(elapsed, calls))")
        }
    }

    /// Written to standard error at once (standard output is buffered until the run ends).
    private func report(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    private func per(_ duration: Duration, _ count: Int) -> String {
        let micros = Double(duration.components.seconds) * 1e6 + Double(duration.components.attoseconds) / 1e12
        return String(format: "%.0f µs per call (%d calls)", micros / Double(count), count)
    }
}
