import BrevetJSON

/// A value of a property in a ``NodeMap``: a node reference (`{"@id": ...}`), a value object, or a
/// list object whose items are again ``NodeMapItem``s.
enum NodeMapItem: Hashable {
    case reference(String)
    case value(JSONObject)
    case list([NodeMapItem])
}
