import ArgumentParser
import BrevetAwarding
import BrevetJSON
import Foundation

/// `brevet advise`: the four questions of credential design, and a recommendation with reasons.
/// Answers come from options, or are asked for at the terminal when missing.
struct AdviseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "advise",
        abstract: "Recommend a micro-credential, a certification or a hybrid from the four questions of credential design.")

    @Option(help: "1. The job outcome the learner must influence.") var outcome: String?
    @Option(help: "   Its size: task or role.") var scope: String?
    @Option(help: "2. Evidence that convinces a skeptical outsider: work-sample, observed-performance, proctored-exam or employer-attestation.")
    var evidence: String?
    @Option(help: "3. How fast the skill changes: fast, moderate or slow.") var change: String?
    @Option(help: "4. flagship or pathway.") var shape: String?
    @Flag(help: "Print JSON.") var json = false

    func run() async throws {
        let statement = try outcome ?? ask(DesignAdvisor.questions[0], choices: [])
        let scopeValue: DesignAnswers.JobOutcome.Scope = try pick(scope, "Is that one task or a whole role?", ["task", "role"])
        let evidenceValue: DesignAnswers.Evidence = try pick(evidence, DesignAdvisor.questions[1],
                                                             ["work-sample", "observed-performance", "proctored-exam", "employer-attestation"])
        let changeValue: DesignAnswers.ChangeRate = try pick(change, DesignAdvisor.questions[2], ["fast", "moderate", "slow"])
        let shapeValue: DesignAnswers.Shape = try pick(shape.map { $0 == "pathway" ? "expandable-pathway" : $0 }, DesignAdvisor.questions[3],
                                                       ["flagship", "expandable-pathway"])
        let answers = DesignAnswers(jobOutcome: .init(statement: statement, scope: scopeValue), evidence: evidenceValue,
                                    changeRate: changeValue, shape: shapeValue)
        let recommendation: DesignRecommendation
        do { recommendation = try DesignAdvisor.recommend(answers) } catch { throw CLIError(error.reason) }
        if json {
            var o: JSONObject = ["recommendation": .string(recommendation.kind.rawValue),
                                 "achievementType": .string("\(recommendation.achievementKind)"),
                                 "assessment": .string(recommendation.assessment),
                                 "reasons": .array(recommendation.reasons.map { .string($0) })]
            if let v = recommendation.suggestedValidity { o["suggestedValidity"] = .string(v.description) }
            printJSON(.object(o))
            return
        }
        print("Recommendation: \(recommendation.kind.rawValue) (\(recommendation.achievementKind))")
        print("Assessment: \(recommendation.assessment)")
        if let v = recommendation.suggestedValidity { print("Suggested validity: \(v) before renewal") }
        print("Why:")
        for r in recommendation.reasons { print("  - \(r)") }
    }

    /// An answer from an option, or asked for at the terminal; names the choices when it is wrong.
    /// Choices are written kebab-case (`work-sample`); the answers' raw values are camelCase.
    func pick<T: RawRepresentable>(_ given: String?, _ question: String, _ choices: [String]) throws -> T where T.RawValue == String {
        let text = try given ?? ask(question, choices: choices)
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " })
        let camel = parts.enumerated().map { $0.offset == 0 ? $0.element.lowercased() : $0.element.capitalized }.joined()
        guard let value = T(rawValue: text) ?? T(rawValue: camel) else {
            throw CLIError("\"\(text)\" is not one of: \(choices.joined(separator: ", "))")
        }
        return value
    }

    func ask(_ question: String, choices: [String]) throws -> String {
        guard isatty(0) != 0 else {
            throw CLIError("missing answer to: \(question)\(choices.isEmpty ? "" : " (\(choices.joined(separator: ", ")))"); pass it as an option")
        }
        print(question + (choices.isEmpty ? "" : " [\(choices.joined(separator: " | "))]"))
        print("> ", terminator: "")
        guard let line = readLine(), !line.trimmingCharacters(in: .whitespaces).isEmpty else { throw CLIError("no answer given") }
        return line.trimmingCharacters(in: .whitespaces)
    }
}
