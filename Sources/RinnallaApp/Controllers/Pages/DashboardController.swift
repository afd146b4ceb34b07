import Plot
import RinnallaCore
import Vapor

/// The query of the dashboard pages and the API: the month or quarter shown (default the
/// running month). Its coding keys are the names of the period form's fields.
struct DashboardQuery: Decodable, Sendable {
    enum CodingKeys: String, CodingKey { case period }
    let period: PeriodText?
}

/// The query of a list behind a figure: the period, one worker's rows, CSV instead of HTML.
struct DashboardListQuery: Decodable, Sendable {
    enum CodingKeys: String, CodingKey { case period, worker, format }
    let period: PeriodText?
    let worker: UUID?
    let format: InclusionCSV.Format?
}

extension InclusionCSV.Format: APIStringEnum {}

/// `/units/{id}/dashboard`, the lists behind its figures and its CSV, and `/dashboard`
/// for every unit the user leads or evaluates (issue 16).
enum DashboardController {
    static func unit(req: Request) async throws -> Response {
        let (board, figures) = try await compute(req, period: try req.decodeQuery(DashboardQuery.self).period)
        try await AuditLog.append(
            .view, unitID: board.unitID, recordType: "dashboard", detail: board.period.iso, on: req)
        return DashboardViews.unitPage(PageContext(req), figures).response()
    }

    /// The list behind one figure, with client names: the unit's team leads only. Every
    /// client shown gets an audit row, as any read of their data.
    static func list(_ list: DashboardList) -> @Sendable (Request) async throws -> Response {
        { req in
            let query = try req.decodeQuery(DashboardListQuery.self)
            let (board, figures) = try await compute(req, period: query.period)
            guard figures.showsLists else {
                throw AppError(status: .forbidden, code: "forbidden", key: .dashboardListsForLeads)
            }
            let rows = board.rows(list, worker: query.worker)
            try await audit(rows, of: list, board: board, on: req)
            let context = PageContext(req)
            if let format = query.format {
                return InclusionCSV.download(
                    DashboardCSV.list(list, rows: rows, board: board, format: format, language: context.language),
                    filename: "\(list.rawValue)-\(board.period.iso).csv")
            }
            let worker = query.worker.flatMap { id in board.workers.first { $0.id == id } }
            return DashboardViews.listPage(context, list, rows: rows, board: board, worker: worker).response()
        }
    }

    /// The dashboard's tables as one CSV file (Excel in Finnish, or `format=comma`).
    static func export(req: Request) async throws -> Response {
        let query = try req.decodeQuery(DashboardListQuery.self)
        let (board, figures) = try await compute(req, period: query.period)
        try await AuditLog.append(
            .export, unitID: board.unitID, recordType: "dashboard", detail: board.period.iso, on: req)
        return InclusionCSV.download(
            DashboardCSV.tables(figures, format: query.format ?? .semicolon, language: req.language),
            filename: "tilannekuva-\(board.period.iso).csv")
    }

    /// Every unit the user leads or evaluates, side by side.
    static func all(req: Request) async throws -> Response {
        let asked = try req.decodeQuery(DashboardQuery.self).period
        let period = asked?.period ?? .month(containing: Day(req.now))
        let figures = try await TeamLeadDashboardService.allUnits(period: period, on: req.caller)
        return DashboardViews.allPage(PageContext(req), period: period, units: figures).response()
    }

    private static func compute(_ req: Request, period: PeriodText?) async throws -> (UnitDashboard, DashboardFigures) {
        let user = try req.requireUser()
        let unitID = try req.id(.unitID)
        let access = try TeamLeadDashboardService.access(to: unitID, for: user)
        let settings = try await OrganisationSettings.load(on: req.db)
        let board = try await TeamLeadDashboardService.compute(
            unitID: unitID, period: period?.period ?? .month(containing: Day(req.now)), for: user, now: req.now,
            on: req.db)
        return (board, DashboardFigures(board, access: access, threshold: settings.minimumCellSize))
    }

    static func audit(_ rows: [DashboardRow], of list: DashboardList, board: UnitDashboard, on req: Request)
        async throws
    {
        try await audit(rows, detail: "\(list.rawValue) \(board.period.iso)", board: board, on: req)
    }

    /// One audit row per client shown (once, whatever the number of their rows), or one
    /// for the view when the rows name nobody.
    static func audit(_ rows: [DashboardRow], detail: String, board: UnitDashboard, on req: Request) async throws {
        var seen = Set<UUID>()
        let clients = rows.filter { row in row.clientID.map { seen.insert($0).inserted } ?? false }
        if clients.isEmpty {
            try await AuditLog.append(
                .view, unitID: board.unitID, recordType: "dashboard-list", detail: detail, on: req)
        } else {
            try await AuditLog.append(
                .view,
                rows: clients.map {
                    AuditLog.Row(
                        unitID: board.unitID, clientID: $0.clientID, recordType: "dashboard-list",
                        recordID: $0.periodID?.uuidString, detail: detail)
                }, on: req)
        }
    }
}
