import ArgumentParser
import BrevetCore
import BrevetJSON
import Foundation

/// `brevet expiring --within DAYS`: the organization's credentials whose validity ends soon, so they
/// can be renewed in time. Revoked and superseded credentials are left out.
struct ExpiringCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "expiring", abstract: "List credentials that expire within a number of days.")
    @OptionGroup var options: DataOptions
    @Option(help: "How many days ahead to look.") var within: Int
    @Option(help: "At most this many.") var limit: Int = 1000

    func run() async throws {
        guard within > 0 else { throw CLIError("--within must be a positive number of days") }
        let records = try await withInstallation(options) { installation, org in
            let now = installation.services.environment.now()
            return try await installation.services.environment.store.credentialsExpiring(
                organizationID: org.id, from: now, to: now.addingTimeInterval(Double(within) * 86_400), limit: limit)
        }
        printJSON(.array(records.map { r in
            ["id": .string(r.id), "achievement": .string(r.achievementID), "recipient": .string(r.recipient),
             "validUntil": .string(r.validUntil.map { DateTimeStamp(secondsSinceEpoch: Int64($0.timeIntervalSince1970)).description } ?? "")]
        }))
    }
}
