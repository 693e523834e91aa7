import BrevetCore
import BrevetJSON
import BrevetStorage
import Hummingbird
import Mustache
import NIOCore

/// Renders the server's HTML pages.
struct Pages: Sendable {
    let library: MustacheLibrary

    init() throws {
        var library = MustacheLibrary()
        try library.register(PageTemplates.layout, named: "layout")
        try library.register(PageTemplates.home, named: "home")
        try library.register(PageTemplates.verifyForm, named: "verify")
        try library.register(PageTemplates.verdict, named: "verdict")
        try library.register(PageTemplates.error, named: "error")
        try library.register(PageTemplates.catalogIndex, named: "catalogIndex")
        try library.register(PageTemplates.catalog, named: "catalog")
        try library.register(PageTemplates.advisor, named: "advisor")
        self.library = library
    }

    func page(_ name: String, title: String, _ data: [String: Any], status: HTTPResponse.Status = .ok) -> Response {
        let body = library.render(data, withTemplate: name) ?? ""
        let html = library.render(["title": title, "body": body], withTemplate: "layout") ?? body
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    func home() -> Response { page("home", title: "Home", [:]) }

    func verifyForm(pasted: String = "") -> Response { page("verify", title: "Verify a credential", ["pasted": pasted]) }

    func error(_ heading: String, _ message: String, status: HTTPResponse.Status) -> Response {
        page("error", title: heading, ["heading": heading, "message": message], status: status)
    }

    func verdict(_ verdict: VerificationVerdict, heading: String = "Verification result", download: String? = nil) -> Response {
        page("verdict", title: heading, Self.verdictData(verdict, heading: heading, download: download))
    }

    func credential(record: CredentialRecord, verdict: VerificationVerdict) -> Response {
        let name = verdict.credential?["credentialSubject"]?["achievement"]?["name"]?.stringValue
        return self.verdict(verdict, heading: name.map { "Credential: \($0)" } ?? "Credential", download: record.id)
    }

    static func verdictData(_ verdict: VerificationVerdict, heading: String, download: String?) -> [String: Any] {
        let statusClass: String
        let statusText: String
        switch verdict.status {
        case .valid: (statusClass, statusText) = ("valid", "✔ Valid")
        case .invalid: (statusClass, statusText) = ("invalid", "✘ Not valid")
        case .indeterminate: (statusClass, statusText) = ("indeterminate", "? Could not be fully checked")
        }
        let facts = facts(verdict.credential)
        var data: [String: Any] = [
            "heading": heading, "statusClass": statusClass, "statusText": statusText, "summary": verdict.summary,
            "checks": verdict.checks.map { c -> [String: Any] in
                ["check": c.check.rawValue, "outcome": c.outcome.rawValue.capitalizedFirst,
                 "outcomeClass": c.outcome.rawValue.replacingSpaces, "message": c.message]
            },
            "facts": facts,
            "hasFacts": !facts.isEmpty,
        ]
        if let credential = verdict.credential {
            data["json"] = JSONWriter(style: .pretty).string(credential)
        }
        if let download { data["download"] = download }
        return data
    }

    /// What an employer wants to see at a glance: what, by whom, for whom, and when.
    static func facts(_ credential: JSONValue?) -> [[String: String]] {
        guard let c = credential else { return [] }
        var out: [[String: String]] = []
        func add(_ label: String, _ value: String?) { if let value, !value.isEmpty { out.append(["label": label, "value": value]) } }
        let subject = c["credentialSubject"]?.asArray.first
        let achievement = subject?["achievement"]
        add("Achievement", achievement?["name"]?.stringValue)
        add("Kind", achievement?["achievementType"]?.stringValue)
        add("Criteria", achievement?["criteria"]?["narrative"]?.stringValue)
        let issuer = c["issuer"]
        add("Issued by", issuer?["name"]?.stringValue)
        add("Issuer id", issuer?.stringValue ?? issuer?["id"]?.stringValue)
        add("Awarded to", subject?["name"]?.stringValue ?? subject?["id"]?.stringValue
            ?? (subject?["identifier"] != nil ? "a recipient identified by a hashed email address" : nil))
        if let version = c["brevetAward"]?["achievementVersion"]?.numberValue?.intValue { add("Achievement version", String(version)) }
        add("Renews", c["brevetAward"]?["replaces"]?.stringValue)
        if let parts = c["relatedResource"]?.asArray, !parts.isEmpty {
            add("Parts", parts.compactMap { $0["id"]?.stringValue }.joined(separator: "; "))
        }
        if let results = subject?["result"]?.asArray, !results.isEmpty {
            add("Results", results.compactMap { r -> String? in
                let what = r["resultDescription"]?.stringValue.map { $0.split(separator: "#").last.map(String.init) ?? $0 }
                let value = r["achievedLevel"]?.stringValue.map { $0.split(separator: "#").last.map(String.init) ?? $0 } ?? r["value"]?.stringValue ?? r["status"]?.stringValue
                guard let value else { return nil }
                return what.map { "\($0): \(value)" } ?? value
            }.joined(separator: "; "))
        }
        add("Valid from", c["validFrom"]?.stringValue ?? c["issuanceDate"]?.stringValue)
        add("Valid until", c["validUntil"]?.stringValue ?? c["expirationDate"]?.stringValue)
        if let evidence = c["evidence"]?.asArray, !evidence.isEmpty {
            add("Evidence", evidence.compactMap { $0["name"]?.stringValue ?? $0["narrative"]?.stringValue ?? $0["id"]?.stringValue }.joined(separator: "; "))
        }
        add("Credential id", c["id"]?.stringValue)
        return out
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
    var replacingSpaces: String { String(map { $0 == " " ? "-" : $0 }) }
}
