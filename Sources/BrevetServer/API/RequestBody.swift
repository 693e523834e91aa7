import BrevetJSON
import BrevetServices
import Hummingbird
import NIOCore

extension Request {
    /// The body's bytes, refusing more than `limit` with a clear 413.
    func bodyBytes(limit: Int) async throws -> [UInt8] {
        do {
            let buffer = try await body.collect(upTo: limit)
            return Array(buffer.readableBytesView)
        } catch let e as HTTPError where e.status == .contentTooLarge {
            throw APIError(status: .contentTooLarge, code: "tooLarge", message: "the request body is larger than the \(limit)-byte limit")
        } catch is NIOTooManyBytesError {
            throw APIError(status: .contentTooLarge, code: "tooLarge", message: "the request body is larger than the \(limit)-byte limit")
        }
    }

    /// The body parsed as a JSON object, with the reason when it is not one.
    func jsonObject(limit: Int) async throws -> JSONObject {
        let bytes = try await bodyBytes(limit: limit)
        let value: JSONValue
        do { value = try JSONParser().parse(bytes) } catch {
            throw APIError(status: .badRequest, code: "malformedJSON", message: "the request body is not valid JSON: \(error)")
        }
        guard let object = value.objectValue else {
            throw APIError(status: .badRequest, code: "malformedJSON", message: "the request body must be a JSON object, not a \(value.typeName)")
        }
        return object
    }
}

extension JSONObject {
    /// A required string member, with a 422 naming it when absent or of the wrong type.
    func requiredString(_ key: String) throws -> String {
        guard let v = self[key] else {
            throw APIError(status: .unprocessableContent, code: "invalidInput", message: "\"\(key)\" is required")
        }
        guard let s = v.stringValue else {
            throw APIError(status: .unprocessableContent, code: "invalidInput", message: "\"\(key)\" must be a string, not a \(v.typeName)")
        }
        return s
    }

    func optionalString(_ key: String) throws -> String? {
        guard let v = self[key], !v.isNull else { return nil }
        guard let s = v.stringValue else {
            throw APIError(status: .unprocessableContent, code: "invalidInput", message: "\"\(key)\" must be a string, not a \(v.typeName)")
        }
        return s
    }
}

/// A JSON response.
func jsonResponse(_ value: JSONValue, status: HTTPResponse.Status = .ok, contentType: String = "application/json; charset=utf-8") -> Response {
    Response(status: status, headers: [.contentType: contentType],
             body: .init(byteBuffer: ByteBuffer(bytes: JSONWriter(style: .pretty).bytes(value))))
}

/// A response whose body is JSON text exactly as stored (signed documents are never re-encoded).
func storedJSONResponse(_ text: String, contentType: String = "application/json; charset=utf-8") -> Response {
    Response(status: .ok, headers: [.contentType: contentType, .cacheControl: "no-cache"],
             body: .init(byteBuffer: ByteBuffer(string: text)))
}
