import BrevetJSON

extension JSONValue {
    /// A short rendering for error reasons: scalars as JSON text (cut at 60 characters),
    /// arrays and objects by their type, so that a hostile value never bloats an error.
    var brief: String {
        switch self {
        case .array(let a): return "an array of \(a.count)"
        case .object(let o): return "an object of \(o.count) members"
        default:
            let text = JSONWriter().string(self)
            return text.count > 60 ? String(text.prefix(60)) + "…" : text
        }
    }
}
