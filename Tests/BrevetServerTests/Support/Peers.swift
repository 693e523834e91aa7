import BrevetTestSupport
import Foundation

/// The independent Python verifier in ../shared/peers, run in the virtual environment that
/// scripts/test prepares (BREVET_PEERS_PYTHON).
enum Peers {
    static var python: URL? {
        if let p = ProcessInfo.processInfo.environment["BREVET_PEERS_PYTHON"], FileManager.default.isExecutableFile(atPath: p) {
            return URL(fileURLWithPath: p)
        }
        let local = SharedData.projectRoot.appendingPathComponent(".venv/bin/python")
        return FileManager.default.isExecutableFile(atPath: local.path) ? local : nil
    }

    struct MissingPython: Error, CustomStringConvertible {
        var description: String { "the peers' Python environment is missing: run ./scripts/test (it creates .venv with ../shared/peers/requirements.txt)" }
    }

    /// Runs `python ../shared/peers/verify_peer.py args...`.
    static func verify(_ args: [String]) throws -> BrevetProcess.Result {
        guard let python else { throw MissingPython() }
        return try ProcessRunner.run(executable: python, [SharedData.url("peers/verify_peer.py").path] + args)
    }

    /// Validates a JSON file against a JSON Schema with Python's jsonschema; returns the error
    /// messages with their paths (empty when valid).
    static func schemaErrors(instance: String, schema: String) throws -> [String] {
        guard let python else { throw MissingPython() }
        let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1])); inst = json.load(open(sys.argv[2]))
        cls = jsonschema.validators.validator_for(schema)
        for e in cls(schema, format_checker=cls.FORMAT_CHECKER).iter_errors(inst):
            print("/".join(str(p) for p in e.absolute_path) + "\\t" + e.message.replace("\\n", " "))
        """
        let result = try ProcessRunner.run(executable: python, ["-c", script, schema, instance])
        if result.status != 0 { return ["jsonschema failed to run: \(result.stderr)"] }
        return result.stdout.split(separator: "\n").map(String.init)
    }
}
