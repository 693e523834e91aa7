import ArgumentParser
import BrevetServices

/// Shared body of revoke, suspend and unsuspend.
func changeStatus(_ change: StatusService.Change, _ options: DataOptions, _ credential: String, reason: String?) async throws {
    let outcome = try await withInstallation(options) { installation, org in
        try await installation.services.status.apply(change, credentialID: credential, organizationID: org.id, reason: reason)
    }
    let done: String = switch change {
    case .revoke: "revoked"
    case .suspend: "suspended"
    case .unsuspend: "reinstated (no longer suspended)"
    }
    print(outcome == .changed ? "\(credential) \(done)" : "\(credential) was already \(change == .unsuspend ? "not suspended" : done); nothing changed")
}

struct RevokeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "revoke", abstract: "Revoke a credential, permanently.")
    @OptionGroup var options: DataOptions
    @Argument(help: "The credential's id.") var credential: String
    @Option(help: "Why (kept in the issuer's records and shown to verifiers of this installation).") var reason: String?
    func run() async throws { try await changeStatus(.revoke, options, credential, reason: reason) }
}

struct SuspendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "suspend", abstract: "Suspend a credential until it is unsuspended.")
    @OptionGroup var options: DataOptions
    @Argument(help: "The credential's id.") var credential: String
    func run() async throws { try await changeStatus(.suspend, options, credential, reason: nil) }
}

struct UnsuspendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unsuspend", abstract: "Lift a credential's suspension.")
    @OptionGroup var options: DataOptions
    @Argument(help: "The credential's id.") var credential: String
    func run() async throws { try await changeStatus(.unsuspend, options, credential, reason: nil) }
}
