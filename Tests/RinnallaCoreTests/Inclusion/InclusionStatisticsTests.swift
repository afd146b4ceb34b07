import Foundation
import Testing

@testable import RinnallaCore

/// Expected values computed independently with scipy.stats by `scripts/esis-fixtures.py`
/// (committed in `Fixtures/esis-statistics.json`; the conventions are in the script).
enum StatisticsFixture {
    struct File: Decodable {
        let generator: String
        let datasets: [Dataset]
        let distributions: Distributions
    }

    struct Dataset: Decodable {
        let name: String
        let first: [Int]?
        let second: [Int]?
        let start: [Int]?
        let end: [Int]?
        let expectedFirst: Describe?
        let expectedSecond: Describe?
        let expectedUnpaired: Unpaired?
        let expectedPaired: Paired?
    }

    struct Describe: Decodable {
        let n: Int
        let mean, median: Double
        let sd, ciLower, ciUpper: Double?
        let veryWeak: Int
        let veryWeakLower, veryWeakUpper: Double
    }

    struct Unpaired: Decodable {
        let meanDifference, t, df, p, ciLower, ciUpper, cohensD, hedgesG: Double
    }

    struct Paired: Decodable {
        let n: Int
        let meanChange, sd, t, df, p, ciLower, ciUpper, cohensDz: Double
        let wilcoxonMethod: String
        let wilcoxonStatistic, wilcoxonP: Double
        let wilcoxonAbsZ: Double?
        let wilcoxonZeros: Int
        let stayedVeryWeak, roseAcross50, fellAcross50, stayedAbove: Int
    }

    struct Distributions: Decodable {
        struct T: Decodable { let t, df, cdf, twoSidedP: Double }
        struct TQuantile: Decodable { let p, df, quantile: Double }
        struct Normal: Decodable { let z, cdf: Double }
        struct NormalQuantile: Decodable { let p, quantile: Double }
        struct Beta: Decodable { let a, b, x, value: Double }
        let t: [T]
        let tQuantile: [TQuantile]
        let normal: [Normal]
        let normalQuantile: [NormalQuantile]
        let incompleteBeta: [Beta]
    }

    static let file: File = {
        let url =
            Bundle.module.url(forResource: "esis-statistics", withExtension: "json", subdirectory: "Fixtures")
            ?? Bundle.module.url(forResource: "esis-statistics", withExtension: "json")
        guard let url, let data = try? Data(contentsOf: url) else { preconditionFailure("fixture missing") }
        do { return try JSONDecoder().decode(File.self, from: data) } catch {
            preconditionFailure("fixture unreadable: \(error)")
        }
    }()

    static func histogram(_ raw: [Int]) -> ScoreHistogram {
        ScoreHistogram(scores: raw.map { InclusionScore(rawSum: $0)! })
    }

    static func pairs(_ start: [Int], _ end: [Int]) -> PairedSample {
        PairedSample(
            pairs: zip(start, end).map { (start: InclusionScore(rawSum: $0)!, end: InclusionScore(rawSum: $1)!) })
    }
}

/// |actual − expected| ≤ relative × |expected| + absolute.
func expectClose(
    _ actual: Double?, _ expected: Double?, relative: Double = 1e-9, absolute: Double = 1e-12, _ what: String = "",
    sourceLocation: SourceLocation = #_sourceLocation
) {
    guard let actual, let expected else {
        #expect(
            actual == nil && expected == nil,
            "\(what): \(String(describing: actual)) vs \(String(describing: expected))", sourceLocation: sourceLocation)
        return
    }
    #expect(
        abs(actual - expected) <= relative * abs(expected) + absolute,
        "\(what): \(actual) vs scipy \(expected)", sourceLocation: sourceLocation)
}

@Suite("Inclusion statistics against scipy")
struct InclusionStatisticsTests {
    let fixture = StatisticsFixture.file

    @Test func studentTAndNormalDistributions() {
        for c in fixture.distributions.t {
            expectClose(
                StudentT.cdf(c.t, degreesOfFreedom: c.df), c.cdf, relative: 1e-9, absolute: 1e-300,
                "t.cdf(\(c.t), \(c.df))")
            expectClose(
                StudentT.twoSidedP(c.t, degreesOfFreedom: c.df), c.twoSidedP, relative: 1e-9, absolute: 1e-300,
                "t two-sided p(\(c.t), \(c.df))")
        }
        for c in fixture.distributions.tQuantile {
            expectClose(
                StudentT.quantile(c.p, degreesOfFreedom: c.df), c.quantile, relative: 1e-9, "t.ppf(\(c.p), \(c.df))")
        }
        for c in fixture.distributions.normal {
            expectClose(StandardNormal.cdf(c.z), c.cdf, relative: 1e-12, absolute: 1e-300, "norm.cdf(\(c.z))")
        }
        for c in fixture.distributions.normalQuantile {
            expectClose(StandardNormal.quantile(c.p), c.quantile, relative: 1e-10, "norm.ppf(\(c.p))")
        }
        for c in fixture.distributions.incompleteBeta {
            expectClose(
                IncompleteBeta.regularized(a: c.a, b: c.b, x: c.x), c.value, relative: 1e-9,
                "betainc(\(c.a), \(c.b), \(c.x))")
        }
    }

