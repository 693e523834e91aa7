import ArgumentParser
import BrevetCore
import BrevetJSON
import Foundation

struct IssuerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "issuer", abstract: "Create and list issuers.",
                                                    subcommands: [Create.self, List.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create an issuer with its own Ed25519 key; prints its Profile JSON.")
        @OptionGroup var options: DataOptions
        @Option(help: "The issuer's name.") var name: String
        @Option(help: "The issuer's web site.") var url: String
        @Option(help: "A contact email address.") var email: String?
        @Option(help: "A short description.") var description: String?
        @Option(help: "A logo URL.") var image: String?
        @Option(help: "The key type: ed25519 (default), p256 or p384 (for the ecdsa suites).") var keyType: String = "ed25519"
        @Option(help: "The issuer's default cryptosuite (defaults to eddsa-rdfc-2022 when the context store is filled, else eddsa-jcs-2022; ecdsa-rdfc-2019 for EC keys).")
        var suite: String?

        func run() async throws {
            guard let algorithm = KeyAlgorithm(name: keyType) else {
                throw CLIError("--key-type must be ed25519, p256 or p384")
            }
            let draft = ProfileDraft(name: name, url: url, email: email, description: description, image: image)
            let issuer = try await withInstallation(options) { installation, org in
                try await installation.services.issuers.create(organizationID: org.id, profile: draft, algorithm: algorithm, cryptosuite: suite)
            }
            printJSON(issuer.profile)
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the organization's issuers as JSON.")
        @OptionGroup var options: DataOptions

        func run() async throws {
            let issuers = try await withInstallation(options) { installation, org in
                try await installation.services.environment.store.issuers(organizationID: org.id)
            }
            printJSON(.array(issuers.map(\.profile)))
        }
    }
}
