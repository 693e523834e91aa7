import BrevetJSON
import BrevetJSONLD
import BrevetRDF
import BrevetTestSupport
import Testing

/// The W3C JSON-LD 1.1 toRdf suite, every entry its own case.
///
/// Positive evaluation tests compare the produced dataset with the expected N-Quads as RDF datasets
/// (isomorphic up to blank node labels: both sides are canonicalized with RDFC-1.0 and the canonical
/// N-Quads compared), with and without the `ordered` option; they also check that the dataset has no
/// duplicate quads. Negative tests expect
/// the manifest's error code; positive syntax tests must not throw. Entries whose `specVersion` is
/// `json-ld-1.0` are out of scope for a JSON-LD 1.1 processor and are not run.
@Suite struct ToRDFTests {
    /// Entries this processor does not pass yet, each with the reason. Run all the same (a known
    /// issue), so that a fix shows in ``summary()``.
    static let exclusions: [String: String] = [:]

    static let cases = ToRDFCase.all.filter { !$0.isJSONLD10Only }

    @Test func manifestIsPresent() throws {
        let all = try ToRDFCase.load()
        #expect(all.count >= 300)
        #expect(Self.exclusions.keys.allSatisfy { id in all.contains { $0.id == id } })
    }

    @Test(arguments: cases)
    func conformance(_ test: ToRDFCase) {
        let outcome = Self.run(test)
        if let reason = Self.exclusions[test.id] {
            withKnownIssue(Comment(rawValue: reason), isIntermittent: true) {
                if case .failed(let why) = outcome { Issue.record(Comment(rawValue: why)) }
            }
        } else if case .failed(let why) = outcome {
            Issue.record(Comment(rawValue: why))
        }
    }

    /// Prints how many entries pass, fail, are excluded, and are out of scope.
    @Test func summary() {
        var passed = 0, failed = 0, excluded = 0, excludedPassing: [String] = []
        for test in Self.cases {
            let outcome = Self.run(test)
            if Self.exclusions[test.id] != nil {
                excluded += 1
                if case .passed = outcome { excludedPassing.append(test.id) }
            } else if case .passed = outcome {
                passed += 1
            } else {
                failed += 1
            }
        }
        let outOfScope = ToRDFCase.all.count - Self.cases.count
        print(
            "JSON-LD toRdf suite: \(passed) passed, \(failed) failed, \(excluded) excluded, \(outOfScope) out of scope (JSON-LD 1.0 only)"
        )
        if !excludedPassing.isEmpty { print("excluded entries that now pass: \(excludedPassing.joined(separator: " "))") }
        #expect(failed == 0)
    }

    enum Outcome { case passed, failed(String) }

    static func run(_ test: ToRDFCase) -> Outcome {
        let input: JSONValue
        let options: JSONLDOptions
        do {
            input = try SharedData.json("\(ToRDFCase.folder)/\(test.input)")
            options = try test.options()
        } catch {
            return .failed("cannot read the test: \(error)")
        }
        switch test.kind {
        case .negativeEvaluation:
            let expected = test.expectErrorCode ?? "?"
            do {
                let dataset = try ToRDFCase.processor.toRDF(input, options: options)
                return .failed("expected the error \"\(expected)\", got \(dataset.count) quads")
            } catch {
                return error.code.name == expected ? .passed : .failed("expected \"\(expected)\", got \(error)")
            }
        case .positiveSyntax:
            do {
                _ = try ToRDFCase.processor.toRDF(input, options: options)
                return .passed
            } catch {
                return .failed("unexpected error: \(error)")
            }
        case .positiveEvaluation:
            // In document order (the default) and in the algorithms' "ordered by" order: the same dataset.
            var orderedOptions = options
            orderedOptions.ordered = true
            for options in [options, orderedOptions] {
                let dataset: RDFDataset
                do {
                    dataset = try ToRDFCase.processor.toRDF(input, options: options)
                } catch {
                    return .failed("unexpected error (ordered: \(options.ordered)): \(error)")
                }
                if case .failed(let why) = compare(dataset, expectedFile: test.expect ?? "") {
                    return .failed("ordered: \(options.ordered): \(why)")
                }
            }
            return .passed
        }
    }

    /// Compares `dataset` with an expected N-Quads file as RDF datasets.
    static func compare(_ dataset: RDFDataset, expectedFile: String) -> Outcome {
        if Set(dataset).count != dataset.count { return .failed("the dataset has duplicate quads") }
        do {
            let expected = try NQuadsParser().parse(try SharedData.text("\(ToRDFCase.folder)/\(expectedFile)"))
            let canonicalizer = RDFCanonicalizer(hashAlgorithm: .sha256)
            let got = try canonicalizer.canonicalize(dataset).nquads
            let want = try canonicalizer.canonicalize(expected).nquads
            return got == want ? .passed : .failed("the datasets differ.\nproduced:\n\(got)expected:\n\(want)")
        } catch {
            return .failed("cannot compare: \(error)")
        }
    }
}
