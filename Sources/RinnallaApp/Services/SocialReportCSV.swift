import Foundation
import RinnallaCore

/// The social report as a CSV file with the same protected figures as the page: a count
/// below the threshold is the text "<5", never the number; a count hidden to protect
/// another is the word "hidden" in the user's language.
enum SocialReportCSV {
    enum Format: String, Sendable {
        /// `;` with a byte order mark: Excel in Finnish opens it in columns, with ä and ö.
        case semicolon
        /// `,` without a byte order mark, for other programs.
        case comma

        var separator: Character { self == .semicolon ? ";" : "," }
    }

    static func cell(_ count: ProtectedCount, _ language: Language) -> String {
        switch count {
        case .shown(let value): String(value)
        case .fewerThan(let threshold):
            Localizer.shared.text(.socialreportCsvFewerThan, language, ["threshold": String(threshold)])
        case .hidden: Localizer.shared.text(.privacyHidden, language)
        }
    }

    static func text(_ report: SocialReportService.Report, format: Format, language: Language) -> String {
        func t(_ key: L10nKey) -> String { Localizer.shared.text(key, language) }
        var lines: [[String]] = []
        lines.append([t(.socialreportCsvTitle), report.unitName])
        lines.append([t(.socialreportCsvPeriod), "\(report.query.from.finnish)–\(report.query.to.finnish)"])
        lines.append([t(.socialreportArea), report.areaName ?? t(.socialreportAllAreas)])
        lines.append([t(.socialreportCsvThreshold), String(report.threshold)])
        lines.append([])
        func list(
            _ title: L10nKey, _ header: L10nKey, _ labels: [String], _ cells: [ProtectedCount], _ total: ProtectedCount
        ) {
            lines.append([t(title)])
            lines.append([t(header), t(.socialreportCount)])
            for (label, count) in zip(labels, cells) { lines.append([label, cell(count, language)]) }
            lines.append([t(.socialreportTotal), cell(total, language)])
            lines.append([])
        }
        func table(_ title: L10nKey, _ corner: L10nKey, _ rows: [String], _ columns: [String], _ table: ProtectedTable)
        {
            lines.append([t(title)])
            lines.append([t(corner)] + columns + [t(.socialreportTotal)])
            for (index, label) in rows.enumerated() {
                lines.append(
                    [label] + table.cells[index].map { cell($0, language) } + [cell(table.rowTotals[index], language)])
            }
            lines.append(
                [t(.socialreportTotal)] + table.columnTotals.map { cell($0, language) } + [cell(table.total, language)])
            lines.append([])
        }
        let channels = ContactChannel.allCases.map { t($0.l10nKey) }
        let outcomes = ReferralOutcome.allCases.map { t($0.l10nKey) }
        lines.append([t(.socialreportContactsTotal), cell(report.channelByMonth.total, language)])
        lines.append([])
        list(
            .socialreportByChannel, .socialreportChannel, channels, report.channelByMonth.columnTotals,
            report.channelByMonth.total)
        list(
            .socialreportByTopic, .socialreportTopic, ContactTopic.allCases.map { t($0.l10nKey) }, report.byTopic.cells,
            report.byTopic.total)
        list(
            .socialreportByArea, .socialreportArea,
            report.areas.map { $0.id == nil ? t(.socialreportNoArea) : $0.name }, report.byArea.cells,
            report.byArea.total)
        table(
            .socialreportByMonthChannel, .socialreportMonth, report.months.map(SocialReportViews.monthLabel), channels,
            report.channelByMonth)
        table(
            .socialreportByMethod, .socialreportMethod, ReferralMethod.allCases.map { t($0.l10nKey) }, outcomes,
            report.referralsByMethod)
        table(
            .socialreportByKind, .socialreportKind, ServicePathKind.allCases.map { t($0.l10nKey) }, outcomes,
            report.referralsByKind)
        lines.append([t(.socialreportObservationsHeading)])
        lines.append([
            t(.observationColumnDay), t(.observationColumnArea), t(.observationColumnTags), t(.observationColumnText),
        ])
        for observation in report.observations {
            lines.append([
                ObservationViews.dayText(observation.day), observation.area?.name ?? t(.observationNoArea),
                ObservationViews.tagText(observation), observation.text,
            ])
        }
        let body = lines.map { CSV.line($0, separator: format.separator) }.joined(separator: "\r\n") + "\r\n"
        return format == .semicolon ? "\u{FEFF}" + body : body
    }
}
