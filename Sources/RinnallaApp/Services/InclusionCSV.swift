import Fluent
import Foundation
import RinnallaCore
import SQLKit
import Vapor

/// CSV files of an inclusion evaluation (issue 6, "Exports for evaluators"): the results
/// tables, protected for small cells like the pages (no per-respondent file: issue 13,
/// item 8). UTF-8 either way; `;` with a byte order mark for Excel
/// in Finnish (decimal comma), or `,` without one for R and SPSS (decimal point).
enum InclusionCSV {
    enum Format: String, Sendable, CaseIterable {
        case semicolon
        case comma

        var separator: Character { self == .semicolon ? ";" : "," }

        init(query: String?) { self = query.flatMap(Format.init(rawValue:)) ?? .semicolon }

        func number(_ value: Double, decimals: Int = 1) -> String {
            let text = String(format: "%.\(decimals)f", value)
            return self == .semicolon ? text.replacingOccurrences(of: ".", with: ",") : text
        }

        func file(_ lines: [[String]]) -> String {
            let body = lines.map { CSV.line($0, separator: separator) }.joined(separator: "\r\n") + "\r\n"
            return self == .semicolon ? "\u{FEFF}" + body : body
        }
    }

    /// The columns an import reads (those of the per-respondent file this app once wrote;
    /// it no longer exports responses, issue 13 item 8). Nothing else is stored about a
    /// response.
    static let statementColumns = (1...InclusionIndicator.statementCount).map { "s\($0)" }
    static let responseColumns =
        ["round", "source", "language", "complete"] + statementColumns + [
            "raw_sum", "score", "gender", "age_group", "labour_status", "pair_hash",
        ]

    static func cell(_ count: ProtectedCount, _ language: Language) -> String {
        ProtectedCountText.text(count, language: language)
    }

    /// A round's results tables as shown on the page: the same protection, "fewer than N"
    /// and "hidden" written out.
    static func roundResults(
        _ report: InclusionResultsService.RoundReport, format: Format, language: Language
    ) -> String {
        func t(_ key: L10nKey, _ arguments: [String: String] = [:]) -> String {
            Localizer.shared.text(key, language, arguments)
        }
        let results = report.results
        var lines: [[String]] = []
        lines.append([t(.inclusionresultsCsvEvaluation), report.evaluation.name])
        lines.append([t(.inclusionresultsCsvRound), report.round.name])
        lines.append([t(.inclusionresultsCsvThreshold), String(report.threshold)])
        lines.append([t(.inclusionresultsNotPerPersonShort)])
        lines.append([])
        lines.append([t(.inclusionresultsComplete), cell(results.complete, language)])
        lines.append([t(.inclusionresultsIncomplete), cell(results.incomplete, language)])
        lines.append([])
        lines += summaryLines(results.summary, format: format, language: language)
        lines.append([])
        lines.append([t(.inclusionresultsHistogramHeading)])
        lines.append([t(.inclusionresultsScoreRange), t(.inclusionresultsCount)])
        if let bins = results.bins.value {
            for (bin, count) in zip(bins.bins, bins.counts.cells) {
                lines.append([InclusionResultsViews.binLabel(bin), cell(count, language)])
            }
            lines.append([t(.inclusionresultsTotal), cell(bins.counts.total, language)])
        } else {
            lines.append([t(.privacySummarySuppressed, ["threshold": String(report.threshold)])])
        }
        lines.append([])
        lines.append([t(.inclusionresultsStatementsHeading)])
        lines.append(
            [t(.inclusionresultsStatement)] + InclusionIndicator.options.map(\.text) + [t(.inclusionresultsTotal)])
        if let statements = results.statements.value {
            for (index, list) in statements.enumerated() {
                lines.append(
                    ["\(index + 1). \(InclusionIndicator.statements[index])"] + list.cells.map { cell($0, language) }
                        + [cell(list.total, language)])
            }
        } else {
            lines.append([t(.privacySummarySuppressed, ["threshold": String(report.threshold)])])
        }
        lines.append([])
        lines.append([t(.inclusionresultsSubgroupsHeading)])
        lines.append([
            t(.inclusionresultsBackgroundQuestion), t(.inclusionresultsAnswer), t(.inclusionresultsCount),
            t(.inclusionresultsMean), t(.inclusionresultsVeryWeakShare),
        ])
        for group in report.subgroups {
            for (index, answer) in group.answers.enumerated() {
                let summary = group.summaries[index].value
                lines.append([
                    t(InclusionLabels.question(group.question)), t(InclusionLabels.answer(group.question, answer)),
                    cell(group.sizes.cells[index], language),
                    summary.map { format.number($0.mean) } ?? "",
                    summary.map { format.number($0.veryWeak.proportion * 100) } ?? "",
                ])
            }
        }
        lines.append([])
        lines += referenceLines(format: format, language: language)
        return format.file(lines)
    }

    static func summaryLines(_ summary: ProtectedSummary<ScoreSummary>, format: Format, language: Language)
        -> [[String]]
    {
        func t(_ key: L10nKey, _ arguments: [String: String] = [:]) -> String {
            Localizer.shared.text(key, language, arguments)
        }
        guard let value = summary.value else {
            if case .suppressed(let threshold) = summary {
                return [[t(.privacySummarySuppressed, ["threshold": String(threshold)])]]
            }
            return []
        }
        var lines: [[String]] = []
        lines.append([t(.inclusionresultsMean), format.number(value.mean)])
        lines.append([
            t(.inclusionresultsMeanInterval), value.meanInterval.map { format.number($0.lower) } ?? "",
            value.meanInterval.map { format.number($0.upper) } ?? "",
        ])
        lines.append([t(.inclusionresultsSd), value.standardDeviation.map { format.number($0) } ?? ""])
        lines.append([t(.inclusionresultsMedian), format.number(value.median)])
        lines.append([t(.inclusionresultsVeryWeakShare), format.number(value.veryWeak.proportion * 100)])
        lines.append([
            t(.inclusionresultsVeryWeakInterval), format.number(value.veryWeak.interval.lower * 100),
            format.number(value.veryWeak.interval.upper * 100),
        ])
        return lines
    }

