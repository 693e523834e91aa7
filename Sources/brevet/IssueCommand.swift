import ArgumentParser
import BrevetCore
import BrevetServices

struct IssueCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "issue", abstract: "Issue a credential; prints the signed credential JSON.")
    @OptionGroup var options: DataOptions
    @Option(help: "The achievement's id.") var achievement: String
    @Option(help: "The recipient: an email address (stored only as a salted hash in the credential) or a DID.") var recipient: String
    @Option(help: "The recipient's name, shown in the credential.") var name: String?
    @Option(help: "A URL of the work that earned it (repeatable).") var evidenceURL: [String] = []
    @Option(help: "A narrative of the evidence.") var evidenceNarrative: String?
    @Option(help: "The cryptosuite (defaults to the issuer's).") var suite: String?

    func run() async throws {
        var evidence = evidenceURL.map { Evidence(id: $0, name: "Evidence") }
        if let evidenceNarrative { evidence.append(Evidence(narrative: evidenceNarrative)) }
        let request = IssuanceService.Request(achievementID: achievement, recipient: try CredentialRecipient(parsing: recipient),
                                              recipientName: name, evidence: evidence, cryptosuite: suite)
        let record = try await withInstallation(options) { installation, org in
            try await installation.services.issuance.issue(organizationID: org.id, request)
        }
        printJSONText(record.document)
    }
}
