import Fluent
import Plot
import RinnallaCore
import Vapor

/// The group catalogue's pages: search, a group's page and flyer, adding and changing.
enum GroupController {
    static func areas(on db: any Database) async throws -> [(id: UUID, name: String)] {
        try await Area.all(on: db).compactMap { area in area.id.map { ($0, area.name) } }
    }

    /// The client a group is looked for (`?client=`), if the user may read them; the
    /// name shown is a read of client data and audited.
    static func client(_ req: Request) async throws -> (id: UUID, name: String)? {
        guard let text = GroupSearchForm(query: req).client, let id = UUID(uuidString: text) else {
            return nil
        }
        let client = try await ClientService.view(id, recordType: "group-search", on: req.caller)
        return (id, client.name)
    }

    static func list(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let filter = GroupCatalogue.Filter(GroupSearchForm(query: req))
        let today = Day(req.now)
        let canCreate = !writableUnits(user).isEmpty
        let context = PageContext(req, notice: Notice.from(req))
        let client = try await client(req)
        func build() async throws -> Node<HTML.BodyContext> {
            let result = try await GroupCatalogue.search(filter, today: today, on: req.db)
            let model = GroupCatalogueViews.Model(
                filter: filter, result: result, areas: try await areas(on: req.db), canCreate: canCreate,
                client: client, today: today)
            return GroupCatalogueViews.content(context, model)
        }
        // A search for a named client shows the client's name: not shared, not cached.
        guard client == nil, req.application.renderCache.isEnabled else {
            return GroupCatalogueViews.page(context, content: try await build()).response()
        }
        // The catalogue holds no client data and is the same for every worker: the key
        // names the query, language, day and whether the "new group" link shows.
        let stamp = try await DataVersions.stamp([.catalogue], for: req)
        let key =
            "groups|\(context.language.rawValue)|\(today.iso)|\(canCreate)|\(filter.queryString(page: filter.page))|\(stamp)"
        let part = try await req.application.renderCache.fetch(key, on: req) {
            RenderCache.Entry(html: try await build().render(), auditDetail: nil)
        }
        return GroupCatalogueViews.page(context, content: .raw(part.html)).response()
    }

    static func writableUnits(_ user: CurrentUser) -> [(id: UUID, name: String)] {
        user.units.filter { user.can(.writeClientData, inUnit: $0.id) }
    }

    static func new(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let units = writableUnits(user)
        guard !units.isEmpty else { throw AppError.forbidden }
        let today = Day(req.now)
        var input = GroupService.Input()
        input.unitID = units.first?.id.uuidString
        input.leaderIDs = [user.id.uuidString]
        input.weekdays = [String(today.weekday)]
        input.intervalWeeks = "1"
        input.isOpen = "open"
        input.capacity = "10"
        input.language = "fi"
        input.firstDay = today.finnish
        input.lastDay = today.sameDay(monthsLater: 6).finnish
        return try await renderForm(req, input: input, groupID: nil)
    }

    static func renderForm(
        _ req: Request, input: GroupService.Input, groupID: UUID?, error: AppError? = nil,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let user = try req.requireUser()
        let context = PageContext(req)
        let model = GroupFormViews.Model(
            title: groupID == nil ? context.t(.groupsNew) : context.t(.groupsEditTitle, ["name": input.name ?? ""]),
            action: groupID.map { SiteRoute.group($0, .show).href } ?? SiteRoute.groups(.list).href,
            input: input, units: groupID == nil ? writableUnits(user) : nil, areas: try await areas(on: req.db),
            staff: try await GroupService.staff(on: req.db),
            cancelLink: groupID.map { SiteRoute.group($0, .show).href } ?? SiteRoute.groups(.list).href)
        return GroupFormViews.page(context, model, error: error.map { AdminController.fieldError($0, context) })
            .response(status)
    }

    static func create(req: Request) async throws -> Response {
        let user = try req.requireUser()
        guard !writableUnits(user).isEmpty else { throw AppError.forbidden }
        let input = GroupForm(from: req)
        return try await rerenderOn422 {
            let group = try await GroupService.create(input, on: req.caller)
            return req.redirect(to: .group(try group.requireID(), .show), notice: .groupSaved)
        } render: { error in
            return try await renderForm(req, input: input, groupID: nil, error: error, status: .unprocessableEntity)
        }
    }

