import Foundation
import RinnallaCore

/// The words of the dashboard's cells, shared by the page and the CSV so the two say
/// the same thing.
enum DashboardText {
    static func t(_ key: L10nKey, _ language: Language, _ arguments: [String: String] = [:]) -> String {
        Localizer.shared.text(key, language, arguments)
    }

    /// A choice's identifier as words: a phase, a channel, an outcome, a bin…
    static func value(_ raw: String, of list: DashboardList, _ language: Language) -> String {
        let key: L10nKey? =
            switch list {
            case .openPeriods: PeriodPhase(rawValue: raw)?.title
            case .contacts: ContactChannel(rawValue: raw)?.l10nKey
            case .clientMonths: raw == DashboardRow.met ? .dashboardValueMet : .dashboardValueNotMet
            case .decisionsMade: raw == DashboardRow.first ? .dashboardValueFirst : .dashboardValueContinuation
            case .goalChanges: GoalChange.Bin(rawValue: raw).map(binKey)
            case .referralsFollowedUp, .referralsWaiting: ReferralOutcome(rawValue: raw)?.l10nKey
            default: nil
            }
        return key.map { t($0, language) } ?? raw
    }

    static func binKey(_ bin: GoalChange.Bin) -> L10nKey {
        switch bin {
        case .worse: .dashboardBinWorse
        case .noClearChange: .dashboardBinNoClearChange
        case .better: .dashboardBinBetter
        case .muchBetter: .dashboardBinMuchBetter
        }
    }

    static func day(_ iso: String?) -> String { iso.flatMap { Day(iso: $0) }?.finnish ?? "" }

    /// A month's 1st as the month ("11/2026").
    static func month(_ iso: String?) -> String {
        guard let day = iso.flatMap({ Day(iso: $0) }) else { return "" }
        return "\(day.month)/\(day.year)"
    }

    /// One cell of a list's row, as text.
    static func cell(
        _ row: DashboardRow, _ column: DashboardColumn, of list: DashboardList, _ language: Language,
        number: (Double) -> String
    ) -> String {
        switch column {
        case .client: row.clientName ?? t(.dashboardAnonymous, language)
        case .worker: row.workerName ?? t(.dashboardNoWorker, language)
        case .day:
            [.clientMonths, .allowancesWaiting, .allowancesDecided].contains(list) ? month(row.day) : day(row.day)
        case .lastDay: day(row.lastDay)
        case .days: row.days.map(String.init) ?? ""
        case .count: row.count.map(String.init) ?? ""
        case .amount: row.amountCents.map { Formatting.money(cents: $0, language) } ?? ""
        case .value: row.value.map { value($0, of: list, language) } ?? ""
        case .change: row.change.map(number) ?? ""
        case .place: row.place ?? ""
        }
    }

    static func count(_ count: ProtectedCount, _ language: Language) -> String {
        ProtectedCountText.text(count, language: language)
    }

    /// "64 % (16/25)", or what may be shown of it.
    static func share(_ share: ProtectedShare, _ language: Language) -> String {
        let counts = "\(count(share.part, language))/\(count(share.whole, language))"
        guard let percent = share.percent else { return counts }
        return "\(percent) % (\(counts))"
    }

    static func period(_ period: ReportingPeriod, _ language: Language) -> String {
        switch period {
        case .month(let month): t(.dashboardPeriodMonth, language, ["month": "\(month.month)/\(month.year)"])
        case .quarter(let year, let quarter):
            t(.dashboardPeriodQuarter, language, ["quarter": String(quarter), "year": String(year)])
        }
    }
}

/// CSV files of the dashboard, in the form of the other exports (`InclusionCSV.Format`:
/// `;` with a byte order mark and decimal commas for Excel in Finnish, or `,`).
enum DashboardCSV {
    static func list(
        _ list: DashboardList, rows: [DashboardRow], board: UnitDashboard, format: InclusionCSV.Format,
        language: Language
    ) -> String {
        let t = { (key: L10nKey) in DashboardText.t(key, language) }
        var lines: [[String]] = [[t(list.title), board.unitName, DashboardText.period(board.period, language)]]
        lines.append(list.columns.map { t($0.heading) })
        for row in rows {
            lines.append(
                list.columns.map {
                    DashboardText.cell(row, $0.column, of: list, language) { format.number($0) }
                })
        }
        return format.file(lines)
    }

