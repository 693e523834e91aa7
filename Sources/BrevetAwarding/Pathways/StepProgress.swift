import Foundation

/// How far a learner is with one pathway step.
public struct StepProgress: Sendable, Hashable {
    public var stepId: String
    public var name: String
    public var satisfied: Bool
    /// When the step was satisfied: the issue time of the credential that completed it.
    public var completedAt: Date?
    /// Credentials this step (and the steps below it) counted.
    public var credentialIds: [String]
    public var children: [StepProgress]
    /// In an ordered group, true when an earlier step is not done yet.
    public var blocked: Bool
    /// A sentence: "2 of 3 done", "4.5 of 6 credits", "credential X from issuer Y is not verified".
    public var detail: String
    /// For a sub-pathway step, the nested pathway's progress.
    public var subPathway: PathwayProgress? {
        get { nested.first }
        set { nested = newValue.map { [$0] } ?? [] }
    }
    /// Storage for ``subPathway`` (an array, because a struct cannot hold an optional of a type that holds it).
    private var nested: [PathwayProgress] = []

    init(stepId: String, name: String) {
        self.stepId = stepId
        self.name = name
        satisfied = false
        credentialIds = []
        children = []
        blocked = false
        detail = ""
    }

    /// True for a step with no child steps (an achievement, an external credential or a sub-pathway).
    public var isLeaf: Bool { children.isEmpty }
}
