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
        let user = try req.requireUser()
        let unitID = try req.id(.unitID)
        let access = try TeamLeadDashboardService.access(to: unitID, for: user)
        let period = try req.decodeQuery(DashboardQuery.self).period?.period ?? .month(containing: Day(req.now))
        try TeamLeadDashboardService.check(period, for: access)
        guard let unit = try await OrgUnit.find(unitID, on: req.db) else { throw AppError.notFound }
        let context = PageContext(req)
        let html = try await cached(
            "unit|\(unitID)|\(period.iso)|\(access.rawValue)", scopes: [.unit(unitID)], context: context, on: req
        ) {
            let figures = try await figures(req, unitID: unitID, access: access, period: period)
            return DashboardViews.unitContent(context, figures).render()
        }
        try await AuditLog.append(.view, unitID: unitID, recordType: "dashboard", detail: period.iso, on: req)
        return DashboardViews.page(
            context, title: DashboardViews.unitTitle(context, unitName: unit.name), contentHTML: html
        ).response()
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
        let user = try req.requireUser()
        let period = try req.decodeQuery(DashboardQuery.self).period?.period ?? .month(containing: Day(req.now))
        let units = try await TeamLeadDashboardService.units(for: user, on: req.db)
        for unit in units { try TeamLeadDashboardService.check(period, for: unit.access) }
        let context = PageContext(req)
        let key = units.map { "\($0.id)=\($0.access.rawValue)" }.joined(separator: ",")
        let html = try await cached(
            "all|\(period.iso)|\(key)", scopes: units.map { .unit($0.id) }, context: context, on: req
        ) {
            let figures = try await TeamLeadDashboardService.allUnits(units, period: period, on: req.caller)
            return DashboardViews.allContent(context, period: period, units: figures).render()
        }
        try await AuditLog.append(
            .view, rows: units.map { AuditLog.Row(unitID: $0.id, recordType: "dashboard", detail: period.iso) },
            on: req)
        return DashboardViews.page(context, title: context.t(.dashboardAllTitle), contentHTML: html).response()
    }

    /// The dashboard's content from the page cache, kept under the period, the viewer's
    /// access and language, today's day (figures run to today) and the data versions of
    /// the units it counts: any change to their data raises the version, so a kept page is
    /// never stale. Computing a large unit's figures costs far more than a page should
    /// (bench/README.md), and a team lead comes back to it often.
    private static func cached(
        _ key: String, scopes: [DataVersions.Scope], context: PageContext, on req: Request,
        build: @escaping () async throws -> String
    ) async throws -> String {
        let cache = req.application.renderCache
        guard cache.isEnabled else { return try await build() }
        let stamp = try await DataVersions.stamp([.global] + scopes, for: req)
        let full = "dashboard|\(key)|\(context.language.rawValue)|\(Day(req.now).iso)|\(stamp)"
        return try await cache.fetch(full, on: req) { .init(html: try await build(), auditDetail: nil) }.html
    }

    private static func compute(_ req: Request, period: PeriodText?) async throws -> (UnitDashboard, DashboardFigures) {
        let unitID = try req.id(.unitID)
        let access = try TeamLeadDashboardService.access(to: unitID, for: try req.requireUser())
        let chosen = period?.period ?? .month(containing: Day(req.now))
        try TeamLeadDashboardService.check(chosen, for: access)
        let figures = try await figures(req, unitID: unitID, access: access, period: chosen)
        return (figures.board, figures)
    }

    private static func figures(_ req: Request, unitID: UUID, access: DashboardAccess, period: ReportingPeriod)
        async throws -> DashboardFigures
    {
        let settings = try await OrganisationSettings.load(on: req.db)
        let board = try await TeamLeadDashboardService.compute(
            unitID: unitID, period: period, for: try req.requireUser(), now: req.now, on: req.db)
        return DashboardFigures(board, access: access, threshold: settings.minimumCellSize)
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
