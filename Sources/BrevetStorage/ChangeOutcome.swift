/// What a state-changing call (revoke, suspend, unsuspend) did.
///
/// The calls are idempotent: asking for the state a row is already in succeeds and says so,
/// without touching the row or bumping a status list's version.
public enum ChangeOutcome: Sendable, Hashable {
    /// The row changed.
    case changed
    /// The row was already in the asked-for state; nothing was written.
    case unchanged
}
