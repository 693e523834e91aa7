import Foundation

extension RenewalPolicy {
    /// Decides whether `credential` may be renewed at `at`.
    ///
    /// - Revoked, suspended and superseded credentials are not renewable; nor is one that does not expire.
    /// - `at` must fall in ``window(issuedAt:validUntil:)`` (both ends inclusive).
    /// - Continuing education: credentials in `held` for an accepted achievement, not revoked or suspended, verified,
    ///   issued within the validity window of `credential` (`issuedAt...validUntil`, inclusive) and not after
    ///   `at`; their credits must reach the requirement (credits exactly at the minimum are enough).
    /// - Re-assessment: a passed attempt in `reassessments` within the renewal window and not after `at`.
    public func eligibility(of credential: HeldCredential, held: [HeldCredential], reassessments: [AttemptRecord] = [],
                            at: Date) -> RenewalEligibility {
        var result = RenewalEligibility(eligible: false, route: nil, reasons: [], window: nil, creditsEarned: 0,
                                        creditsRequired: nil, countedCredentialIds: [])
        switch credential.state {
        case .revoked:
            result.reasons = ["credential \"\(credential.id)\" is revoked and cannot be renewed"]
            return result
        case .superseded(let by):
            result.reasons = ["credential \"\(credential.id)\" was already renewed by \"\(by)\""]
            return result
        case .suspended:
            result.reasons = ["credential \"\(credential.id)\" is suspended and cannot be renewed until it is reinstated"]
            return result
        case .active: break
        }
        guard let validUntil = credential.validUntil else {
            result.reasons = ["credential \"\(credential.id)\" does not expire"]
            return result
        }
        let window = self.window(issuedAt: credential.issuedAt, validUntil: validUntil)
        result.window = window
        if at < window.lowerBound {
            result.reasons.append("renewal opens on \(window.lowerBound)")
        } else if at > window.upperBound {
            result.reasons.append("renewal closed on \(window.upperBound); the credential must be earned again")
        } else {
            result.reasons.append("within the renewal window \(window.lowerBound) – \(window.upperBound)")
        }
        let inWindow = window.contains(at)
        var ceMet = false
        for route in routes {
            switch route {
            case .continuingEducation(let required, let accepted):
                let counted = held.filter { c in
                    c.id != credential.id && accepted.contains(c.achievementId) && c.counts && c.verified
                        && c.issuedAt >= credential.issuedAt && c.issuedAt <= validUntil && c.issuedAt <= at
                }
                let earned = counted.reduce(0) { $0 + ($1.credits ?? 0) }
                let met = earned + scoreTolerance >= required
                // With several continuing-education routes, report the first one met, else the first one.
                if result.creditsRequired == nil || (met && !ceMet) {
                    result.creditsRequired = required
                    result.creditsEarned = earned
                    result.countedCredentialIds = counted.map(\.id)
                    ceMet = met
                }
                if met {
                    result.reasons.append("continuing education: \(format(earned)) of \(format(required)) credits earned")
                    if inWindow, result.route == nil { result.route = route }
                } else {
                    result.reasons.append("continuing education: \(format(earned)) of \(format(required)) credits earned, "
                                          + "\(format(required - earned)) more needed before \(validUntil)")
                }
            case .reassessment:
                let passed = reassessments.contains { $0.passed && window.contains($0.at) && $0.at <= at }
                result.reasons.append(passed ? "re-assessment passed within the renewal window"
                                             : "no passed re-assessment within the renewal window")
                if passed, inWindow, result.route == nil { result.route = route }
            }
        }
        result.eligible = result.route != nil
        return result
    }
}
