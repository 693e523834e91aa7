import ArgumentParser
import BrevetCore
import BrevetJSON
import BrevetServices

struct AchievementCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "achievement", abstract: "Define and list achievements.",
                                                    subcommands: [Create.self, List.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Define an achievement; prints its Achievement JSON.")
        @OptionGroup var options: DataOptions
        @Option(help: "The id of the issuer that awards it.") var issuer: String
        @Option(help: "Its name.") var name: String
        @Option(help: "Its kind, from the Open Badges 3.0 vocabulary: Badge, MicroCredential, Certificate, Certification, ... or ext:Name.")
        var type: String
        @Option(help: "What a learner must do to earn it.") var criteria: String
        @Option(help: "A description (defaults to the name).") var description: String?
        @Option(help: "An image URL.") var image: String?
        @Option(name: .customLong("tag"), help: "A tag (repeatable).") var tags: [String] = []
        @Option(help: "How many days a credential stays valid (no expiry when omitted).") var validityDays: Int?

        func run() async throws {
            guard let kind = AchievementType(type) else {
                throw CLIError("\"\(type)\" is not an Open Badges 3.0 achievement type (e.g. Badge, MicroCredential, Certificate, Certification) and does not start with ext:")
            }
            let draft = AchievementDraft(name: name, description: description, criteriaNarrative: criteria, achievementType: kind,
                                         image: image, tags: tags, validityDays: validityDays)
            let record = try await withInstallation(options) { installation, org in
                try await installation.services.achievements.create(organizationID: org.id, issuerID: issuer, draft: draft)
            }
            printJSON(record.achievementJSON)
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the organization's achievements as JSON.")
        @OptionGroup var options: DataOptions

        func run() async throws {
            let records = try await withInstallation(options) { installation, org in
                try await installation.services.environment.store.achievements(organizationID: org.id)
            }
            printJSON(.array(records.map(\.achievementJSON)))
        }
    }
}
