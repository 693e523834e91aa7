import BrevetJSON

/// Checks that the validation time lies inside the credential's validity period
/// ([VC 2.0 §4.9](https://www.w3.org/TR/vc-data-model-2.0/#validity-period)); for VC 1.1 credentials,
/// `issuanceDate` and `expirationDate`. The time is a parameter, never read from a clock here.
public struct ValidityPeriodCheck: Sendable {
    /// Allowed clock difference between issuer and verifier.
    public var clockSkewSeconds: Int64

    public init(clockSkewSeconds: Int64 = 60) { self.clockSkewSeconds = clockSkewSeconds }

    public func check(_ credential: JSONObject, at time: DateTimeStamp, into verdict: inout VerificationVerdict) {
        let fromKey = credential["validFrom"] != nil ? "validFrom" : (credential["issuanceDate"] != nil ? "issuanceDate" : nil)
        let untilKey = credential["validUntil"] != nil ? "validUntil" : (credential["expirationDate"] != nil ? "expirationDate" : nil)
        var from: DateTimeStamp?
        var until: DateTimeStamp?
        for (key, slot) in [(fromKey, 0), (untilKey, 1)] {
            guard let key else { continue }
            guard let text = credential[key]?.stringValue, let t = DateTimeStamp(text) else {
                verdict.record(.validity, .failed, "\(key) is not a date-time with a time zone (XML Schema dateTimeStamp): \(credential[key]?.description ?? "")")
                return
            }
            if slot == 0 { from = t } else { until = t }
        }
        if let from, let until, until < from {
            verdict.record(.validity, .failed, "\(untilKey!) \(until) is before \(fromKey!) \(from)")
            return
        }
        if let from, time.adding(seconds: clockSkewSeconds) < from {
            verdict.record(.validity, .failed, "not valid yet: valid from \(from)")
            return
        }
        if let until, until.adding(seconds: clockSkewSeconds) < time {
            verdict.record(.validity, .failed, "expired on \(until)")
            return
        }
        switch (from, until) {
        case let (f?, u?): verdict.record(.validity, .passed, "valid from \(f) until \(u)")
        case let (f?, nil): verdict.record(.validity, .passed, "valid from \(f), with no expiry date")
        case let (nil, u?): verdict.record(.validity, .passed, "valid until \(u)")
        case (nil, nil): verdict.record(.validity, .passed, "no validity period is stated")
        }
    }
}
