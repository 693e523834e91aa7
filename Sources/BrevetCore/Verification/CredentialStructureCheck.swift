import BrevetJSON

/// Checks the shape of a credential against the VC data model and, for Open Badges, against the
/// OB 3.0 data model's required types
/// ([VC 2.0 §4](https://www.w3.org/TR/vc-data-model-2.0/#basic-concepts),
/// [OB 3.0 §B.1](https://www.imsglobal.org/spec/ob/v3p0/#data-model)).
///
/// Reports every problem it finds, not just the first, so an issuer can fix them in one go.
public struct CredentialStructureCheck: Sendable {
    public init() {}

    /// A credential is treated as an Open Badge when it names an OB 3.0 context or OB type.
    public static func isOpenBadge(_ credential: JSONObject) -> Bool {
        let contexts = (credential["@context"]?.asArray ?? []).compactMap(\.stringValue)
        return contexts.contains { $0.hasPrefix(CredentialContexts.openBadgesV3Prefix) }
            || types(credential["type"]).contains { $0 == "OpenBadgeCredential" || $0 == "AchievementCredential" || $0 == "EndorsementCredential" }
    }

    static func types(_ value: JSONValue?) -> [String] {
        (value?.asArray ?? []).compactMap(\.stringValue)
    }

    public func check(_ credential: JSONObject, into verdict: inout VerificationVerdict) {
        var problems: [String] = []
        let contexts = credential["@context"]?.asArray ?? []
        let first = contexts.first?.stringValue
        let isV2 = first == CredentialContexts.credentialsV2
        if !isV2 && first != CredentialContexts.credentialsV1 {
            problems.append("the first @context must be \(CredentialContexts.credentialsV2) (VC 2.0) or \(CredentialContexts.credentialsV1) (VC 1.1), not \(contexts.first?.description ?? "missing")")
        }
        let credentialTypes = Self.types(credential["type"])
        if !credentialTypes.contains("VerifiableCredential") {
            problems.append("type must include VerifiableCredential")
        }
        if let id = credential["id"], !(id.stringValue.map(IRIText.isAbsolute) ?? false) {
            problems.append("id must be an absolute URL, not \(id)")
        }
        let issuerID: String?
        switch credential["issuer"] {
        case .string(let s)?: issuerID = s
        case .object(let o)?: issuerID = o["id"]?.stringValue
        default: issuerID = nil
        }
        if issuerID.map(IRIText.isAbsolute) != true {
            problems.append(credential["issuer"] == nil ? "the issuer is missing" : "the issuer must be a URL or an object whose id is a URL")
        }
        if credential["credentialSubject"]?.asArray.allSatisfy({ $0.objectValue != nil }) != true {
            problems.append("credentialSubject must be an object")
        }
        if Self.isOpenBadge(credential) {
            openBadgeProblems(credential, isV2: isV2, into: &problems)
        }
        if problems.isEmpty {
            let kind = Self.isOpenBadge(credential) ? "an Open Badges 3.0 credential" : "a verifiable credential"
            verdict.record(.structure, .passed, "well-formed as \(kind) (\(isV2 ? "VC 2.0" : "VC 1.1"))")
        } else {
            verdict.record(.structure, .failed, problems.joined(separator: "; "))
        }
    }

    /// OB 3.0 requires these types at these places (the "type" rows of §B.1's tables: "MUST include
    /// the IRI '…'").
    func openBadgeProblems(_ c: JSONObject, isV2: Bool, into problems: inout [String]) {
        let contexts = (c["@context"]?.asArray ?? []).compactMap(\.stringValue)
        if !contexts.contains(where: { $0.hasPrefix(CredentialContexts.openBadgesV3Prefix) }) {
            problems.append("an Open Badge must name the Open Badges 3.0 context (\(CredentialContexts.openBadgesV3))")
        }
        let t = Self.types(c["type"])
        let isEndorsement = t.contains("EndorsementCredential")
        if !t.contains("OpenBadgeCredential") && !t.contains("AchievementCredential") && !isEndorsement {
            problems.append("type must include OpenBadgeCredential, AchievementCredential or EndorsementCredential, found \(t)")
        }
        if isV2 && c["validFrom"] == nil { problems.append("validFrom is required") }
        if !isV2 && c["issuanceDate"] == nil { problems.append("issuanceDate is required in a VC 1.1 credential") }
        func require(_ value: JSONValue?, _ type: String, at path: String) {
            guard let value else { return }
            for (i, v) in value.asArray.enumerated() {
                let where_ = value.arrayValue == nil ? path : "\(path)[\(i)]"
                guard let o = v.objectValue else {
                    if v.stringValue == nil { problems.append("\(where_) must be an object") }
                    continue
                }
                if !Self.types(o["type"]).contains(type) {
                    problems.append("\(where_).type must include \(type), found \(o["type"]?.description ?? "nothing")")
                }
            }
        }
        if let issuer = c["issuer"], issuer.objectValue != nil {
            require(issuer, "Profile", at: "issuer")
            require(issuer["parentOrg"], "Profile", at: "issuer.parentOrg")
            require(issuer["otherIdentifier"], "IdentifierEntry", at: "issuer.otherIdentifier")
        }
        require(c["evidence"], "Evidence", at: "evidence")
        if isEndorsement {
            // [OB 3.0 §B.1.7 EndorsementSubject](https://www.imsglobal.org/spec/ob/v3p0/#endorsementsubject)
            for subject in c["credentialSubject"]?.asArray ?? [] {
                require(subject, "EndorsementSubject", at: "credentialSubject")
                if subject["id"]?.stringValue == nil { problems.append("credentialSubject.id (what is endorsed) is required") }
            }
            return
        }
        for subject in c["credentialSubject"]?.asArray ?? [] {
            guard let s = subject.objectValue else { continue }
            require(subject, "AchievementSubject", at: "credentialSubject")
            if s["id"] == nil && (s["identifier"]?.asArray.isEmpty ?? true) {
                problems.append("credentialSubject needs an id or at least one identifier")
            }
            require(s["identifier"], "IdentityObject", at: "credentialSubject.identifier")
            require(s["source"], "Profile", at: "credentialSubject.source")
            require(s["result"], "Result", at: "credentialSubject.result")
            guard let achievement = s["achievement"] else {
                problems.append("credentialSubject.achievement is required")
                continue
            }
            require(achievement, "Achievement", at: "credentialSubject.achievement")
            require(achievement["resultDescription"], "ResultDescription", at: "credentialSubject.achievement.resultDescription")
            require(achievement["creator"], "Profile", at: "credentialSubject.achievement.creator")
            if achievement["name"]?.stringValue == nil { problems.append("credentialSubject.achievement.name is required") }
            if achievement["criteria"]?.objectValue == nil { problems.append("credentialSubject.achievement.criteria is required") }
        }
    }
}
