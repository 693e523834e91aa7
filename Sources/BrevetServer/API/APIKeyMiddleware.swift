import BrevetServices
import HTTPTypes
import Hummingbird

/// Admin routes need `Authorization: Bearer <API key>`; the key decides the organization every
/// query is scoped to, so one organization can never reach another's data.
struct APIKeyMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let keys: APIKeyService

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var secret: String?
        if let header = request.headers[.authorization] {
            let parts = header.split(separator: " ", maxSplits: 1)
            if parts.count == 2, parts[0].lowercased() == "bearer" { secret = String(parts[1]).trimmingSpaces }
        }
        if secret == nil, let header = request.headers[HTTPField.Name("X-API-Key")!] { secret = header }
        let key = try await keys.authenticate(secret: secret)
        var context = context
        context.organizationID = key.organizationID
        return try await next(request, context)
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
