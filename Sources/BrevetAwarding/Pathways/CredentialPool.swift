import Foundation

/// The credentials that may count toward one pathway, indexed by achievement id, each list in issue order.
struct CredentialPool {
    let all: [HeldCredential]
    private let byAchievement: [String: [HeldCredential]]

    /// `credentials` must already be sorted by issue time.
    init(_ credentials: [HeldCredential]) {
        all = credentials
        byAchievement = Dictionary(grouping: credentials, by: \.achievementId)
    }

    /// The earliest credential for any of `achievementIds` that satisfies `accept` and was issued at or after
    /// `notBefore`.
    func first(for achievementIds: Set<String>, notBefore: Date?, where accept: (HeldCredential) -> Bool) -> HeldCredential? {
        var best: HeldCredential?
        for id in achievementIds {
            for c in byAchievement[id] ?? [] where (notBefore.map { c.issuedAt >= $0 } ?? true) && accept(c) {
                if best.map({ (c.issuedAt, c.id) < ($0.issuedAt, $0.id) }) ?? true { best = c }
                break
            }
        }
        return best
    }

    /// Every credential satisfying `accept` issued at or after `notBefore`, in issue order.
    func all(notBefore: Date?, where accept: (HeldCredential) -> Bool) -> [HeldCredential] {
        all.filter { c in (notBefore.map { c.issuedAt >= $0 } ?? true) && accept(c) }
    }
}
