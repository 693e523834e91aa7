import BrevetJSON

/// The state of one API call: its options and the work it has done so far, checked against
/// ``JSONLDProcessor/Limits`` so that hostile input fails in bounded time and memory. Used by one
/// call on one thread only (hence no exclusivity checks on its counters).
final class ProcessingRun {
    let options: JSONLDOptions
    let limits: JSONLDProcessor.Limits
    /// `processingMode` is `json-ld-1.0`.
    let isJSONLD10: Bool
    /// Remote contexts processed (not found in the cache) during this call.
    @exclusivity(unchecked) var remoteContextsProcessed = 0
    /// Values produced by expansion so far.
    @exclusivity(unchecked) var expandedValues = 0
    /// Term definitions created so far (scoped contexts can multiply them).
    @exclusivity(unchecked) var termDefinitions = 0

    init(options: JSONLDOptions, limits: JSONLDProcessor.Limits) {
        self.options = options
        self.limits = limits
        self.isJSONLD10 = options.processingMode == "json-ld-1.0"
    }

    /// Counts one produced value; throws when the document grows past the limit.
    @inline(__always) func countValue() throws(JSONLDError) {
        expandedValues += 1
        if expandedValues > limits.maxExpandedValues {
            throw JSONLDError(.resourceLimitExceeded, "expansion produced more than \(limits.maxExpandedValues) values")
        }
    }

    /// Counts one term definition; throws when contexts need more work than the limit.
    @inline(__always) func countTermDefinition() throws(JSONLDError) {
        termDefinitions += 1
        if termDefinitions > limits.maxTermDefinitions {
            throw JSONLDError(
                .resourceLimitExceeded, "contexts need more than \(limits.maxTermDefinitions) term definitions")
        }
    }
}
