@testable import BrevetJSON
import BrevetTestSupport
import Testing

/// ``JSONText`` must agree with ``JSONParser`` and with the tree's RFC 8785 form on every input.
@Suite struct JSONTextTests {
    /// The cyberphone RFC 8785 reference cases, canonicalized straight from their text.
    @Test(arguments: JSONCanonicalizationTests.cases)
    func canonicalFormFromTextMatchesReference(name: String) throws {
        let folder = JSONCanonicalizationTests.folder
        let input = try JSONText(Array(SharedData.data("\(folder)/input/\(name).json")))
        let expected = try SharedData.data("\(folder)/output/\(name).json")
        #expect(input.canonicalBytes(at: input.root) == Array(expected))
    }

    @Test func omittingAMemberMatchesRemovingItFromTheValue() throws {
        let source = #"{"z":1,"proof":{"b":2,"a":[3]},"@context":["x"],"a":"\u00e9\n"}"#
        let text = try JSONText(Array(source.utf8))
        var value = try JSONValue(parsing: source)
        value["proof"] = nil
        #expect(text.canonicalBytes(at: text.root, omittingMember: "proof") == JSONCanonicalization.canonicalBytes(value))
        #expect(String(decoding: text.canonicalBytes(at: text.root, omittingMember: "proof"), as: UTF8.self)
            == #"{"@context":["x"],"a":"é\n","z":1}"#)
        // A name that is not there leaves the object whole; a nested member is not touched.
        #expect(text.canonicalBytes(at: text.root, omittingMember: "b") == JSONCanonicalization.canonicalBytes(try JSONValue(parsing: source)))
    }

    @Test func membersAreFoundByTheirDecodedNames() throws {
        let text = try JSONText(Array(#"{"a\u0062":1,"proof":{"type":"x"},"n":null}"#.utf8))
        let proof = try #require(text.member("proof", of: text.root))
        #expect(text.isObject(proof))
        #expect(text.member("type", of: proof).flatMap { text.string(at: $0) } == "x")
        #expect(text.member("ab", of: text.root).map { text.value(at: $0) } == 1)
        #expect(text.member("missing", of: text.root) == nil)
        #expect(text.member("type", of: try #require(text.member("n", of: text.root))) == nil)
    }

    /// Escaped and plain spellings of one name are the same name.
    @Test func duplicateNamesAreFoundWhateverTheirSpelling() {
        #expect(throws: JSONError(.duplicateKey, "", offset: 0)) { try JSONText(Array(#"{"ab":1,"a\u0062":2}"#.utf8)) }
        #expect(throws: JSONError(.duplicateKey, "", offset: 0)) { try JSONText(Array(#"{"\u00e9":1,"é":2}"#.utf8)) }
    }

    @Test(arguments: [
        #"{"a":"\ud800"}"#, "[1,]", #"{"a":1,"a":2}"#, "\"\u{01}\"", "1e999", "", "[01]", #""\x""#,
    ])
    func malformedTextIsRefusedLikeTheParserRefusesIt(source: String) {
        let parserError = #expect(throws: JSONError.self) { try JSONValue(parsing: source) }
        let textError = #expect(throws: JSONError.self) { try JSONText(Array(source.utf8)) }
        #expect(parserError?.code == textError?.code)
        #expect(parserError?.offset == textError?.offset)
    }

    @Test func invalidUTF8IsRefusedWithOrWithoutEscapes() {
        #expect(throws: JSONError(.invalidUTF8, "", offset: 0)) { try JSONText([0x22, 0xC3, 0x28, 0x22]) }
        #expect(throws: JSONError(.invalidUTF8, "", offset: 0)) { try JSONText([0x22, 0x5C, 0x6E, 0xED, 0xA0, 0x80, 0x22]) }
        #expect(throws: JSONError(.invalidUTF8, "", offset: 0)) { try JSONText([0x22, 0xF4, 0x90, 0x80, 0x80, 0x22]) }
        #expect(throws: JSONError(.invalidUTF8, "", offset: 0)) { try JSONText([0x22, 0xE0, 0x80, 0xAF, 0x22]) }
        #expect((try? JSONText(Array("\"é😀\u{10FFFF}\u{FFFD}\"".utf8))) != nil)
    }

    /// Random documents with escapes, non-ASCII names, numbers of every form and members out of
    /// order: the canonical form written from the text equals the one written from the tree.
    @Test(arguments: 0..<200)
    func agreesWithTheTreeOnRandomDocuments(seed: Int) throws {
        var generator = RandomDocument(seed: UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 | 1)
        let source = generator.value(depth: 0)
        let text = try JSONText(Array(source.utf8))
        let tree = try JSONValue(parsing: source)
        #expect(text.canonicalBytes(at: text.root) == JSONCanonicalization.canonicalBytes(tree), "\(source)")
        if let first = tree.objectValue?.keys.first {
            var without = tree
            without[first] = nil
            #expect(text.canonicalBytes(at: text.root, omittingMember: first) == JSONCanonicalization.canonicalBytes(without), "\(source)")
        }
    }
}

/// JSON texts written by hand from a seeded generator (xorshift), with the spellings a parser must
/// decode: escapes of every kind, surrogate pairs, raw UTF-8, and numbers that canonicalize
/// differently from how they are written.
struct RandomDocument {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next(_ n: Int) -> Int {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return Int(state % UInt64(n))
    }

    static let pieces = ["a", "b", "Z", "id", "type", "@context", "é", "😀", "\u{E000}", "\u{FFFD}", "\\n", "\\\"", "\\\\", "\\/",
                         "\\u00e9", "\\ud83d\\ude00", "\\u001f", "\\t", " ", "proof", "x1", "\\u0041"]
    static let numbers = ["0", "-0", "1", "-12", "1.0", "1.10", "1e3", "2E-2", "123456789012345678901", "0.1", "-5.5e+10", "9007199254740993"]

    mutating func string() -> String {
        var s = "\""
        for _ in 0..<(1 + next(4)) { s += Self.pieces[next(Self.pieces.count)] }
        return s + "\""
    }

    mutating func value(depth: Int) -> String {
        switch depth >= 4 ? next(4) : next(7) {
        case 0: return string()
        case 1: return Self.numbers[next(Self.numbers.count)]
        case 2: return ["true", "false", "null"][next(3)]
        case 3: return string()
        case 4:
            return "[" + (0..<next(4)).map { _ in value(depth: depth + 1) }.joined(separator: ",") + "]"
        default:
            var names = Set<String>()
            var members: [String] = []
            for _ in 0..<(1 + next(6)) {
                let name = string()
                // One spelling of a name per object (decoded duplicates are refused by both readers).
                guard let decoded = try? JSONValue(parsing: name).stringValue, names.insert(decoded).inserted else { continue }
                members.append(name + ":" + value(depth: depth + 1))
            }
            return "{" + members.joined(separator: ",") + "}"
        }
    }
}
