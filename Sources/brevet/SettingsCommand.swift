import ArgumentParser
import BrevetServices

struct SettingsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "settings", abstract: "Show or change the data directory's settings.")
    @OptionGroup var options: DataOptions
    @Option(help: "Set the public base URL (issuers created afterwards get did:web identifiers under it).") var baseURL: String?

    func run() async throws {
        let urls = try await withInstallation(options) { installation, _ in
            let store = installation.services.environment.store
            if let baseURL {
                guard baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://") else {
                    throw CLIError("the base URL must start with https:// (or http:// for local testing)")
                }
                try await store.putSetting(PublicURLs.baseURLSetting, value: baseURL)
            }
            return try await PublicURLs.load(from: store)
        }
        print("base URL: \(urls.publicBaseURL ?? "(none: issuers use did:key; ids use \(urls.base))")")
    }
}
