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
        let names = head.fields.map { $0.lowercased().filter { !$0.isWhitespace } }
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
            let f = r.fields.map { String($0.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()) }
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

/// Percent-encodes everything but RFC 3986 unreserved characters.
func percentEncoded(_ s: String) -> String {
    var out = ""
    for byte in s.utf8 {
        let c = Character(Unicode.Scalar(byte))
        if byte < 0x80, c.isLetter || c.isNumber || "-._~".contains(c) {
            out.append(c)
        } else {
            let hex = Array("0123456789ABCDEF")
            out += "%\(hex[Int(byte >> 4)])\(hex[Int(byte & 0xF)])"
        }
    }
    return out
}
