import Fluent
import Foundation
import RinnallaCore
import Vapor

/// `GET /api/v1/rounds/{id}/results` and `GET /api/v1/evaluations/{id}/comparison`: the
/// same protected aggregates as the pages (small cells hidden, no response rows), with the
/// guide's reference figures. Audited as views.
enum APIInclusionResultsController {
    typealias CountDTO = APIGroupFeedbackController.CountDTO

    // Intervals are answered as `RinnallaCore.ConfidenceInterval` itself (lower, upper,
    // level): the document describes the type the statistics compute.

    struct SummaryDTO: Content {
        let n: Int
        let mean: Double
        let standardDeviation: Double?
        let median: Double
        let meanInterval: ConfidenceInterval?
        let veryWeakCount: Int
        let veryWeakShare: Double
        let veryWeakInterval: ConfidenceInterval?

        init(_ summary: ScoreSummary) {
            n = summary.n
            mean = summary.mean
            standardDeviation = summary.standardDeviation
            median = summary.median
            meanInterval = summary.meanInterval
            veryWeakCount = summary.veryWeak.count
            veryWeakShare = summary.veryWeak.proportion
            veryWeakInterval = summary.veryWeak.interval
        }
    }

    struct BinDTO: Content {
        let lower: Double
        let upper: Double
        let includesUpper: Bool
        let count: CountDTO
    }

    struct StatementDTO: Content {
        let statement: Int
        /// The guide's Finnish wording, verbatim.
        let text: String
        /// Answers 1 … 5.
        let counts: [CountDTO]
        let total: CountDTO
    }

    struct SubgroupDTO: Content {
        /// The stored answer; "" = unanswered.
        let answer: String
        let count: CountDTO
        let summary: SummaryDTO?
    }

    struct SubgroupsDTO: Content {
        let question: String
        let subgroups: [SubgroupDTO]
        let total: CountDTO
    }

    struct ReferenceDTO: Content {
        let measure: String
        let value: Double
        let printed: String
        let population: String
        let survey: String
        let year: Int
        let reference: String
    }

    static let references = InclusionReferenceFigures.all.map {
        ReferenceDTO(
            measure: $0.measure.rawValue, value: $0.value, printed: $0.printed, population: $0.population,
            survey: $0.survey, year: $0.year, reference: $0.reference)
    }

    static let notice = "ESIS results are aggregates of anonymous responses, never per person."

    struct InclusionRoundResultsDTO: Content {
        let roundID: UUID
        let evaluationID: UUID
        let name: String
        let threshold: Int
        let notice: String
        let complete: CountDTO
        let incomplete: CountDTO
        /// Absent below the threshold.
        let summary: SummaryDTO?
        /// Empty below the threshold.
        let histogram: [BinDTO]
        let statements: [StatementDTO]
        let subgroups: [SubgroupsDTO]
        let referenceFigures: [ReferenceDTO]
    }

    static func dto(_ report: InclusionResultsService.RoundReport) throws -> InclusionRoundResultsDTO {
        let results = report.results
        let bins = results.bins.value
        let statements = results.statements.value ?? []
        return InclusionRoundResultsDTO(
            roundID: try report.round.requireID(), evaluationID: try report.evaluation.requireID(),
            name: report.round.name, threshold: report.threshold, notice: notice,
            complete: CountDTO(results.complete), incomplete: CountDTO(results.incomplete),
            summary: results.summary.value.map(SummaryDTO.init),
            histogram: bins.map { bins in
                zip(bins.bins, bins.counts.cells).map {
                    BinDTO(lower: $0.lower, upper: $0.upper, includesUpper: $0.includesUpper, count: CountDTO($1))
                }
            } ?? [],
            statements: statements.enumerated().map { index, list in
                StatementDTO(
                    statement: index + 1, text: InclusionIndicator.statements[index],
                    counts: list.cells.map(CountDTO.init),
                    total: CountDTO(list.total))
            },
            subgroups: report.subgroups.map { group in
                SubgroupsDTO(
                    question: group.question.rawValue,
                    subgroups: group.answers.enumerated().map { index, answer in
                        SubgroupDTO(
                            answer: answer, count: CountDTO(group.sizes.cells[index]),
                            summary: group.summaries[index].value.map(SummaryDTO.init))
                    }, total: CountDTO(group.sizes.total))
            },
            referenceFigures: references)
    }

