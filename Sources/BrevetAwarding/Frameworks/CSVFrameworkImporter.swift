/// Imports a skills framework from CSV with the header row `id,code,name,description,parent`.
///
/// The file is RFC 4180 (see ``CSVRecords``). `id` and `name` are required; `code`, `description` and
/// `parent` may be empty; `parent` names another row's `id`, in any order. Errors name the 1-based line:
/// ``AwardingError/Code/invalidCSV`` (syntax, header, field count, empty id or name),
/// ``AwardingError/Code/duplicateFrameworkItem``, ``AwardingError/Code/unknownParent`` and
/// ``AwardingError/Code/frameworkCycle``.
public struct CSVFrameworkImporter: Sendable {
    /// The header the file must start with (compared case-insensitively, surrounding spaces ignored).
    public static let header = ["id", "code", "name", "description", "parent"]

    /// Item URIs are `baseURI` followed by the percent-encoded item id.
    public var baseURI: String

    public init(baseURI: String) { self.baseURI = baseURI }

    public func importFramework(csv: String, id: String, title: String) throws(AwardingError) -> SkillsFramework {
        let records = try CSVRecords.parse(csv)
        guard let head = records.first else { throw AwardingError(.invalidCSV, "the file is empty", line: 1) }
        let names = head.fields.map { trimmingWhitespace($0).lowercased() }
        guard names == Self.header else {
            throw AwardingError(.invalidCSV, "the header must be \(Self.header.joined(separator: ",")), found \(head.fields.joined(separator: ","))",
                                line: head.line)
        }
        var items: [FrameworkItem] = []
        var lines: [Int] = []
        for r in records.dropFirst() {
            guard r.fields.count == Self.header.count else {
                throw AwardingError(.invalidCSV, "expected \(Self.header.count) fields, found \(r.fields.count)", line: r.line)
            }
            let f = r.fields.map(trimmingWhitespace)
            guard !f[0].isEmpty else { throw AwardingError(.invalidCSV, "the id is empty", line: r.line) }
            guard !f[2].isEmpty else { throw AwardingError(.invalidCSV, "item \"\(f[0])\" has no name", line: r.line) }
            items.append(FrameworkItem(
                id: f[0], code: f[1].isEmpty ? nil : f[1], name: f[2], description: f[3].isEmpty ? nil : f[3],
                parentId: f[4].isEmpty ? nil : f[4], uri: baseURI + percentEncoded(f[0])))
            lines.append(r.line)
        }
        return try SkillsFramework(id: id, title: title, uri: baseURI, source: .list, items: items, emptyIdCode: .invalidCSV) { i in
            (lines[i], nil)
        }
    }
}

/// The text without leading and trailing whitespace.
func trimmingWhitespace(_ s: String) -> String {
    let scalars = s.unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
          let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) ? s : String(scalars[first...last])
}

/// Percent-encodes everything but RFC 3986 unreserved characters.
func percentEncoded(_ s: String) -> String {
    let hex = Array("0123456789ABCDEF".utf8)
    var out: [UInt8] = []
    out.reserveCapacity(s.utf8.count)
    for byte in s.utf8 {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            out.append(byte)
        default:
            out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
        }
    }
    return String(decoding: out, as: UTF8.self)
}
