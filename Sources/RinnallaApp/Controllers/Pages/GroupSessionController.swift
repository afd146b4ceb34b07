import Fluent
import Plot
import RinnallaCore
import Vapor

/// A group's sessions and members on pages: adding, changing and cancelling sessions,
/// enrolling and leaving, and today's sessions of the user's groups.
enum GroupSessionController {
    static func add(req: Request) async throws -> Response {
        let groupID = try req.id(.groupID)
        let group = try await GroupService.editable(groupID, on: req.caller)
        let input = GroupSessionForm(from: req)
        return try await rerenderOn422 {
            _ = try await GroupSessionService.add(input, groupID: groupID, on: req.caller)
            return req.redirect(to: .group(groupID, .show), notice: .sessionSaved, fragment: "sessions")
        } render: { error in
            return try await GroupController.render(
                req, group: group, sessionForm: input, error: error, part: "sessions", status: .unprocessableEntity)
        }
    }

    static func enrol(req: Request) async throws -> Response {
        let groupID = try req.id(.groupID)
        let group = try await GroupService.find(groupID, on: req.caller)
        let clientText = GroupEnrolForm(from: req).clientID
        return try await rerenderOn422 {
            _ = try await GroupEnrolmentService.enrol(groupID: groupID, clientID: clientText, on: req.caller)
            return req.redirect(to: .group(groupID, .show), notice: .enrolled, fragment: "members")
        } render: { error in
            return try await GroupController.render(
                req, group: group, preselectedClient: clientText.flatMap(UUID.init(uuidString:)), error: error,
                part: "members", status: .unprocessableEntity)
        }
    }

    static func leave(req: Request) async throws -> Response {
        let enrolment = try await GroupEnrolmentService.leave(try req.id(.enrolmentID), on: req.caller)
        return req.redirect(to: .group(enrolment.$group.id, .show), notice: .leftGroup, fragment: "members")
    }

    static func show(req: Request) async throws -> Response {
        let session = try await GroupSessionService.editable(try req.id(.sessionID), on: req.caller)
        let form = GroupSessionService.Input(
            day: session.sessionDay?.finnish ?? session.day, startTime: GroupSchedule.timeText(session.startMinutes),
            endTime: GroupSchedule.timeText(session.endMinutes), place: session.place, note: session.note)
        return try await render(req, session: session, form: form)
    }

    static func render(
        _ req: Request, session: GroupSession, form: GroupSessionService.Input, cancelReason: String = "",
        error: AppError? = nil, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        guard let group = try await ActivityGroup.find(session.$group.id, on: req.db) else { throw AppError.notFound }
        let context = PageContext(req, notice: Notice.from(req))
        return GroupSessionViews.page(
            context,
            .init(
                sessionID: try session.requireID(), groupID: try group.requireID(), groupName: group.name,
                day: session.sessionDay, cancelled: session.isCancelled, cancelReason: session.cancelReason,
                recorded: session.attendanceSavedAt != nil, today: Day(req.now)),
            form: form, cancelReason: cancelReason, error: error.map { AdminController.fieldError($0, context) }
        ).response(status)
    }

    static func update(req: Request) async throws -> Response {
        let sessionID = try req.id(.sessionID)
        let session = try await GroupSessionService.editable(sessionID, on: req.caller)
        let input = GroupSessionForm(from: req)
        return try await rerenderOn422 {
            let saved = try await GroupSessionService.update(sessionID, input, on: req.caller)
            return req.redirect(to: .group(saved.$group.id, .show), notice: .sessionSaved, fragment: "sessions")
        } render: { error in
            return try await render(req, session: session, form: input, error: error, status: .unprocessableEntity)
        }
    }

    static func cancel(req: Request) async throws -> Response {
        let sessionID = try req.id(.sessionID)
        let session = try await GroupSessionService.editable(sessionID, on: req.caller)
        let reason = SessionCancelForm(from: req).cancelReason
        return try await rerenderOn422 {
            let saved = try await GroupSessionService.cancel(sessionID, reason: reason, on: req.caller)
            return req.redirect(to: .group(saved.$group.id, .show), notice: .sessionSaved, fragment: "sessions")
        } render: { error in
            let form = GroupSessionService.Input(
                day: session.sessionDay?.finnish, startTime: GroupSchedule.timeText(session.startMinutes),
                endTime: GroupSchedule.timeText(session.endMinutes), place: session.place, note: session.note)
            return try await render(
                req, session: session, form: form, cancelReason: reason ?? "", error: error,
                status: .unprocessableEntity)
        }
    }

    /// `/groups/today`: today's sessions of the groups the user leads first, then the
    /// other groups of the user's units, each one tap from its attendance.
    static func today(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let today = Day(req.now)
        let items = try await GroupReminders.sessionsToday(for: user, today: today, ledOnly: false, on: req.db)
        return GroupSessionViews.today(PageContext(req), items: items, today: today).response()
    }
}
