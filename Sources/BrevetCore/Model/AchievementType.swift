/// The kind of an achievement, from the Open Badges 3.0 `AchievementType` vocabulary
/// ([OB 3.0 §B.2.1](https://www.imsglobal.org/spec/ob/v3p0/#achievementtype-enumeration)).
/// Values outside the vocabulary "MUST start with the prefix `ext:`" and are kept as `.extension`.
public enum AchievementType: Sendable, Hashable, CustomStringConvertible {
    case known(String)
    case `extension`(String)

    /// Every term of the OB 3.0 vocabulary.
    public static let vocabulary: Set<String> = [
        "Achievement", "ApprenticeshipCertificate", "Assessment", "Assignment", "AssociateDegree", "Award",
        "Badge", "BachelorDegree", "Certificate", "CertificateOfCompletion", "Certification", "CommunityService",
        "Competency", "Course", "CoCurricular", "Degree", "Diploma", "DoctoralDegree", "Fieldwork",
        "GeneralEducationDevelopment", "JourneymanCertificate", "LearningProgram", "License", "Membership",
        "ProfessionalDoctorate", "QualityAssuranceCredential", "MasterCertificate", "MasterDegree",
        "MicroCredential", "ResearchDoctorate", "SecondarySchoolDiploma",
    ]

    /// Reads a value as written in a credential or typed by a person; case-insensitive for
    /// vocabulary terms (`microcredential` → `MicroCredential`). `nil` when it is neither a term nor `ext:…`.
    public init?(_ text: String) {
        if text.hasPrefix("ext:"), text.count > 4 {
            self = .extension(text)
            return
        }
        if Self.vocabulary.contains(text) {
            self = .known(text)
            return
        }
        let folded = text.lowercased().filter { $0 != "-" && $0 != "_" && $0 != " " }
        guard let term = Self.vocabulary.first(where: { $0.lowercased() == folded }) else { return nil }
        self = .known(term)
    }

    public var description: String {
        switch self {
        case .known(let t), .extension(let t): return t
        }
    }
}
