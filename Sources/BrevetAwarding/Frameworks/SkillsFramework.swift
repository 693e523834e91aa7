/// A skills framework: items in a hierarchy, imported from CSV or a 1EdTech CASE package.
///
/// Construction checks that ids are unique (``AwardingError/Code/duplicateFrameworkItem``), that every
/// parent exists (``AwardingError/Code/unknownParent``) and that no item is its own ancestor
/// (``AwardingError/Code/frameworkCycle``). Importers report the same errors with the line or the JSON path.
public struct SkillsFramework: Sendable, Hashable {
    /// Where the framework came from; decides the `targetType` of alignments.
    public enum Source: String, Sendable, Hashable {
        /// A 1EdTech CASE package: alignments have `targetType` `CFItem`.
        case casePackage
        /// A CSV file or another list: alignments have `targetType` `ext:BrevetSkill`.
        case list
    }

    public let id: String
    public let title: String
    public let uri: String?
    public let source: Source
    /// Items in the order they were given.
    public let items: [FrameworkItem]
    private let indexById: [String: Int]
    private let childIndexes: [String: [Int]]
    private let rootIndexes: [Int]
    private let indexByCode: [String: Int]
    private let indexByURI: [String: Int]

    public init(id: String, title: String, uri: String? = nil, source: Source = .list, items: [FrameworkItem]) throws(AwardingError) {
        try self.init(id: id, title: title, uri: uri, source: source, items: items, emptyIdCode: .invalidDesign) { i in
            (nil, "items[\(i)]")
        }
    }

    /// `locate` turns an item's index into the line or path an error names.
    init(id: String, title: String, uri: String?, source: Source, items: [FrameworkItem], emptyIdCode: AwardingError.Code,
         locate: (Int) -> (line: Int?, location: String?)) throws(AwardingError) {
        self.id = id
        self.title = title
        self.uri = uri
        self.source = source
        self.items = items
        indexById = try FrameworkHierarchyCheck.index(items, emptyIdCode: emptyIdCode, locate: locate)
        try FrameworkHierarchyCheck.checkParents(items, indexById: indexById, locate: locate)
        var children: [String: [Int]] = [:]
        var roots: [Int] = []
        var byCode: [String: Int] = [:]
        var byURI: [String: Int] = [:]
        for (i, item) in items.enumerated() {
            if let p = item.parentId { children[p, default: []].append(i) } else { roots.append(i) }
            if let c = item.code, byCode[c] == nil { byCode[c] = i }
            if byURI[item.uri] == nil { byURI[item.uri] = i }
        }
        let order: (Int, Int) -> Bool = { a, b in
            (items[a].sequenceNumber ?? Int.max, a) < (items[b].sequenceNumber ?? Int.max, b)
        }
        childIndexes = children.mapValues { $0.sorted(by: order) }
        rootIndexes = roots.sorted(by: order)
        indexByCode = byCode
        indexByURI = byURI
    }

    /// The item with this id.
    public func item(_ id: String) -> FrameworkItem? { indexById[id].map { items[$0] } }

    /// The item with this human code (first one, when codes repeat).
    public func item(code: String) -> FrameworkItem? { indexByCode[code].map { items[$0] } }

    /// Top-level items, by sequence number, then in the order given.
    public var roots: [FrameworkItem] { rootIndexes.map { items[$0] } }

    /// Direct children of an item, by sequence number, then in the order given.
    public func children(of id: String) -> [FrameworkItem] { (childIndexes[id] ?? []).map { items[$0] } }

    /// Parent, grandparent, ... of an item, nearest first.
    public func ancestors(of id: String) -> [FrameworkItem] {
        var out: [FrameworkItem] = []
        var current = item(id)?.parentId
        while let p = current, let parent = item(p) {
            out.append(parent)
            current = parent.parentId
        }
        return out
    }

    /// Every item below an item, depth first in order.
    public func descendants(of id: String) -> [FrameworkItem] {
        var out: [FrameworkItem] = []
        var stack = Array((childIndexes[id] ?? []).reversed())
        while let i = stack.popLast() {
            out.append(items[i])
            stack += (childIndexes[items[i].id] ?? []).reversed()
        }
        return out
    }

    /// The OB 3.0 alignment to an item (`targetFramework` is the framework title, `targetCode` the
    /// item's code or id, `targetUrl` its URI).
    public func alignment(to item: FrameworkItem) -> Alignment {
        Alignment(
            targetName: item.name, targetUrl: item.uri, targetCode: item.code ?? item.id, targetFramework: title,
            targetType: source == .casePackage ? "CFItem" : "ext:BrevetSkill", targetDescription: item.description)
    }

    /// The item an alignment points to: by `targetUrl`, else by `targetCode` (code or id) when the
    /// alignment names this framework or no framework.
    public func item(matching alignment: Alignment) -> FrameworkItem? {
        if let i = indexByURI[alignment.targetUrl] { return items[i] }
        guard alignment.targetFramework == nil || alignment.targetFramework == title, let code = alignment.targetCode else { return nil }
        return item(code: code) ?? item(code)
    }
}
