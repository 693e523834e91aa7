import ArgumentParser

@main
struct BrevetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brevet",
        abstract: "Issue, verify, suspend and revoke verifiable credentials (Open Badges 3.0, W3C VC 2.0).",
        subcommands: [
            ServeCommand.self, IssuerCommand.self, AchievementCommand.self, IssueCommand.self,
            RevokeCommand.self, SuspendCommand.self, UnsuspendCommand.self, VerifyCommand.self,
            APIKeyCommand.self, SettingsCommand.self, ContextsCommand.self, JSONLDCommand.self, RDFCommand.self, BenchCommand.self, AdviseCommand.self, ExpiringCommand.self, DemoCommand.self,
        ])
}

/// Options every command that opens a data directory shares.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: "The data directory (database, keys, contexts).")
    var data: String

    @Option(name: .long, help: "A postgres:// URL to use instead of the data directory's SQLite file (or set BREVET_DATABASE_URL).")
    var databaseURL: String?

    @Option(name: .long, help: "The organization to act for (created when new).")
    var org: String = "default"
}