    static func roundResults(req: Request) async throws -> InclusionRoundResultsDTO {
        try dto(try await InclusionResultsService.roundReport(try req.id(.roundID), on: req.caller))
    }

    struct UnpairedDTO: Content {
        let meanDifference: Double
        let interval: ConfidenceInterval?
        let t: Double
        let degreesOfFreedom: Double
        let p: Double
        let hedgesG: Double
    }

    struct PairedDTO: Content {
        let n: Int
        let meanChange: Double
        let interval: ConfidenceInterval?
        let t: Double
        let degreesOfFreedom: Double
        let p: Double
        let wilcoxonP: Double?
        let cohensDz: Double
    }

    struct CrossingsDTO: Content {
        /// Rows: start under 50, start 50 or more; columns: end under 50, end 50 or more.
        let cells: [[CountDTO]]
        let rowTotals: [CountDTO]
        let columnTotals: [CountDTO]
        let total: CountDTO
    }

    struct InclusionComparisonDTO: Content {
        let evaluationID: UUID
        let first: InclusionRoundResultsDTO
        let second: InclusionRoundResultsDTO
        let threshold: Int
        let notice: String
        let pairs: CountDTO
        let unpaired: UnpairedDTO?
        let paired: PairedDTO?
        let crossings: CrossingsDTO?
    }

    static func comparison(req: Request) async throws -> InclusionComparisonDTO {
        let evaluationID = try req.id(.evaluationID)
        let query = try req.decodeQuery(ComparisonQuery.self)
        guard
            let report = try await InclusionResultsService.comparison(
                evaluationID, first: query.first?.uuidString, second: query.second?.uuidString, on: req.caller)
        else { throw AppError.invalid(.inclusionresultsNeedsTwoRounds, field: "second") }
        let db = req.db
        func round(_ round: InclusionRound, _ results: InclusionRoundResults) async throws -> InclusionRoundResultsDTO {
            let tallies = try await InclusionTallies.load(round: try round.requireID(), on: db)
            return try dto(
                InclusionResultsService.RoundReport(
                    evaluation: report.evaluation, round: round, threshold: report.threshold, results: results,
                    subgroups: InclusionResultsService.subgroups(tallies, threshold: report.threshold),
                    rounds: report.rounds))
        }
        let unpaired = report.comparison.unpaired.value.flatMap { $0 }
        let paired = report.comparison.paired.value.flatMap { $0 }
        return InclusionComparisonDTO(
            evaluationID: evaluationID, first: try await round(report.first, report.firstResults),
            second: try await round(report.second, report.secondResults), threshold: report.threshold,
            notice: notice, pairs: CountDTO(report.pairs),
            unpaired: unpaired.map {
                UnpairedDTO(
                    meanDifference: $0.meanDifference, interval: $0.interval, t: $0.t,
                    degreesOfFreedom: $0.degreesOfFreedom, p: $0.p, hedgesG: $0.hedgesG)
            },
            paired: paired.map {
                PairedDTO(
                    n: $0.n, meanChange: $0.meanChange, interval: $0.interval, t: $0.t,
                    degreesOfFreedom: $0.degreesOfFreedom, p: $0.p, wilcoxonP: $0.wilcoxon?.p, cohensDz: $0.cohensDz)
            },
            crossings: report.comparison.crossings.value.map { table in
                CrossingsDTO(
                    cells: table.cells.map { $0.map(CountDTO.init) }, rowTotals: table.rowTotals.map(CountDTO.init),
                    columnTotals: table.columnTotals.map(CountDTO.init), total: CountDTO(table.total))
            })
    }
}
