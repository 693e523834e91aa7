extension RDFCanonicalizer {
    /// How much work one canonicalization may do before it gives up with
    /// ``RDFError/Code/limitExceeded``.
    ///
    /// RDFC-1.0 is fast for real data but exponential for crafted "poison" datasets
    /// ([§7.1](https://www.w3.org/TR/rdf-canon/#dataset-poisoning)), which suggests "a configurable
    /// limit on the number of iterations of steps performed in the algorithm, particularly recursive
    /// steps and permutations of long lists"; the note in
    /// [§4.4.3](https://www.w3.org/TR/rdf-canon/#canon-algo-algo) suggests basing it on "the number
    /// of blank nodes in the hash to blank nodes map".
    ///
    /// Budgets grow with the square of *n*, the number of blank nodes whose first-degree hash is
    /// shared with another blank node (the only ones Hash N-Degree Quads runs on). Real data needs
    /// about n² calls at worst (an RDF list of n equal values); the W3C suite needs at most 468 calls
    /// and 2,880 permutations; its poison dataset, a clique of 10 blank nodes, needs millions.
    public struct Limits: Sendable, Hashable {
        /// Calls of Hash N-Degree Quads ([§4.8](https://www.w3.org/TR/rdf-canon/#hash-nd-quads)),
        /// recursive ones included, allowed per run: this factor times n².
        public var hashNDegreeCallFactor: Int
        /// Calls of Hash N-Degree Quads always allowed, whatever n.
        public var minHashNDegreeCalls: Int
        /// Permutations examined in step 5.4 of Hash N-Degree Quads per run: this factor times n².
        public var permutationFactor: Int
        /// Permutations always allowed, whatever n.
        public var minPermutations: Int
        /// Nesting of recursive Hash N-Degree Quads calls (step 5.4.5.1), which also bounds stack use.
        public var maxRecursionDepth: Int

        public init(
            hashNDegreeCallFactor: Int = 4,
            minHashNDegreeCalls: Int = 2_000,
            permutationFactor: Int = 8,
            minPermutations: Int = 20_000,
            maxRecursionDepth: Int = 256
        ) {
            self.hashNDegreeCallFactor = hashNDegreeCallFactor
            self.minHashNDegreeCalls = minHashNDegreeCalls
            self.permutationFactor = permutationFactor
            self.minPermutations = minPermutations
            self.maxRecursionDepth = maxRecursionDepth
        }

        /// Bounds that every RDFC-1.0 test of the W3C suite and RDF lists of a few hundred equal
        /// values stay within (with at least twice the work the suite needs), and that stop the suite's
        /// poison dataset after 20,000 permutations.
        public static let `default` = Limits()

        /// No bound at all; only for trusted input.
        public static let unlimited = Limits(
            hashNDegreeCallFactor: .max, minHashNDegreeCalls: .max, permutationFactor: .max,
            minPermutations: .max, maxRecursionDepth: .max)

        /// The Hash N-Degree Quads call budget for n blank nodes with shared hashes.
        func hashNDegreeCallBudget(sharedHashBlankNodes n: Int) -> Int {
            Self.budget(factor: hashNDegreeCallFactor, minimum: minHashNDegreeCalls, n: n)
        }

        /// The permutation budget for n blank nodes with shared hashes.
        func permutationBudget(sharedHashBlankNodes n: Int) -> Int {
            Self.budget(factor: permutationFactor, minimum: minPermutations, n: n)
        }

        private static func budget(factor: Int, minimum: Int, n: Int) -> Int {
            let (square, overflow) = n.multipliedReportingOverflow(by: n)
            let (product, overflowAgain) = factor.multipliedReportingOverflow(by: square)
            return max(minimum, overflow || overflowAgain ? .max : product)
        }
    }
}
