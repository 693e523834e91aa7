import BrevetJSON

extension JSONLDProcessor {
    /// Expands a JSON-LD document ([JSON-LD 1.1 API §9.2 expand()](https://www.w3.org/TR/json-ld11-api/#dom-jsonldprocessor-expand)).
    ///
    /// Returns the expanded form: an array of node objects (and, rarely, other top-level values).
    public func expand(_ input: JSONValue, options: JSONLDOptions) throws(JSONLDError) -> [JSONValue] {
        throw JSONLDError(.invalidLocalContext, "expansion is not implemented yet")
    }
}
