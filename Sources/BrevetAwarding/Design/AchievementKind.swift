/// What kind of credential an achievement is, mapped to the OB 3.0 `AchievementType` vocabulary.
///
/// [OB 3.0 §B.2.1 AchievementType](https://www.imsglobal.org/spec/ob/v3p0/#achievementtype-enumeration)
/// is an extensible vocabulary; "Extending the vocabulary makes use of a naming convention": an extension
/// term is `ext:` followed by letters, digits, `.`, `-` or `_`.
public enum AchievementKind: Sendable, Hashable {
    case microCredential
    case badge
    case certificate
    case certification
    /// An issuer's own kind; published as `ext:<name>`.
    case custom(String)

    /// The OB 3.0 `achievementType` term.
    public var achievementType: String {
        switch self {
        case .microCredential: return "MicroCredential"
        case .badge: return "Badge"
        case .certificate: return "Certificate"
        case .certification: return "Certification"
        case .custom(let name): return "ext:\(name)"
        }
    }

    /// The kind for an `achievementType` term; nil for a standard term Brevet does not design with.
    public init?(achievementType: String) {
        switch achievementType {
        case "MicroCredential": self = .microCredential
        case "Badge": self = .badge
        case "Certificate": self = .certificate
        case "Certification": self = .certification
        default:
            guard achievementType.hasPrefix("ext:") else { return nil }
            self = .custom(String(achievementType.dropFirst(4)))
        }
    }

    /// True when a custom name fits the OB 3.0 extension pattern `(ext:)[a-z|A-Z|0-9|.|-|_]+`.
    var isWellFormed: Bool {
        guard case .custom(let name) = self else { return true }
        return !name.isEmpty && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "|.-_".contains($0)) }
    }
}
