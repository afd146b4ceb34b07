import Fluent
import Plot
import RinnallaCore
import Vapor

enum MeetingController {
    static func create(req: Request) async throws -> Response {
        let periodID = try req.id(.periodID)
        let input = MeetingForm(from: req)
        return try await rerenderOn422 {
            _ = try await MeetingService.create(input, periodID: periodID, on: req.caller)
            return req.redirect(to: .period(periodID, .show), notice: .meetingSaved, fragment: "meetings")
        } render: { error in
            let period = try await PeriodService.find(periodID, for: try req.requireUser(), on: req.db)
            return try await PeriodController.render(
                req, period: period, meetingForm: input, meetingError: error, status: .unprocessableEntity)
        }
    }

    static func plan(req: Request) async throws -> Response {
        let periodID = try req.id(.periodID)
        let series = MeetingSeriesForm(from: req)
        return try await rerenderOn422 {
            let meetings = try await MeetingService.plan(series, periodID: periodID, on: req.caller)
            return req.redirect(
                to: SiteRoute.period(periodID, .show).href(
                    ["notice": Notice.meetingsPlanned.rawValue, "count": "\(meetings.count)"], fragment: "meetings"))
        } render: { error in
            let period = try await PeriodService.find(periodID, for: try req.requireUser(), on: req.db)
            return try await PeriodController.render(
                req, period: period, seriesForm: series, meetingError: error, status: .unprocessableEntity)
        }
    }

    static func show(req: Request) async throws -> Response {
        let meeting = try await MeetingService.find(try req.id(.meetingID), on: req.caller)
        try await AuditLog.append(
            .view, unitID: meeting.$unit.id, clientID: meeting.$client.id, recordType: "meeting",
            recordID: meeting.id?.uuidString, on: req)
        let form = MeetingForm(
            day: Day(meeting.startsAt).finnish, time: timeText(meeting.startsAt),
            durationMinutes: String(meeting.durationMinutes), type: meeting.type, place: meeting.place,
            status: meeting.status, methods: meeting.methods, task: meeting.task, record: meeting.record,
            placeID: meeting.$servicePlace.id?.uuidString)
        return try await render(req, meeting: meeting, form: form)
    }

    static func update(req: Request) async throws -> Response {
        let meetingID = try req.id(.meetingID)
        let input = MeetingForm(from: req)
        return try await rerenderOn422 {
            let meeting = try await MeetingService.update(meetingID, input, on: req.caller)
            return req.redirect(to: .period(meeting.$period.id, .show), notice: .meetingSaved, fragment: "meetings")
        } render: { error in
            let meeting = try await MeetingService.find(meetingID, on: req.caller)
            return try await render(
                req, meeting: meeting, form: input, error: error, status: .unprocessableEntity)
        }
    }

    private static func render(
        _ req: Request, meeting: Meeting, form: MeetingForm, error: AppError? = nil,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let user = try req.requireUser()
        let period = try await RehabilitationPeriod.find(meeting.$period.id, on: req.db)
        let client = try await ClientRecord.find(meeting.$client.id, on: req.db)
        let context = PageContext(req)
        let meetingID = try meeting.requireID()
        let canWrite = (period?.isOpen ?? false) && user.can(.writeClientData, inUnit: meeting.$unit.id)
        let visit = try await meeting.$servicePlace.get(on: req.db).map { place in
            (id: try place.requireID(), text: PlaceViews.visitText(place, context.t))
        }
        let picker =
            canWrite
            ? try await PlaceController.picker(
                req, clientID: meeting.$client.id, filterAction: SiteRoute.meeting(meetingID).href,
                selected: form.placeID.flatMap(UUID.init(uuidString:))) : nil
        return MeetingViews.page(
            context, meetingID: meetingID, periodID: meeting.$period.id, clientName: client?.name ?? "",
            startsAt: meeting.startsAt, form: form, canWrite: canWrite, visit: visit, picker: picker,
            error: error.map { AdminController.fieldError($0, context) }
        ).response(status)
    }

    static func timeText(_ date: Date) -> String {
        let parts = Formatting.calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    /// The meetings part of the period page.
    static func section(
        _ period: RehabilitationPeriod, context: PageContext, on req: Request, form: MeetingForm? = nil,
        series: MeetingSeriesForm? = nil, error: AppError? = nil
    ) async throws -> Node<HTML.BodyContext> {
        let user = try req.requireUser()
        let periodID = try period.requireID()
        let meetings = try await MeetingService.meetings(ofPeriod: periodID, on: req.db)
        let ranges = try await DecisionService.grantedRanges(periodID, on: req.db).sorted { $0.first < $1.first }
        var seriesForm = series ?? MeetingSeriesForm.blank
        if series == nil, let current = ranges.last {
            seriesForm.firstDay = max(current.first, Day(req.now)).finnish
            seriesForm.lastDay = current.last.finnish
        }
        var meetingForm = form ?? MeetingForm.blank
        if form == nil { meetingForm.day = Day(req.now).finnish }
        let canWrite = period.isOpen && user.can(.writeClientData, inUnit: period.$unit.id)
        let places = try await PlaceService.places(meetings.compactMap { $0.$servicePlace.id }, on: req.db)
        let picker =
            canWrite
            ? try await PlaceController.picker(
                req, clientID: period.$client.id,
                filterAction: SiteRoute.period(periodID, .show).href(fragment: "meetings"),
                selected: meetingForm.placeID.flatMap(UUID.init(uuidString:))) : nil
        return MeetingViews.section(
            context, periodID: periodID,
            rows: meetings.compactMap { m in
                m.id.map { id in
                    var row = MeetingViews.Row(
                        id: id, startsAt: m.startsAt, type: m.type, place: m.place, status: m.status)
                    if let placeID = m.$servicePlace.id, let place = places[placeID] {
                        row.visit = (placeID, PlaceViews.visitText(place, context.t))
                    }
                    return row
                }
            },
            canWrite: canWrite, form: meetingForm, series: seriesForm, picker: picker,
            pickerOpen: PlaceController.isFiltering(req), error: error.map { AdminController.fieldError($0, context) })
    }
}
