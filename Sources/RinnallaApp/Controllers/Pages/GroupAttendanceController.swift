import Fluent
import Plot
import RinnallaCore
import Vapor

/// The attendance screen of a session.
enum GroupAttendanceController {
    static func show(req: Request) async throws -> Response {
        let (session, entries) = try await GroupAttendanceService.view(try req.id(.sessionID), on: req.caller)
        return try await render(req, session: session, entries: entries, walkIns: String(session.walkIns))
    }

    static func render(
        _ req: Request, session: GroupSession, entries: [GroupAttendanceService.Entry], walkIns: String,
        error: AppError? = nil, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        guard let group = try await ActivityGroup.find(session.$group.id, on: req.db), let day = session.sessionDay
        else { throw AppError.notFound }
        let context = PageContext(req, notice: Notice.from(req))
        let model = GroupAttendanceViews.Model(
            sessionID: try session.requireID(), groupID: try group.requireID(), groupName: group.name, day: day,
            time: session.timeText, place: session.place, entries: entries, walkIns: walkIns,
            recorded: session.attendanceSavedAt != nil)
        return GroupAttendanceViews.page(context, model, error: error.map { AdminController.fieldError($0, context) })
            .response(status)
    }

    static func save(req: Request) async throws -> Response {
        let sessionID = try req.id(.sessionID)
        let session = try await GroupSessionService.editable(sessionID, on: req.caller)
        let form = AttendanceForm(from: req)
        let (statuses, walkIns) = (form.statuses, form.walkIns)
        return try await rerenderOn422 {
            _ = try await GroupAttendanceService.save(sessionID, statuses: statuses, walkIns: walkIns, on: req.caller)
            return req.redirect(to: .session(sessionID, .attendance), notice: .attendanceSaved)
        } render: { error in
            // The form comes back as it was sent, with the problem named.
            var entries = try await GroupAttendanceService.roster(of: session, on: req.db)
            for index in entries.indices {
                if let raw = statuses[entries[index].clientID] {
                    entries[index].status = AttendanceStatus(rawValue: raw)
                }
            }
            return try await render(
                req, session: session, entries: entries, walkIns: walkIns ?? "", error: error,
                status: .unprocessableEntity)
        }
    }
}
