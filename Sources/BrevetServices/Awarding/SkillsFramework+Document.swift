import BrevetAwarding
import BrevetJSON

extension SkillsFramework {
    /// The stored form: the framework and every item, enough to rebuild it exactly with ``init(document:)``.
    var document: JSONValue {
        var o: JSONObject = ["id": .string(id), "title": .string(title), "source": .string(source.rawValue)]
        if let uri { o["uri"] = .string(uri) }
        o["items"] = .array(items.map { item in
            var i: JSONObject = ["id": .string(item.id), "name": .string(item.name), "uri": .string(item.uri)]
            if let v = item.code { i["code"] = .string(v) }
            if let v = item.description { i["description"] = .string(v) }
            if let v = item.parentId { i["parentId"] = .string(v) }
            if let v = item.sequenceNumber { i["sequenceNumber"] = .number(JSONNumber(v)) }
            return .object(i)
        })
        return .object(o)
    }

    /// Rebuilds a framework from its stored form.
    init(document d: JSONValue) throws {
        guard let id = d["id"]?.stringValue, let title = d["title"]?.stringValue,
              let source = d["source"]?.stringValue.flatMap(Source.init(rawValue:)), let items = d["items"]?.arrayValue else {
            throw ServiceError(.configuration, "a stored skills framework cannot be read")
        }
        let parsed = try items.map { i -> FrameworkItem in
            guard let id = i["id"]?.stringValue, let name = i["name"]?.stringValue, let uri = i["uri"]?.stringValue else {
                throw ServiceError(.configuration, "a stored framework item cannot be read")
            }
            return FrameworkItem(id: id, code: i["code"]?.stringValue, name: name, description: i["description"]?.stringValue,
                                 parentId: i["parentId"]?.stringValue, uri: uri,
                                 sequenceNumber: i["sequenceNumber"]?.numberValue?.intValue)
        }
        try self.init(id: id, title: title, uri: d["uri"]?.stringValue, source: source, items: parsed)
    }
}
