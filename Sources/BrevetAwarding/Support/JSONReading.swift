import BrevetJSON

/// Small readers over `JSONValue` that fail with ``AwardingError/Code/invalidJSON`` naming the path.
struct JSONReader {
    let value: JSONObject
    let path: String

    init(_ value: JSONValue, path: String) throws(AwardingError) {
        guard let o = value.objectValue else {
            throw AwardingError(.invalidJSON, "expected an object, found \(value.typeName)", location: path)
        }
        self.value = o
        self.path = path
    }

    func string(_ key: String) throws(AwardingError) -> String {
        guard let s = value[key]?.stringValue else {
            throw AwardingError(.invalidJSON, "missing or non-string member \"\(key)\"", location: path)
        }
        return s
    }

    func optionalString(_ key: String) throws(AwardingError) -> String? {
        guard let v = value[key], !v.isNull else { return nil }
        guard let s = v.stringValue else {
            throw AwardingError(.invalidJSON, "member \"\(key)\" must be a string", location: path)
        }
        return s
    }

    func optionalDouble(_ key: String) throws(AwardingError) -> Double? {
        guard let v = value[key], !v.isNull else { return nil }
        if let n = v.numberValue { return n.doubleValue }
        if let s = v.stringValue, let d = Double(s) { return d }
        throw AwardingError(.invalidJSON, "member \"\(key)\" must be a number", location: path)
    }

    func double(_ key: String) throws(AwardingError) -> Double {
        guard let d = try optionalDouble(key) else {
            throw AwardingError(.invalidJSON, "missing number \"\(key)\"", location: path)
        }
        return d
    }

    func optionalInt(_ key: String) throws(AwardingError) -> Int? {
        guard let d = try optionalDouble(key) else { return nil }
        guard d.rounded() == d, abs(d) < 9e15 else {
            throw AwardingError(.invalidJSON, "member \"\(key)\" must be a whole number", location: path)
        }
        return Int(d)
    }

    func int(_ key: String) throws(AwardingError) -> Int {
        guard let i = try optionalInt(key) else {
            throw AwardingError(.invalidJSON, "missing whole number \"\(key)\"", location: path)
        }
        return i
    }

    func optionalBool(_ key: String) throws(AwardingError) -> Bool? {
        guard let v = value[key], !v.isNull else { return nil }
        guard let b = v.boolValue else {
            throw AwardingError(.invalidJSON, "member \"\(key)\" must be a boolean", location: path)
        }
        return b
    }

    /// Members that may hold one value or an array of values (JSON-LD `@set`).
    func array(_ key: String) -> [JSONValue] {
        guard let v = value[key], !v.isNull else { return [] }
        return v.asArray
    }

    func strings(_ key: String) throws(AwardingError) -> [String] {
        var out: [String] = []
        for v in array(key) {
            guard let s = v.stringValue else {
                throw AwardingError(.invalidJSON, "member \"\(key)\" must hold strings", location: path)
            }
            out.append(s)
        }
        return out
    }

    func period(_ key: String) throws(AwardingError) -> Period? {
        guard let text = try optionalString(key) else { return nil }
        guard let p = Period(iso8601: text) else {
            throw AwardingError(.invalidJSON, "member \"\(key)\" is not an ISO 8601 duration: \(text)", location: path)
        }
        return p
    }

    func objects(_ key: String) throws(AwardingError) -> [JSONReader] {
        var out: [JSONReader] = []
        for (i, v) in array(key).enumerated() { out.append(try JSONReader(v, path: "\(path).\(key)[\(i)]")) }
        return out
    }

    func object(_ key: String) throws(AwardingError) -> JSONReader? {
        guard let v = value[key], !v.isNull else { return nil }
        return try JSONReader(v, path: "\(path).\(key)")
    }
}

/// Builds a JSON object in order, skipping `nil` members.
struct JSONBuilder {
    private(set) var object = JSONObject()

    mutating func set(_ key: String, _ value: JSONValue?) {
        if let value { object[key] = value }
    }
    mutating func set(_ key: String, _ value: String?) {
        if let value { object[key] = .string(value) }
    }
    mutating func set(_ key: String, _ value: Double?) {
        if let value { object[key] = number(value) }
    }
    mutating func set(_ key: String, _ value: Int?) {
        if let value { object[key] = .number(JSONNumber(value)) }
    }
    mutating func set(_ key: String, nonEmpty values: [JSONValue]) {
        if !values.isEmpty { object[key] = .array(values) }
    }

    var value: JSONValue { .object(object) }
}

/// A JSON number for a double, written as an integer when it is whole.
func number(_ d: Double) -> JSONValue {
    if d.rounded() == d, abs(d) < 9e15 { return .number(JSONNumber(Int(d))) }
    return .number(JSONNumber(d.isFinite ? d : 0))
}

/// A plain-text rendering of a number for messages ("3", "2.5").
func format(_ d: Double) -> String {
    if d.rounded() == d, abs(d) < 9e15 { return String(Int(d)) }
    return String(d)
}

/// Tolerance for sums of credits and weighted scores, so `0.1 + 0.2` meets a minimum of `0.3`.
let scoreTolerance = 1e-9
