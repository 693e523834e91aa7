/// The use cases of one Brevet installation, sharing one environment. Built once per process by
/// the server or the CLI.
public struct ServiceContainer: Sendable {
    public let environment: ServiceEnvironment
    public let issuers: IssuerService
    public let achievements: AchievementService
    public let issuance: IssuanceService
    public let status: StatusService
    public let apiKeys: APIKeyService
    public let verification: VerificationService
    public let frameworks: FrameworkService
    public let designs: DesignService
    public let evidence: EvidenceService
    public let assessments: AssessmentService
    public let pathways: PathwayService
    public let renewals: RenewalService

    public init(environment: ServiceEnvironment, status: StatusService, verification: VerificationService) {
        self.environment = environment
        issuers = IssuerService(environment: environment)
        achievements = AchievementService(environment: environment)
        issuance = IssuanceService(environment: environment)
        self.status = status
        apiKeys = APIKeyService(environment: environment)
        self.verification = verification
        frameworks = FrameworkService(environment: environment)
        designs = DesignService(environment: environment)
        evidence = EvidenceService(environment: environment)
        assessments = AssessmentService(environment: environment)
        pathways = PathwayService(environment: environment)
        renewals = RenewalService(environment: environment)
    }
}
