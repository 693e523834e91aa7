import BrevetAwarding
import BrevetJSON
import BrevetTestSupport
import Testing

/// Hostile and foreign input ends in a value or an `AwardingError`, never a crash.
@Suite struct RobustnessTests {
    static let validatorFolder = "standards/examples/ob-v3p0/validator/ob30"
    static let validatorFiles: [String] = (try? SharedData.list(validatorFolder).filter { $0.hasSuffix(".json") }) ?? []

    @Test func validatorFixturesArePresent() {
        #expect(Self.validatorFiles.count > 10)
    }

    /// Every achievement in the 1EdTech validator's fixtures is read; valid fixtures (no `err` in the name)
    /// must give a design with the fixture's id and name.
    @Test(arguments: validatorFiles)
    func validatorAchievementsAreReadOrRejectedClearly(file: String) throws {
        let credential = try SharedData.json("\(Self.validatorFolder)/\(file)")
        guard let achievement = credential["credentialSubject"]?["achievement"] else { return }
        switch Result(catching: { () throws(AwardingError) in try AchievementDesign.from(json: achievement) }) {
        case .success(let d):
            #expect(d.id == achievement["id"]?.stringValue)
            #expect(d.name == achievement["name"]?.stringValue)
        case .failure(let e):
            #expect(file.contains("err"), "a valid fixture was rejected: \(e)")
        }
    }

    /// A small deterministic generator (SplitMix64), so failures reproduce.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test(arguments: 0..<8)
    func randomCSVNeverCrashes(seed: Int) {
        var rng = SplitMix(state: UInt64(seed))
        let alphabet: [String] = [",", "\"", "\n", "\r", "\r\n", "a", "b", "é", "𝑑", " ", "\u{FEFF}"]
        let importer = CSVFrameworkImporter(baseURI: "https://s/")
        for _ in 0..<300 {
            var text = Bool.random(using: &rng) ? "id,code,name,description,parent\n" : ""
            for _ in 0..<Int.random(in: 0..<60, using: &rng) { text += alphabet.randomElement(using: &rng)! }
            switch Result(catching: { () throws(AwardingError) in try importer.importFramework(csv: text, id: "x", title: "X") }) {
            case .success(let f): #expect(f.items.allSatisfy { !$0.id.isEmpty && !$0.name.isEmpty })
            case .failure(let e): #expect(e.line != nil, "\(e)")
            }
        }
    }

    @Test func casePackageWithAnItemThatIsItsOwnParentIsACycle() throws {
        let json: JSONValue = [
            "CFDocument": ["identifier": "doc", "uri": "https://x/doc", "title": "T"],
            "CFItems": [["identifier": "a", "uri": "https://x/a", "fullStatement": "A"]],
            "CFAssociations": [["associationType": "isChildOf", "originNodeURI": ["identifier": "a"], "destinationNodeURI": ["identifier": "a"]]],
        ]
        #expect(throws: AwardingError(.frameworkCycle, "")) { try CASEPackageImporter().importPackage(json) }
    }
}
