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
    /// Any other kind: a term of the OB 3.0 vocabulary (`Degree`, `License`, ...) is published as it is,
    /// any other name as the extension term `ext:<name>`.
    case custom(String)

    /// The OB 3.0 `AchievementType` terms (version 3.0.3).
    public static let vocabulary: Set<String> = [
        "Achievement", "ApprenticeshipCertificate", "Assessment", "Assignment", "AssociateDegree", "Award", "Badge",
        "BachelorDegree", "Certificate", "CertificateOfCompletion", "Certification", "CommunityService", "Competency",
        "Course", "CoCurricular", "Degree", "Diploma", "DoctoralDegree", "Fieldwork", "GeneralEducationDevelopment",
        "JourneymanCertificate", "LearningProgram", "License", "Membership", "ProfessionalDoctorate",
        "QualityAssuranceCredential", "MasterCertificate", "MasterDegree", "MicroCredential", "ResearchDoctorate",
        "SecondarySchoolDiploma",
    ]

    /// The OB 3.0 `achievementType` term.
    public var achievementType: String {
        switch self {
        case .microCredential: return "MicroCredential"
        case .badge: return "Badge"
        case .certificate: return "Certificate"
        case .certification: return "Certification"
        case .custom(let name): return Self.vocabulary.contains(name) ? name : "ext:\(name)"
        }
    }

    /// The kind for an `achievementType` term; nil for a term that is neither in the vocabulary nor `ext:`.
    public init?(achievementType: String) {
        switch achievementType {
        case "MicroCredential": self = .microCredential
        case "Badge": self = .badge
        case "Certificate": self = .certificate
        case "Certification": self = .certification
        default:
            if Self.vocabulary.contains(achievementType) {
                self = .custom(achievementType)
            } else if achievementType.hasPrefix("ext:") {
                self = .custom(String(achievementType.dropFirst(4)))
            } else {
                return nil
            }
        }
    }

    /// True when a custom name fits the OB 3.0 extension pattern `(ext:)[a-z|A-Z|0-9|.|-|_]+`.
    var isWellFormed: Bool {
        guard case .custom(let name) = self else { return true }
        return !name.isEmpty && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "|.-_".contains($0)) }
    }
}