    /// Every table of the dashboard, one after another, each under its title.
    static func tables(_ figures: DashboardFigures, format: InclusionCSV.Format, language: Language) -> String {
        let t = { (key: L10nKey) in DashboardText.t(key, language) }
        let c = { (count: ProtectedCount) in DashboardText.count(count, language) }
        let s = { (share: ProtectedShare) in DashboardText.share(share, language) }
        let board = figures.board
        var lines: [[String]] = [[t(.dashboardTitle), board.unitName, DashboardText.period(board.period, language)]]
        lines.append([])
        lines.append([t(.dashboardWorkersTable)])
        var header = [t(.dashboardColWorker)] + figures.workerColumns.map { t($0.title) }
        if figures.workerCoverage != nil { header.append(t(.dashboardCoverage)) }
        lines.append(header)
        for (index, cells) in figures.workerTable.cells.enumerated() {
            let worker = index < board.workers.count ? board.workers[index].name : t(.dashboardNoWorker)
            var line = [worker] + cells.map(c)
            if let coverage = figures.workerCoverage, index < coverage.count { line.append(s(coverage[index])) }
            lines.append(line)
        }
        var totals = [t(.dashboardUnitTotal)] + figures.workerTable.columnTotals.map(c)
        if figures.workerCoverage != nil { totals.append(s(figures.coverage)) }
        lines.append(totals)
        lines.append([])
        lines.append([t(.dashboardPhasesTable)])
        lines.append([t(.dashboardColPhase), t(.dashboardColCount)])
        for (phase, count) in zip(PeriodPhase.allCases, figures.phases.cells) {
            lines.append([t(phase.title), c(count)])
        }
        lines.append([])
        lines.append([t(.dashboardMonthsTable)])
        lines.append([
            t(.dashboardColMonth), t(.dashboardCoverage), t(.dashboardValueFirst), t(.dashboardValueContinuation),
        ])
        for (index, month) in figures.decisionMonths.enumerated() {
            lines.append([
                "\(month.month.month)/\(month.month.year)", s(figures.coverageByMonth[index]), c(month.first),
                c(month.continuations),
            ])
        }
        lines.append([])
        lines.append([t(.dashboardGroupsTable)])
        lines.append([
            t(.dashboardColGroup), t(.dashboardColSessions), t(.dashboardColHeld), t(.dashboardColAttendance),
            t(.dashboardColOccupancy),
        ])
        for group in figures.groups {
            lines.append([group.name, c(group.sessions), c(group.held), s(group.attendance), s(group.occupancy)])
        }
        lines.append([])
        lines.append([t(.dashboardGoalChangeTable)])
        lines.append([t(.dashboardColChangeBin), t(.dashboardColCount)])
        for (bin, count) in zip(GoalChange.Bin.allCases, figures.goalBins.cells) {
            lines.append([t(DashboardText.binKey(bin)), c(count)])
        }
        lines.append([])
        lines.append([t(.dashboardFiguresTable)])
        lines.append([t(.dashboardColFigure), t(.dashboardColCount)])
        for list in DashboardList.allCases where !figures.workerColumns.contains(list) {
            lines.append([t(list.title), c(figures.count(list))])
        }
        lines.append([t(.dashboardReferralsReached), s(figures.referralsReached)])
        lines.append([t(.dashboardWaitMedian), figures.waiting.median.map { format.number($0) } ?? ""])
        lines.append([t(.dashboardWaitP90), figures.waiting.percentile90.map { format.number($0) } ?? ""])
        lines.append([
            t(.dashboardAllowancesDecidedSum),
            figures.allowancesDecidedCents.map { Formatting.money(cents: $0, language) } ?? "",
        ])
        return format.file(lines)
    }
}
