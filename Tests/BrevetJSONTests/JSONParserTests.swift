import BrevetJSON
import Testing

@Suite struct JSONParserTests {
    @Test func roundTripKeepsOrderAndNumberText() throws {
        let text = #"{"z":1,"a":[1.10,12345678901234567890,-0,true,null],"m":{"b":"x\u00e9\n"}}"#
        let value = try JSONValue(parsing: text)
        #expect(value.objectValue?.keys == ["z", "a", "m"])
        #expect(JSONWriter().string(value) == #"{"z":1,"a":[1.10,12345678901234567890,-0,true,null],"m":{"b":"xé\n"}}"#)
    }

    @Test func equalityIgnoresMemberOrder() throws {
        #expect(try JSONValue(parsing: #"{"a":1,"b":[2]}"#) == JSONValue(parsing: #"{"b":[2.0],"a":1}"#))
        #expect(try JSONValue(parsing: #"{"a":1}"#) != JSONValue(parsing: #"{"a":2}"#))
    }

    @Test(arguments: [
        ("{", JSONError.Code.syntax), ("[1,]", .syntax), ("{\"a\":1,}", .syntax), ("01", .invalidNumber),
        ("1.", .invalidNumber), ("\"\\x\"", .invalidString), ("\"\\ud800\"", .invalidString), ("[1] x", .syntax),
        ("{\"a\":1,\"a\":2}", .duplicateKey), ("\"a\u{01}\"", .invalidString), ("1e999", .invalidNumber), ("", .syntax),
        ("nul", .syntax), ("'a'", .syntax),
    ])
    func malformedInputIsRejectedWithItsReason(text: String, code: JSONError.Code) {
        #expect(throws: JSONError(code, "", offset: 0)) { try JSONValue(parsing: text) }
    }

    @Test func invalidUTF8IsRejected() {
        #expect(throws: JSONError(.invalidUTF8, "", offset: 0)) { try JSONValue(parsing: [0x22, 0xC3, 0x28, 0x22]) }
    }

    @Test func deepNestingFailsCleanlyInsteadOfCrashing() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(throws: JSONError(.tooDeep, "", offset: 0)) { try JSONValue(parsing: deep) }
        let ok = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect((try? JSONValue(parsing: ok)) != nil)
    }

    @Test func sizeLimitIsEnforced() {
        let parser = JSONParser(limits: .init(maxDepth: 10, maxBytes: 10))
        #expect(throws: JSONError(.tooLarge, "", offset: 0)) { try parser.parse("[1,2,3,4,5,6]") }
    }

    @Test func surrogatePairsDecode() throws {
        #expect(try JSONValue(parsing: #""\ud83d\ude00""#) == .string("😀"))
    }

    @Test func prettyOutputParsesBack() throws {
        let value = try JSONValue(parsing: #"{"a":[1,{"b":null}],"c":{}}"#)
        let pretty = JSONWriter(style: .pretty).string(value)
        #expect(pretty.contains("\n  \"a\": ["))
        #expect(try JSONValue(parsing: pretty) == value)
    }
}

@Suite struct JSONParserWideObjectTests {
    /// Regression: duplicate detection used to scan all earlier members, so a wide object cost
    /// quadratic time. 100,000 members must parse, and a duplicate at the end must still be found.
    @Test func wideObjectsParseAndDuplicatesAreStillFound() throws {
        let members = (0..<100_000).map { "\"k\($0)\":\($0)" }
        let wide = "{" + members.joined(separator: ",") + "}"
        #expect(try JSONValue(parsing: wide).objectValue?.count == 100_000)
        let duplicated = "{" + members.joined(separator: ",") + ",\"k5\":1}"
        #expect(throws: JSONError(.duplicateKey, "", offset: 0)) { try JSONValue(parsing: duplicated) }
    }
}
