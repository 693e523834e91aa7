import ArgumentParser
import BrevetJSON

struct APIKeyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "apikey", abstract: "Manage API keys for the admin API.",
                                                    subcommands: [Create.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create an API key for the organization; prints the secret once.")
        @OptionGroup var options: DataOptions
        @Option(help: "A name to recognise the key by.") var name: String = "api key"
        @Flag(help: "Print JSON (id, organization, key).") var json = false

        func run() async throws {
            let (record, secret) = try await withInstallation(options) { installation, org in
                try await installation.services.apiKeys.create(organizationID: org.id, name: name)
            }
            if json {
                printJSON(["id": .string(record.id), "organization": .string(record.organizationID), "key": .string(secret)])
            } else {
                print(secret)
                printError("API key \(record.id) for organization \(options.org): keep it secret; it cannot be shown again. Send it as 'Authorization: Bearer <key>'.")
            }
        }
    }
}
