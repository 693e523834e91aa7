import BrevetJSON

/// An OB 3.0 `Alignment`: a link from an achievement (or result, or rubric level) to a node of a
/// framework such as a CASE CFItem.
///
/// [OB 3.0 §B.1.2 Alignment](https://www.imsglobal.org/spec/ob/v3p0/#alignment): `targetName` and
/// `targetUrl` are required; "The `type` property MUST be an unordered set. One of the items MUST be
/// the IRI 'Alignment'."
public struct Alignment: Sendable, Hashable {
    /// Name of the framework node.
    public var targetName: String
    /// URL of the framework node.
    public var targetUrl: String
    /// The node's code in its framework (a CASE `humanCodingScheme` or identifier).
    public var targetCode: String?
    /// Name of the framework.
    public var targetFramework: String?
    /// Type of the node: `CFItem`, `CFRubric`, `CTDL`, `ceasn:Competency`, or an `ext:` term.
    public var targetType: String?
    public var targetDescription: String?

    public init(targetName: String, targetUrl: String, targetCode: String? = nil, targetFramework: String? = nil,
                targetType: String? = nil, targetDescription: String? = nil) {
        self.targetName = targetName
        self.targetUrl = targetUrl
        self.targetCode = targetCode
        self.targetFramework = targetFramework
        self.targetType = targetType
        self.targetDescription = targetDescription
    }

    /// The OB 3.0 JSON object.
    public var json: JSONValue {
        var b = JSONBuilder()
        b.set("type", .array(["Alignment"]))
        b.set("targetName", targetName)
        b.set("targetUrl", targetUrl)
        b.set("targetCode", targetCode)
        b.set("targetFramework", targetFramework)
        b.set("targetType", targetType)
        b.set("targetDescription", targetDescription)
        return b.value
    }

    /// Reads an OB 3.0 `Alignment` object.
    public static func from(json: JSONValue) throws(AwardingError) -> Alignment {
        try from(JSONReader(json, path: "alignment"))
    }

    static func from(_ r: JSONReader) throws(AwardingError) -> Alignment {
        Alignment(
            targetName: try r.string("targetName"), targetUrl: try r.string("targetUrl"),
            targetCode: try r.optionalString("targetCode"), targetFramework: try r.optionalString("targetFramework"),
            targetType: try r.optionalString("targetType"), targetDescription: try r.optionalString("targetDescription"))
    }
}
