import Foundation

/// A learner's progress on a pathway: complete or not, what is done, what is missing, what to do next,
/// and which credentials satisfied which step.
public struct PathwayProgress: Sendable, Hashable {
    public var pathwayId: String
    public var awardsAchievementId: String
    public var complete: Bool
    /// When the pathway was completed (the issue time of the last credential it needed).
    public var completedAt: Date?
    public var root: StepProgress
    /// Leaf steps that are satisfied (in an ordered group, only those whose prerequisites are done).
    public var done: [StepProgress]
    /// Leaf steps not satisfied inside groups that are not satisfied: what could still be earned.
    public var missing: [StepProgress]
    /// The first step to work on: in an ordered group, the first not done; elsewhere, the first missing.
    public var nextStep: StepProgress?
    /// Step id → the credentials that satisfied it.
    public var satisfiedBy: [String: [String]]
    /// The credentials the completed pathway stands on, in the order they were counted; empty when incomplete.
    public var components: [HeldCredential]
}
