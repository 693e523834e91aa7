import BrevetJSON
import BrevetTestSupport
import Foundation
import Testing

/// `brevet bench crypto` runs, measures what it is asked to, and refuses what it cannot measure.
/// (No timing is asserted: speed is read from the benchmark, not tested.)
@Suite struct BenchCommandTests {
    @Test func measuresTheNamedSuitesAgainstRawEd25519() throws {
        let contexts = SharedData.url("standards/contexts").path
        let r = try BrevetProcess.run(["bench", "crypto", "--contexts", contexts, "--suite", "eddsa-jcs-2022", "--suite", "eddsa-rdfc-2022",
                                       "--iterations", "10", "--rounds", "3", "--json"])
        try #require(r.status == 0, "bench: \(r.stderr)")
        let report = try JSONValue(parsing: r.stdout)
        let suites = try #require(report["suites"]?.arrayValue)
        #expect(suites.compactMap { $0["suite"]?.stringValue } == ["eddsa-jcs-2022", "eddsa-rdfc-2022"])
        for suite in suites {
            for member in ["signMicros", "verifyMicros", "rawSignMicros", "rawVerifyMicros", "verifyRatio"] {
                #expect((suite[member]?.numberValue?.doubleValue ?? 0) > 0, "\(member) of \(suite)")
            }
            let quartiles = suite["verifyRatioQuartiles"]?.arrayValue?.compactMap { $0.numberValue?.doubleValue } ?? []
            let ratio = suite["verifyRatio"]?.numberValue?.doubleValue ?? 0
            #expect(quartiles.count == 2 && quartiles[0] <= ratio && ratio <= quartiles[1], "\(suite)")
        }
        #expect(report["rounds"] == 3)
    }

    @Test func refusesASuiteItCannotIssueWith() throws {
        let r = try BrevetProcess.run(["bench", "crypto", "--suite", "eddsa-rdfc-2022", "--iterations", "10", "--rounds", "3"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("eddsa-jcs-2022"), "\(r.stderr)")
    }
}
