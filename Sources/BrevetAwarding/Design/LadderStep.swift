/// The step of a career ladder a credential sits on, lowest first.
public enum LadderStep: String, Sendable, Hashable, CaseIterable, Comparable {
    case beginner, `operator`, specialist, lead

    /// Position on the ladder, 0 for beginner.
    public var rank: Int { LadderStep.allCases.firstIndex(of: self)! }

    public static func < (lhs: LadderStep, rhs: LadderStep) -> Bool { lhs.rank < rhs.rank }
}
