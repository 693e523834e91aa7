extension RDFCanonicalizer {
    /// How much work one canonicalization may do before it gives up with
    /// ``RDFError/Code/limitExceeded``.
    ///
    /// RDFC-1.0 is fast for real data but exponential for crafted "poison" datasets
    /// ([§7.1](https://www.w3.org/TR/rdf-canon/#dataset-poisoning)), which suggests "a configurable
    /// limit on the number of iterations of steps performed in the algorithm, particularly recursive
    /// steps and permutations of long lists". The note in
    /// [§4.4.3](https://www.w3.org/TR/rdf-canon/#canon-algo-algo) adds: "For most typical datasets,
    /// more than a couple of iterations on Hash N-Degree Quads per blank node would be unusual."
    public struct Limits: Sendable, Hashable {
        /// Calls of Hash N-Degree Quads ([§4.8](https://www.w3.org/TR/rdf-canon/#hash-nd-quads)),
        /// recursive ones included, allowed per blank node whose first-degree hash is shared with
        /// another blank node (the only ones the algorithm runs on).
        public var maxHashNDegreeCallsPerBlankNode: Int
        /// Calls of Hash N-Degree Quads allowed whatever the number of blank nodes, so that small
        /// datasets with a few shared hashes are never refused.
        public var minHashNDegreeCalls: Int
        /// Permutations examined in step 5.4 of Hash N-Degree Quads, over the whole run.
        public var maxPermutations: Int
        /// Nesting of recursive Hash N-Degree Quads calls (step 5.4.5.1), which also bounds stack use.
        public var maxRecursionDepth: Int

        public init(
            maxHashNDegreeCallsPerBlankNode: Int = 32,
            minHashNDegreeCalls: Int = 1_000,
            maxPermutations: Int = 20_000,
            maxRecursionDepth: Int = 256
        ) {
            self.maxHashNDegreeCallsPerBlankNode = maxHashNDegreeCallsPerBlankNode
            self.minHashNDegreeCalls = minHashNDegreeCalls
            self.maxPermutations = maxPermutations
            self.maxRecursionDepth = maxRecursionDepth
        }

        /// Bounds that every RDFC-1.0 test of the W3C suite stays well within, and that stop the
        /// suite's poison dataset (a 10-node clique) in milliseconds.
        public static let `default` = Limits()

        /// No bound at all; only for trusted input.
        public static let unlimited = Limits(
            maxHashNDegreeCallsPerBlankNode: .max, minHashNDegreeCalls: .max,
            maxPermutations: .max, maxRecursionDepth: .max)

        /// The Hash N-Degree Quads budget for a dataset with `sharedHashBlankNodes` blank nodes whose
        /// first-degree hash is not unique.
        func hashNDegreeCallBudget(sharedHashBlankNodes: Int) -> Int {
            let (product, overflow) = maxHashNDegreeCallsPerBlankNode.multipliedReportingOverflow(by: sharedHashBlankNodes)
            return max(minHashNDegreeCalls, overflow ? .max : product)
        }
    }
}
