import BrevetJSON

/// Imports a 1EdTech CASE 1.0 `CFPackage` (CFDocument, CFItems, CFAssociations) as a skills framework.
///
/// [CASE 1.0 §4 CFPackage](https://www.imsglobal.org/sites/default/files/CASE/casev1p0/information_model/caseservicev1p0_infomodelv1p0.html):
/// the package schema requires `CFDocument` with `identifier`, `uri`, `title`; each `CFItem` requires
/// `identifier`, `fullStatement`, `uri`. Hierarchy is carried by associations with `associationType`
/// `isChildOf` whose `originNodeURI` is the child and `destinationNodeURI` the parent (the document
/// itself for top-level items); their `sequenceNumber` orders siblings. An item with several `isChildOf`
/// parents keeps the first one listed.
/// Errors name the JSON path (`CFItems[3]`): ``AwardingError/Code/invalidCASEPackage``,
/// ``AwardingError/Code/duplicateFrameworkItem``, ``AwardingError/Code/unknownParent``,
/// ``AwardingError/Code/frameworkCycle``.
public struct CASEPackageImporter: Sendable {
    public init() {}

    /// Parses the package text (UTF-8 JSON) and imports it.
    public func importPackage(text: String) throws(AwardingError) -> SkillsFramework {
        let json: JSONValue
        do { json = try JSONValue(parsing: text) } catch {
            throw AwardingError(.invalidCASEPackage, "the package is not JSON: \(error.reason)", location: "byte \(error.offset)")
        }
        return try importPackage(json)
    }

    public func importPackage(_ json: JSONValue) throws(AwardingError) -> SkillsFramework {
        func bad(_ reason: String, _ at: String) -> AwardingError { AwardingError(.invalidCASEPackage, reason, location: at) }
        guard let doc = json["CFDocument"]?.objectValue else { throw bad("the package has no CFDocument object", "CFDocument") }
        guard let docId = doc["identifier"]?.stringValue, let title = doc["title"]?.stringValue else {
            throw bad("CFDocument needs an identifier and a title", "CFDocument")
        }
        var items: [FrameworkItem] = []
        var ids = Set<String>()
        for (i, v) in (json["CFItems"]?.arrayValue ?? []).enumerated() {
            let at = "CFItems[\(i)]"
            guard let id = v["identifier"]?.stringValue, !id.isEmpty, let statement = v["fullStatement"]?.stringValue,
                  let uri = v["uri"]?.stringValue
            else { throw bad("a CFItem needs identifier, fullStatement and uri", at) }
            ids.insert(id)
            let abbreviated = v["abbreviatedStatement"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
            items.append(FrameworkItem(
                id: id, code: v["humanCodingScheme"]?.stringValue, name: abbreviated ?? statement,
                description: abbreviated == nil ? v["notes"]?.stringValue : statement, uri: uri))
        }
        var parentSet = Set<String>()
        var parents: [String: String] = [:]
        var sequence: [String: Int] = [:]
        for (i, a) in (json["CFAssociations"]?.arrayValue ?? []).enumerated() where a["associationType"]?.stringValue == "isChildOf" {
            let at = "CFAssociations[\(i)]"
            guard let child = a["originNodeURI"]?["identifier"]?.stringValue,
                  let parent = a["destinationNodeURI"]?["identifier"]?.stringValue
            else { throw bad("an isChildOf association needs originNodeURI and destinationNodeURI identifiers", at) }
            guard ids.contains(child) else { throw bad("isChildOf names the child \"\(child)\", which is not a CFItem", at) }
            guard parentSet.insert(child).inserted else { continue }
            sequence[child] = a["sequenceNumber"]?.numberValue?.intValue
            if parent == docId { continue }
            guard ids.contains(parent) else {
                throw AwardingError(.unknownParent, "item \"\(child)\" is a child of \"\(parent)\", which is neither a CFItem nor the CFDocument",
                                    location: at)
            }
            parents[child] = parent
        }
        for i in items.indices {
            items[i].parentId = parents[items[i].id]
            items[i].sequenceNumber = sequence[items[i].id]
        }
        return try SkillsFramework(
            id: docId, title: title, uri: doc["uri"]?.stringValue, source: .casePackage, items: items, emptyIdCode: .invalidCASEPackage
        ) { i in (nil, "CFItems[\(i)]") }
    }
}
