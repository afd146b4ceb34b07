import Foundation
import RinnallaCore
import Vapor

extension DashboardList: APIStringEnum {}
extension GoalChange.Bin: APIStringEnum {}
extension DashboardAccess: APIStringEnum {}
extension DashboardRow: Content {}

/// `/api/v1/units/{unitID}/dashboard` and `/api/v1/dashboard`: the team lead's figures
/// as on the page, counted and protected the same way (`DashboardFigures`), with the
/// lists behind them for the unit's team leads.
enum APIDashboardController {
    typealias CountDTO = APIGroupFeedbackController.CountDTO

    struct ShareDTO: Content {
        let part: CountDTO
        let whole: CountDTO
        /// Rounded half up; null when the whole is 0 or a count is hidden.
        let percent: Int?

        init(_ share: ProtectedShare) {
            part = CountDTO(share.part)
            whole = CountDTO(share.whole)
            percent = share.percent
        }
    }

    struct FigureDTO: Content {
        let list: DashboardList
        let count: CountDTO
    }

    struct WorkerDTO: Content {
        /// Null for the rows of clients with no worker found.
        let workerID: UUID?
        let name: String?
        let figures: [FigureDTO]
        /// Null for aggregates.
        let coverage: ShareDTO?
        /// The coverage in each of the twelve months of `months`; null for aggregates.
        let coverageByMonth: [ShareDTO]?
    }

    struct PhaseDTO: Content {
        let phase: PeriodPhase
        let count: CountDTO
    }

    struct MonthDTO: Content {
        /// `yyyy-MM`.
        let month: String
        let coverage: ShareDTO
        let firstDecisions: CountDTO
        let continuationDecisions: CountDTO
    }

    struct GroupDTO: Content {
        let groupID: UUID
        let name: String
        let sessions: CountDTO
        let held: CountDTO
        let attendance: ShareDTO
        let occupancy: ShareDTO
    }

    struct BinDTO: Content {
        let bin: GoalChange.Bin
        let count: CountDTO
    }

    struct WaitingDTO: Content {
        let count: CountDTO
        let medianDays: Double?
        let percentile90Days: Double?
    }

    struct ListDTO: Content {
        let list: DashboardList
        let rows: [DashboardRow]
    }

    struct UnitDashboardDTO: Content {
        let unitID: UUID
        let unitName: String
        /// `yyyy-MM` or `yyyy-Qn`.
        let period: String
        let firstDay: String
        let lastDay: String
        /// The day the figures are counted to: the period's last day, or today.
        let asOf: String
        let access: DashboardAccess
        let figures: [FigureDTO]
        let workers: [WorkerDTO]
        let phases: [PhaseDTO]
        let coverage: ShareDTO
        let months: [MonthDTO]
        let groups: [GroupDTO]
        let goalChange: [BinDTO]
        let referralsReached: ShareDTO
        let waiting: WaitingDTO
        let allowancesDecidedCents: Int?
        /// The lists behind the figures, with client names: null unless the user leads the unit.
        let lists: [ListDTO]?

        init(_ figures: DashboardFigures) {
            let board = figures.board
            unitID = board.unitID
            unitName = board.unitName
            period = board.period.iso
            firstDay = board.period.range.first.iso
            lastDay = board.period.range.last.iso
            asOf = board.asOf.iso
            access = figures.access
            self.figures = DashboardList.allCases.map { FigureDTO(list: $0, count: CountDTO(figures.count($0))) }
            workers = figures.workerTable.cells.enumerated().map { index, cells in
                let worker = index < board.workers.count ? board.workers[index] : nil
                return WorkerDTO(
                    workerID: worker?.id, name: worker?.name,
                    figures: zip(figures.workerColumns, cells).map {
                        FigureDTO(list: $0, count: CountDTO($1))
                    },
                    coverage: figures.workerCoverage.flatMap { index < $0.count ? ShareDTO($0[index]) : nil },
                    coverageByMonth: figures.workerCoverageByMonth.flatMap {
                        index < $0.count ? $0[index].map(ShareDTO.init) : nil
                    })
            }
            phases = zip(PeriodPhase.allCases, figures.phases.cells).map { PhaseDTO(phase: $0, count: CountDTO($1)) }
            coverage = ShareDTO(figures.coverage)
            months = figures.decisionMonths.enumerated().map { index, month in
                MonthDTO(
                    month: month.month.iso, coverage: ShareDTO(figures.coverageByMonth[index]),
                    firstDecisions: CountDTO(month.first), continuationDecisions: CountDTO(month.continuations))
            }
            groups = figures.groups.map {
                GroupDTO(
                    groupID: $0.groupID, name: $0.name, sessions: CountDTO($0.sessions), held: CountDTO($0.held),
                    attendance: ShareDTO($0.attendance), occupancy: ShareDTO($0.occupancy))
            }
            goalChange = zip(GoalChange.Bin.allCases, figures.goalBins.cells).map {
                BinDTO(bin: $0, count: CountDTO($1))
            }
            referralsReached = ShareDTO(figures.referralsReached)
            waiting = WaitingDTO(
                count: CountDTO(figures.waiting.count), medianDays: figures.waiting.median,
                percentile90Days: figures.waiting.percentile90)
            allowancesDecidedCents = figures.allowancesDecidedCents
            lists =
                figures.showsLists ? DashboardList.allCases.map { ListDTO(list: $0, rows: board.rows($0)) } : nil
        }
    }

    static func unit(req: Request) async throws -> UnitDashboardDTO {
        let user = try req.requireUser()
        let unitID = try req.id(.unitID)
        let access = try TeamLeadDashboardService.access(to: unitID, for: user)
        let period = try req.decodeQuery(DashboardQuery.self).period?.period ?? .month(containing: Day(req.now))
        try TeamLeadDashboardService.check(period, for: access)
        let settings = try await OrganisationSettings.load(on: req.db)
        let board = try await TeamLeadDashboardService.compute(
            unitID: unitID, period: period, for: user, now: req.now, on: req.db)
        let figures = DashboardFigures(board, access: access, threshold: settings.minimumCellSize)
        if figures.showsLists {
            try await DashboardController.audit(
                DashboardList.allCases.flatMap { board.rows($0) }, detail: "api \(board.period.iso)", board: board,
                on: req)
        } else {
            try await AuditLog.append(
                .view, unitID: unitID, recordType: "dashboard", detail: board.period.iso, on: req)
        }
        return UnitDashboardDTO(figures)
    }

    static func all(req: Request) async throws -> [UnitDashboardDTO] {
        let period = try req.decodeQuery(DashboardQuery.self).period?.period ?? .month(containing: Day(req.now))
        let units = try await TeamLeadDashboardService.units(for: try req.requireUser(), on: req.db)
        for unit in units { try TeamLeadDashboardService.check(period, for: unit.access) }
        let figures = try await TeamLeadDashboardService.allUnits(units, period: period, on: req.caller)
        try await AuditLog.append(
            .view, rows: units.map { AuditLog.Row(unitID: $0.id, recordType: "dashboard", detail: period.iso) },
            on: req)
        return figures.map(UnitDashboardDTO.init)
    }
}
