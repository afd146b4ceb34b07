import Fluent
import Plot
import RinnallaCore
import Vapor

enum GoalController {
    static func header(_ req: Request, _ period: RehabilitationPeriod) async throws -> GoalViews.Header {
        let user = try req.requireUser()
        if period.$client.value == nil { try await period.$client.load(on: req.db) }
        return GoalViews.Header(
            periodID: try period.requireID(), clientID: period.$client.id, clientName: period.client.name,
            isOpen: period.isOpen, canWrite: user.can(.writeClientData, inUnit: period.$unit.id))
    }

    static func list(req: Request) async throws -> Response {
        let (period, entries) = try await GoalService.view(ofPeriod: try req.id(.periodID), on: req.caller)
        var form = GoalForm()
        let asked = GoalListQuery(query: req)
        if let level = asked.level { form.level = level }
        if let parent = asked.parent { form.parentID = parent }
        return try await renderList(req, period: period, entries: entries, form: form)
    }

    static func renderList(
        _ req: Request, period: RehabilitationPeriod, entries: [GoalService.Entry], form: GoalForm,
        error: AppError? = nil, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let context = PageContext(req, notice: Notice.from(req))
        let places = try await GoalPlaceService.places(ofGoals: entries.compactMap(\.goal.id), on: req.db)
        return GoalViews.page(
            context, header: try await header(req, period), entries: GoalService.tree(entries), form: form,
            places: places, error: error.map { AdminController.fieldError($0, context) }
        ).response(status)
    }

    static func create(req: Request) async throws -> Response {
        let periodID = try req.id(.periodID)
        let input = GoalForm(from: req)
        return try await rerenderOn422 {
            let goal = try await GoalService.create(input, periodID: periodID, on: req.caller)
            return req.redirect(
                to: .period(periodID, .goals), notice: .goalSaved, fragment: "goal-\(goal.id?.uuidString ?? "")")
        } render: { error in
            let period = try await PeriodService.find(periodID, for: try req.requireUser(), on: req.db)
            let entries = try await GoalService.entries(ofPeriod: periodID, on: req.db)
            return try await renderList(
                req, period: period, entries: entries, form: input, error: error,
                status: .unprocessableEntity)
        }
    }

    static func show(req: Request) async throws -> Response {
        let goal = try await GoalService.find(try req.id(.goalID), on: req.caller)
        let period = try await PeriodService.find(goal.$period.id, for: try req.requireUser(), on: req.db)
        try await AuditLog.append(
            .view, unitID: goal.$unit.id, clientID: goal.$client.id, recordType: "goal", recordID: goal.id?.uuidString,
            on: req)
        return try await renderGoal(req, goal: goal, period: period, form: nil)
    }

    static func renderGoal(
        _ req: Request, goal: Goal, period: RehabilitationPeriod, form: GoalForm?, error: AppError? = nil,
        placeError: AppError? = nil, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let entries = try await GoalService.entries(ofPeriod: period.requireID(), on: req.db)
        guard let entry = entries.first(where: { $0.goal.id == goal.id }), let goalID = goal.id else {
            throw AppError.notFound
        }
        let context = PageContext(req, notice: Notice.from(req))
        let header = try await header(req, period)
        let places = try await GoalPlaceService.places(ofGoals: [goalID], on: req.db)[goalID] ?? []
        let picker =
            header.isOpen && header.canWrite
            ? try await PlaceController.picker(
                req, clientID: goal.$client.id, filterAction: SiteRoute.goal(goalID, .show).href(fragment: "places"),
                selected: nil) : nil
        return GoalViews.goalPage(
            context, header: header, entry: entry, form: form ?? GoalForm(entry.current),
            error: error.map { AdminController.fieldError($0, context) }, places: places, picker: picker,
            placeError: placeError.map { AdminController.fieldError($0, context) }
        ).response(status)
    }

    /// "Ehdota paikkaa": a place from the service map for the goal.
    static func attachPlace(req: Request) async throws -> Response {
        let goalID = try req.id(.goalID)
        return try await rerenderOn422 {
            _ = try await GoalPlaceService.attach(goalID, GoalPlaceForm(from: req), on: req.caller)
            return req.redirect(to: .goal(goalID, .show), notice: .goalPlacesSaved, fragment: "places")
        } render: { error in
            let goal = try await GoalService.find(goalID, on: req.caller)
            let period = try await PeriodService.find(goal.$period.id, for: try req.requireUser(), on: req.db)
            return try await renderGoal(
                req, goal: goal, period: period, form: nil, placeError: error, status: .unprocessableEntity)
        }
    }

    static func detachPlace(req: Request) async throws -> Response {
        let goalID = try req.id(.goalID)
        _ = try await GoalPlaceService.detach(goalID, placeID: try req.id(.placeID), on: req.caller)
        return req.redirect(to: .goal(goalID, .show), notice: .goalPlacesSaved, fragment: "places")
    }

    static func revise(req: Request) async throws -> Response {
        let goalID = try req.id(.goalID)
        let input = GoalForm(from: req)
        return try await rerenderOn422 {
            _ = try await GoalService.revise(goalID, input, on: req.caller)
            return req.redirect(to: .goal(goalID, .show), notice: .goalSaved)
        } render: { error in
            let goal = try await GoalService.find(goalID, on: req.caller)
            let period = try await PeriodService.find(goal.$period.id, for: try req.requireUser(), on: req.db)
            return try await renderGoal(
                req, goal: goal, period: period, form: input, error: error, status: .unprocessableEntity)
        }
    }

    static func setReached(req: Request) async throws -> Response {
        let goal = try await GoalService.setReached(
            try req.id(.goalID), reached: GoalReachedForm(from: req).isReached, on: req.caller)
        return req.redirect(
            to: .period(goal.$period.id, .goals), notice: .goalSaved, fragment: "goal-\(goal.id?.uuidString ?? "")")
    }
}
