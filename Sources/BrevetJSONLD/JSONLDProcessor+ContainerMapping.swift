import BrevetJSON

extension JSONLDProcessor {
    /// Step 20.1–20.2: the allowed container combinations.
    func containerMapping(_ value: JSONValue, term: String, run: ProcessingRun) throws(JSONLDError) -> Container {
        var invalid: JSONLDError { JSONLDError(.invalidContainerMapping, "the @container of \(term) is not allowed: \(value.brief)") }
        var container: Container = []
        switch value {
        case .string(let keyword):
            guard let c = Container(keyword: keyword) else { throw invalid }
            if run.isJSONLD10 && (c == .graph || c == .id || c == .type) { throw invalid }
            container = c
        case .array(let items):
            if run.isJSONLD10 { throw invalid }
            for item in items {
                guard case .string(let keyword) = item, let c = Container(keyword: keyword) else { throw invalid }
                container.insert(c)
            }
            if items.count != container.rawValue.nonzeroBitCount { throw invalid }
            let withoutSet = container.subtracting(.set)
            if withoutSet.rawValue.nonzeroBitCount <= 1 {
                // A single keyword (with or without @set); @list cannot combine with @set.
                if container.contains(.list) && container.contains(.set) { throw invalid }
            } else if container.contains(.graph) && withoutSet.subtracting(.graph).rawValue.nonzeroBitCount == 1
                && (container.contains(.id) || container.contains(.index))
            {
                // @graph with @id or @index, optionally @set.
            } else {
                throw invalid
            }
        default:
            throw invalid
        }
        return container
    }
}
