import BrevetCore
import BrevetJSON
import BrevetJSONLD
import BrevetServices
import BrevetStorage
import Hummingbird
import NIOCore

/// An error as the HTTP API reports it: a status code and a JSON body
/// `{"error": {"code": "...", "message": "..."}}` whose message says what is wrong.
///
/// Mapping from the modules' errors to HTTP happens here and only here.
public struct APIError: HTTPResponseError, Sendable {
    public let status: HTTPResponse.Status
    public let code: String
    public let message: String

    public init(status: HTTPResponse.Status, code: String, message: String) {
        self.status = status
        self.code = code
        self.message = message
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let body: JSONValue = ["error": ["code": .string(code), "message": .string(message)]]
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8"]
        if status == .unauthorized { headers[.wwwAuthenticate] = "Bearer realm=\"brevet\"" }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: JSONWriter().bytes(body))))
    }

    /// Translates any error into what the client is told; unknown errors become a 500 that does not
    /// leak internals (they are logged by the caller).
    public static func from(_ error: any Error) -> APIError {
        switch error {
        case let e as APIError: return e
        case let e as ServiceError:
            let status: HTTPResponse.Status
            switch e.code {
            case .invalidInput: status = .unprocessableContent
            case .notFound: status = .notFound
            case .unauthorized: status = .unauthorized
            case .conflict: status = .conflict
            case .tooLarge: status = .contentTooLarge
            case .unavailable: status = .serviceUnavailable
            default: status = .internalServerError
            }
            return APIError(status: status, code: e.code.description, message: e.reason)
        case let e as ModelError:
            return APIError(status: .unprocessableContent, code: "invalidInput", message: e.reason)
        case let e as JSONError:
            return APIError(status: .badRequest, code: "malformedJSON", message: e.description)
        case let e as JSONLDError:
            return APIError(status: .unprocessableContent, code: "jsonld", message: "\(e)")
        case let e as CoreError:
            return APIError(status: .unprocessableContent, code: "invalidInput", message: e.reason)
        case let e as StorageError:
            switch e.code {
            case .notFound: return APIError(status: .notFound, code: "notFound", message: e.reason)
            case .duplicate, .conflict: return APIError(status: .conflict, code: "conflict", message: e.reason)
            case .unavailable: return APIError(status: .serviceUnavailable, code: "unavailable", message: "the database is unavailable; try again")
            default: return APIError(status: .internalServerError, code: "storage", message: "a storage error occurred")
            }
        case is NIOTooManyBytesError:
            return APIError(status: .contentTooLarge, code: "tooLarge", message: "the request body is larger than this endpoint accepts")
        case let e as HTTPError where e.status == .contentTooLarge:
            return APIError(status: .contentTooLarge, code: "tooLarge", message: "the request body is larger than this endpoint accepts")
        case let e as HTTPError:
            return APIError(status: e.status, code: "http", message: e.body ?? e.status.reasonPhrase)
        default:
            return APIError(status: .internalServerError, code: "internal", message: "an internal error occurred; it has been logged")
        }
    }
}