    static func referenceLines(format: Format, language: Language) -> [[String]] {
        func t(_ key: L10nKey) -> String { Localizer.shared.text(key, language) }
        var lines: [[String]] = [[t(.inclusionresultsReferenceHeading)]]
        lines.append([
            t(.inclusionresultsReferenceMeasure), t(.inclusionresultsReferenceValue),
            t(.inclusionresultsReferencePopulation), t(.inclusionresultsReferenceSurvey),
            t(.inclusionresultsReferenceYear), t(.inclusionresultsReferenceSource),
        ])
        for figure in InclusionReferenceFigures.all {
            lines.append([
                t(InclusionResultsViews.measureKey(figure.measure)), format.number(figure.value),
                t(InclusionResultsViews.populationKey(figure)), figure.survey, String(figure.year), figure.reference,
            ])
        }
        return lines
    }

    /// The comparison's tables: both rounds' figures, the unpaired and paired tests and
    /// the moves across 50, protected as on the page.
    static func comparison(
        _ report: InclusionResultsService.ComparisonReport, format: Format, language: Language
    ) -> String {
        func t(_ key: L10nKey, _ arguments: [String: String] = [:]) -> String {
            Localizer.shared.text(key, language, arguments)
        }
        let suppressed = [t(.privacySummarySuppressed, ["threshold": String(report.threshold)])]
        var lines: [[String]] = []
        lines.append([t(.inclusionresultsCsvEvaluation), report.evaluation.name])
        lines.append([t(.inclusionresultsCsvThreshold), String(report.threshold)])
        lines.append([t(.inclusionresultsNotPerPersonShort)])
        lines.append([])
        for (round, results) in [(report.first, report.firstResults), (report.second, report.secondResults)] {
            lines.append([t(.inclusionresultsCsvRound), round.name])
            lines.append([t(.inclusionresultsComplete), cell(results.complete, language)])
            lines.append([t(.inclusionresultsIncomplete), cell(results.incomplete, language)])
            lines += summaryLines(results.summary, format: format, language: language)
            lines.append([])
        }
        lines.append([t(.inclusionresultsUnpairedHeading)])
        if let unpaired = report.comparison.unpaired.value.flatMap({ $0 }) {
            lines.append([t(.inclusionresultsMeanDifference), format.number(unpaired.meanDifference)])
            lines.append([
                t(.inclusionresultsDifferenceInterval), format.number(unpaired.interval.lower),
                format.number(unpaired.interval.upper),
            ])
            lines.append([t(.inclusionresultsWelchT), format.number(unpaired.t, decimals: 2)])
            lines.append([t(.inclusionresultsDegreesOfFreedom), format.number(unpaired.degreesOfFreedom)])
            lines.append([t(.inclusionresultsP), format.number(unpaired.p, decimals: 3)])
            lines.append([t(.inclusionresultsHedgesG), format.number(unpaired.hedgesG, decimals: 2)])
        } else {
            lines.append(suppressed)
        }
        lines.append([])
        lines.append([t(.inclusionresultsPairedHeading)])
        lines.append([t(.inclusionresultsPairs), cell(report.pairs, language)])
        if let paired = report.comparison.paired.value.flatMap({ $0 }) {
            lines.append([t(.inclusionresultsMeanChange), format.number(paired.meanChange)])
            lines.append([
                t(.inclusionresultsChangeInterval), format.number(paired.interval.lower),
                format.number(paired.interval.upper),
            ])
            lines.append([t(.inclusionresultsPairedT), format.number(paired.t, decimals: 2)])
            lines.append([t(.inclusionresultsP), format.number(paired.p, decimals: 3)])
            if let wilcoxon = paired.wilcoxon {
                lines.append([t(.inclusionresultsWilcoxonP), format.number(wilcoxon.p, decimals: 3)])
            }
            lines.append([t(.inclusionresultsCohensDz), format.number(paired.cohensDz, decimals: 2)])
        } else {
            lines.append(suppressed)
        }
        lines.append([])
        lines.append([t(.inclusionresultsCrossingsHeading)])
        if let table = report.comparison.crossings.value {
            lines.append([
                "", t(.inclusionresultsEndUnder50), t(.inclusionresultsEnd50OrMore), t(.inclusionresultsTotal),
            ])
            let rows = [t(.inclusionresultsStartUnder50), t(.inclusionresultsStart50OrMore)]
            for (index, label) in rows.enumerated() {
                lines.append(
                    [label] + table.cells[index].map { cell($0, language) } + [cell(table.rowTotals[index], language)])
            }
            lines.append(
                [t(.inclusionresultsTotal)] + table.columnTotals.map { cell($0, language) }
                    + [cell(table.total, language)])
        } else {
            lines.append(suppressed)
        }
        return format.file(lines)
    }

    /// A file download that no cache keeps.
    static func download(_ text: String, filename: String) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(filename)\"")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(string: text))
    }
}
