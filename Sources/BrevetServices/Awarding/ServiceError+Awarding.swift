import BrevetAwarding

extension ServiceError {
    /// The service error for a rule the awarding core refused: the state-dependent refusals (a retake
    /// too soon, attempts used up, already passed, not renewable, editing a replaced version) are
    /// conflicts; everything else is invalid input. The core's reason is kept word for word.
    public init(_ error: AwardingError) {
        let conflicts: [AwardingError.Code] = [.retakeTooSoon, .attemptsExhausted, .alreadyPassed, .notRenewable, .versionConflict]
        var reason = error.reason
        if let line = error.line { reason = "line \(line): " + reason }
        if let location = error.location, error.line == nil, !reason.contains(location) { reason += " (at \(location))" }
        self.init(conflicts.contains(error.code) ? .conflict : .invalidInput, "\(error.code): \(reason)")
    }

    /// Runs a rule of the awarding core, turning its error into a service error.
    static func awarding<T>(_ body: () throws(AwardingError) -> T) throws(ServiceError) -> T {
        do { return try body() } catch { throw ServiceError(error) }
    }
}