    static func edit(req: Request) async throws -> Response {
        let group = try await GroupService.editable(try req.id(.groupID), on: req.caller)
        let leaders = try await GroupService.leaders(of: [try group.requireID()], on: req.db)
        return try await renderForm(
            req, input: GroupService.input(of: group, leaderIDs: (leaders[try group.requireID()] ?? []).map(\.id)),
            groupID: try group.requireID())
    }

    static func update(req: Request) async throws -> Response {
        let groupID = try req.id(.groupID)
        _ = try await GroupService.editable(groupID, on: req.caller)
        let input = GroupForm(from: req)
        return try await rerenderOn422 {
            _ = try await GroupService.update(groupID, input, on: req.caller)
            return req.redirect(to: .group(groupID, .show), notice: .groupSaved)
        } render: { error in
            return try await renderForm(req, input: input, groupID: groupID, error: error, status: .unprocessableEntity)
        }
    }

    static func show(req: Request) async throws -> Response {
        let group = try await GroupService.find(try req.id(.groupID), on: req.caller)
        let preselected = GroupSearchForm(query: req).client.flatMap(UUID.init(uuidString:))
        return try await render(req, group: group, preselectedClient: preselected)
    }

    /// The group page; `error` belongs to the enrolment form (`part` "members") or the
    /// session form ("sessions").
    static func render(
        _ req: Request, group: ActivityGroup, preselectedClient: UUID? = nil,
        sessionForm: GroupSessionService.Input? = nil, error: AppError? = nil, part: String? = nil,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let user = try req.requireUser()
        let groupID = try group.requireID()
        let today = Day(req.now)
        let canEdit = GroupService.canEdit(group, user: user)
        let area = try await Area.find(group.$area.id, on: req.db)
        let unit = try await OrgUnit.find(group.$unit.id, on: req.db)
        let leaders = try await GroupService.leaders(of: [groupID], on: req.db)[groupID] ?? []
        let upcoming = try await GroupSessionService.sessions(ofGroup: groupID, from: today, limit: 8, on: req.db)
        let recent = try await GroupSessionService.recent(ofGroup: groupID, before: today, limit: 6, on: req.db)
        let counts = try await GroupAttendanceService.presentCounts(
            of: (upcoming + recent).filter { $0.attendanceSavedAt != nil }.compactMap(\.id), on: req.db)
        func row(_ session: GroupSession) -> GroupPageViews.SessionRow? {
            guard let id = session.id, let day = session.sessionDay else { return nil }
            return .init(
                id: id, day: day, time: session.timeText, place: session.place, note: session.note,
                cancelled: session.isCancelled, cancelReason: session.cancelReason,
                recorded: session.attendanceSavedAt != nil, present: counts[id] ?? 0, walkIns: session.walkIns)
        }
        let members = try await GroupEnrolmentService.members(of: group, for: user, audit: error == nil, on: req.caller)
        let options = try await GroupEnrolmentService.enrolOptions(
            for: user, group: group, preselected: preselectedClient, audit: error == nil, on: req.caller)
        let context = PageContext(req, notice: Notice.from(req))
        var model = GroupPageViews.Model(
            group: group, areaName: area?.name ?? "", unitName: unit?.name ?? "", leaders: leaders, canEdit: canEdit,
            upcoming: upcoming.compactMap(row), recent: recent.compactMap(row), members: members,
            enrolOptions: options, preselectedClient: preselectedClient, today: today)
        if let sessionForm { model.sessionForm = sessionForm }
        return GroupPageViews.page(
            context, model, error: error.map { AdminController.fieldError($0, context) }, errorPart: part
        ).response(status)
    }

    static func flyer(req: Request) async throws -> Response {
        let group = try await GroupService.find(try req.id(.groupID), on: req.caller)
        if let language = PageLanguageQuery(query: req).language {
            req.language = language
        }
        let groupID = try group.requireID()
        let area = try await Area.find(group.$area.id, on: req.db)
        let leaders = (try await GroupService.leaders(of: [groupID], on: req.db)[groupID] ?? []).map(\.name)
        let next = try await GroupSessionService.sessions(ofGroup: groupID, from: Day(req.now), limit: 12, on: req.db)
            .filter { !$0.isCancelled }.compactMap(\.sessionDay).prefix(4)
        let model = GroupFlyerViews.Model(
            group: group, areaName: area?.name ?? "",
            leaders: leaders + [group.leaderNames].filter { !$0.isEmpty }, next: Array(next))
        return GroupFlyerViews.page(PageContext(req), model).response()
    }
}
