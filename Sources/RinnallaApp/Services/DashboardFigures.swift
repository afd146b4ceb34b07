import Foundation
import RinnallaCore

/// A unit's dashboard as one viewer may see it: the team lead every count as it is; an
/// evaluator or admin with small counts and their complements hidden, by the same rule
/// as every other aggregate (`SmallCellSuppression`, threshold `privacy.minimumCellSize`).
/// The page, the CSV and the API all show these, so none can show more than another.
struct DashboardFigures: Sendable {
    /// The counts of the workers' table, one column per list.
    static let workerColumns: [DashboardList] = [
        .openPeriods, .newPeriods, .closedPeriods, .contacts, .belowTwo, .decisionsEnding, .allowancesWaiting,
        .interimOverdue,
    ]

    /// The workers' table's columns for this viewer. Aggregates leave out the clients below
    /// two: in a month they are the rest of the two-meetings share, protected with it.
    let workerColumns: [DashboardList]

    struct GroupLine: Sendable {
        let groupID: UUID
        let name: String
        let sessions: ProtectedCount
        let held: ProtectedCount
        let attendance: ProtectedShare
        let occupancy: ProtectedShare
    }

    struct DecisionMonth: Sendable {
        let month: Month
        let first: ProtectedCount
        let continuations: ProtectedCount
        let total: ProtectedCount
    }

    struct Waiting: Sendable {
        let count: ProtectedCount
        /// Nil when there are no waits, or too few to show.
        let median: Double?
        let percentile90: Double?
    }

    let access: DashboardAccess
    let board: UnitDashboard
    /// `cells[worker][column]` and the column totals, which are the unit's figures.
    let workerTable: ProtectedTable
    /// The coverage of each worker; nil for aggregates (a worker's share beside the
    /// unit's could give another's away).
    let workerCoverage: [ProtectedShare]?
    /// Each worker's coverage month by month (the chart's months); nil for aggregates.
    let workerCoverageByMonth: [[ProtectedShare]]?
    let phases: ProtectedList
    let coverage: ProtectedShare
    let coverageByMonth: [ProtectedShare]
    let decisionMonths: [DecisionMonth]
    let goalBins: ProtectedList
    let groups: [GroupLine]
    let referralsReached: ProtectedShare
    let waiting: Waiting
    /// The euros of the allowance decisions made, shown with their count.
    let allowancesDecidedCents: Int?
    private let counts: [DashboardList: ProtectedCount]

    init(_ board: UnitDashboard, access: DashboardAccess, threshold: Int) {
        self.access = access
        self.board = board
        let open = access == .lists
        func share(_ value: Share) -> ProtectedShare {
            open ? ProtectedShare(shown: value) : ProtectedShare(value, threshold: threshold)
        }
        func list(_ values: [Int]) -> ProtectedList {
            open ? ProtectedList(shown: values) : SmallCellSuppression.protect(list: values, threshold: threshold)
        }
        func single(_ value: Int) -> ProtectedCount {
            open ? .shown(value) : SmallCellSuppression.subgroup(value, threshold: threshold)
        }
        let columns = open ? Self.workerColumns : Self.workerColumns.filter { $0 != .belowTwo }
        workerColumns = columns
        let raw = board.workers.map { worker in columns.map { board.count($0, worker: worker.id) } }
        // Rows of anyone not among the workers (a client with no worker found) still count in the totals.
        let unattributed = columns.map { column in
            board.count(column) - board.workers.reduce(0) { $0 + board.count(column, worker: $1.id) }
        }
        let rows = unattributed.contains { $0 > 0 } ? raw + [unattributed] : raw
        if open {
            workerTable = ProtectedTable(shown: rows, columns: columns.count)
            workerCoverage = board.workers.map { ProtectedShare(shown: board.coverage(worker: $0.id)) }
            let empty = board.period.chartMonths.map { _ in ProtectedShare(shown: .empty) }
            workerCoverageByMonth = board.workers.map { worker in
                board.coverageByWorkerMonth[worker.id].map { $0.map { ProtectedShare(shown: $0.share) } } ?? empty
            }
        } else {
            workerTable =
                rows.isEmpty
                ? ProtectedTable(shown: [], columns: columns.count)
                : SmallCellSuppression.protect(table: rows, threshold: threshold)
            workerCoverage = nil
            workerCoverageByMonth = nil
        }
        var counts: [DashboardList: ProtectedCount] = [:]
        for (index, column) in columns.enumerated() { counts[column] = workerTable.columnTotals[index] }
        let coverage = board.coverage()
        self.coverage = share(coverage)
        if !open, board.count(.belowTwo) == coverage.whole - coverage.part {
            // The clients below two are the share's rest: hidden when the share hides it.
            let parts = SmallCellSuppression.protect(
                list: [coverage.part, coverage.whole - coverage.part], threshold: threshold)
            counts[.belowTwo] = parts.cells[1]
        }
        for other in DashboardList.allCases where counts[other] == nil { counts[other] = single(board.count(other)) }
        self.counts = counts
        phases = list(PeriodPhase.allCases.map { board.phases[$0] ?? 0 })
        coverageByMonth = board.coverageByMonth.map { share($0.share) }
        decisionMonths = board.decisionsPerMonth.map { month in
            let counts = list([month.first, month.continuations])
            return DecisionMonth(
                month: month.month, first: counts.cells[0], continuations: counts.cells[1], total: counts.total)
        }
        goalBins = list(board.goalChangeDistribution.map(\.count))
        groups = board.groups.map { group in
            GroupLine(
                groupID: group.groupID, name: group.name, sessions: single(group.figures.sessions),
                held: single(group.figures.held), attendance: share(group.figures.attendance),
                occupancy: share(group.figures.occupancy))
        }
        referralsReached = share(board.referralsReached)
        let waits = board.waiting
        let shownWaits = open || waits.count >= SmallCellSuppression.threshold(threshold)
        waiting = Waiting(
            count: single(waits.count), median: shownWaits ? waits.median : nil,
            percentile90: shownWaits ? waits.percentile90 : nil)
        allowancesDecidedCents = counts[.allowancesDecided]?.isSuppressed == false ? board.allowancesDecidedCents : nil
    }

    /// The figure of a list: its length, protected for aggregates.
    func count(_ list: DashboardList) -> ProtectedCount { counts[list] ?? .hidden }

    /// Whether the viewer may open the list behind a figure.
    var showsLists: Bool { access == .lists }
}