    func check(_ summary: ScoreSummary?, _ expected: StatisticsFixture.Describe, _ name: String) {
        guard let summary else {
            Issue.record("\(name): no summary")
            return
        }
        #expect(summary.n == expected.n)
        expectClose(summary.mean, expected.mean, "\(name) mean")
        expectClose(summary.median, expected.median, "\(name) median")
        expectClose(summary.standardDeviation, expected.sd, "\(name) sd")
        expectClose(summary.meanInterval?.lower, expected.ciLower, "\(name) CI lower")
        expectClose(summary.meanInterval?.upper, expected.ciUpper, "\(name) CI upper")
        #expect(summary.veryWeak.count == expected.veryWeak)
        expectClose(summary.veryWeak.interval.lower, expected.veryWeakLower, "\(name) Wilson lower")
        expectClose(summary.veryWeak.interval.upper, expected.veryWeakUpper, "\(name) Wilson upper")
    }

    @Test func descriptiveStatistics() {
        for dataset in fixture.datasets {
            if let first = dataset.first, let expected = dataset.expectedFirst {
                check(ScoreSummary(StatisticsFixture.histogram(first)), expected, "\(dataset.name) first")
            }
            if let second = dataset.second, let expected = dataset.expectedSecond {
                check(ScoreSummary(StatisticsFixture.histogram(second)), expected, "\(dataset.name) second")
            }
        }
    }

    @Test func welchComparison() throws {
        for dataset in fixture.datasets {
            guard let first = dataset.first, let second = dataset.second, let expected = dataset.expectedUnpaired
            else { continue }
            let result = try #require(
                UnpairedComparison(
                    first: StatisticsFixture.histogram(first), second: StatisticsFixture.histogram(second)))
            let name = dataset.name
            expectClose(result.meanDifference, expected.meanDifference, "\(name) difference")
            expectClose(result.t, expected.t, "\(name) t")
            expectClose(result.degreesOfFreedom, expected.df, "\(name) df")
            expectClose(result.p, expected.p, relative: 1e-8, absolute: 1e-300, "\(name) p")
            expectClose(result.interval.lower, expected.ciLower, "\(name) CI lower")
            expectClose(result.interval.upper, expected.ciUpper, "\(name) CI upper")
            expectClose(result.cohensD, expected.cohensD, "\(name) d")
            expectClose(result.hedgesG, expected.hedgesG, "\(name) g")
        }
    }

    @Test func pairedComparison() throws {
        for dataset in fixture.datasets {
            guard let start = dataset.start, let end = dataset.end, let expected = dataset.expectedPaired else {
                continue
            }
            let name = dataset.name
            let result = try #require(PairedComparison(StatisticsFixture.pairs(start, end)))
            #expect(result.n == expected.n)
            expectClose(result.meanChange, expected.meanChange, "\(name) mean change")
            expectClose(result.standardDeviation, expected.sd, "\(name) sd")
            expectClose(result.t, expected.t, "\(name) t")
            expectClose(result.degreesOfFreedom, expected.df, "\(name) df")
            expectClose(result.p, expected.p, relative: 1e-8, absolute: 1e-300, "\(name) p")
            expectClose(result.interval.lower, expected.ciLower, "\(name) CI lower")
            expectClose(result.interval.upper, expected.ciUpper, "\(name) CI upper")
            expectClose(result.cohensDz, expected.cohensDz, "\(name) dz")
            let wilcoxon = try #require(result.wilcoxon)
            #expect(wilcoxon.method.rawValue == expected.wilcoxonMethod, "\(name)")
            #expect(wilcoxon.zeros == expected.wilcoxonZeros)
            expectClose(wilcoxon.statistic, expected.wilcoxonStatistic, "\(name) W")
            expectClose(wilcoxon.p, expected.wilcoxonP, relative: 1e-8, absolute: 1e-300, "\(name) Wilcoxon p")
            expectClose(wilcoxon.z.map(abs), expected.wilcoxonAbsZ, "\(name) |z|")
            let crossings = result.crossings
            let moves: [Int] = [
                crossings.stayedVeryWeak, crossings.roseAcross50, crossings.fellAcross50, crossings.stayedAbove,
            ]
            let expectedMoves: [Int] = [
                expected.stayedVeryWeak, expected.roseAcross50, expected.fellAcross50, expected.stayedAbove,
            ]
            #expect(moves == expectedMoves, "\(name) crossings")
        }
    }
}
