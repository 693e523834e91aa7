import ArgumentParser
import BrevetServer
import BrevetServices
import Foundation

/// `brevet contexts`: the data directory's store of pinned JSON-LD contexts.
struct ContextsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "contexts", abstract: "Fill and inspect the pinned JSON-LD context store.",
                                                    subcommands: [Sync.self, List.self])

    struct Sync: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Fill the context store from the web, or from a folder with --from; every document is checked against its pinned digest.")
        @Option(help: "The data directory.") var data: String
        @Option(help: "A folder of context files (with url-map.json, or files matched by digest) instead of the web.") var from: String?

        func run() async throws {
            let directory = DataDirectory(path: data)
            try directory.prepare()
            let store = ContextStore(directory: directory.contextsDirectory)
            let results: [ContextStore.SyncResult]
            if let from {
                results = try store.sync(fromFolder: URL(fileURLWithPath: from, isDirectory: true))
            } else {
                results = await store.sync(from: HTTPResources(timeout: 15))
            }
            for r in results {
                print("\(r.outcome.rawValue): \(r.url)\(r.detail.isEmpty ? "" : " (\(r.detail))")")
            }
            let bad = results.filter { $0.outcome == .digestMismatch || $0.outcome == .missing }
            print("\(results.count - bad.count) of \(results.count) pinned contexts are in \(directory.contextsDirectory.path)")
            if !store.hasIssuingContexts { throw CLIError("the contexts Brevet's own credentials use (VC 2.0, OB 3.0.3) are still missing") }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the pinned contexts and whether each is in the store.")
        @Option(help: "The data directory.") var data: String

        func run() async throws {
            let store = ContextStore(directory: DataDirectory(path: data).contextsDirectory)
            let present = Set(store.available.map(\.url))
            for pin in PinnedContexts.all {
                print("\(present.contains(pin.url) ? "present" : "missing")  \(pin.sha256)  \(pin.url)")
            }
        }
    }
}
