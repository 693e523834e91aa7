import ArgumentParser
import BrevetServer
import BrevetServices
import Foundation

/// `brevet demo --data DIR [--base-url URL]`: builds a demo organization through the real services
/// and prints a JSON summary of what it made (ids and URLs), so a newcomer sees a populated Brevet.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Build a demo organization: a skills framework, three micro-credentials stacking into a certification, assessed evidence, a renewal and a revocation.")

    @Option(name: .long, help: "The data directory to fill (a new one is best).") var data: String
    @Option(name: .long, help: "The public base URL the server will be reachable at (default: http://localhost:8080).")
    var baseURL: String?
    @Option(name: .long, help: "A postgres:// URL to use instead of the data directory's SQLite file.") var databaseURL: String?

    func run() async throws {
        let installation: Installation
        do { installation = try await Installation.open(dataDirectory: data, databaseURL: databaseURL) } catch { throw CLIError(describe(error)) }
        do {
            let store = installation.services.environment.store
            if let baseURL {
                try await store.putSetting(PublicURLs.baseURLSetting, value: baseURL)
            } else if try await store.setting(PublicURLs.baseURLSetting) == nil, try await store.setting(PublicURLs.localBaseURLSetting) == nil {
                try await store.putSetting(PublicURLs.localBaseURLSetting, value: PublicURLs.fallbackBaseURL)
            }
            let demo = DemoOrganization(environment: installation.services.environment, verification: installation.services.verification)
            let summary = try await demo.build { step in printError("demo: \(step)…") }
            await installation.close()
            printJSON(summary)
            print()
        } catch {
            await installation.close()
            throw CLIError(describe(error))
        }
    }
}
