import Fluent
import Plot
import RinnallaCore
import Vapor

enum MeetingController {
    static func input(from req: Request) -> MeetingService.Input {
        .init(
            day: req.field("day"), time: req.field("time"), durationMinutes: req.field("durationMinutes"),
            type: req.field("type"), place: req.field("place"), status: req.field("status"),
            methods: req.field("methods"), task: req.field("task"), record: req.field("record"),
            placeID: req.field("placeID"))
    }

    static func form(from input: MeetingService.Input) -> MeetingViews.Form {
        .init(
            day: input.day ?? "", time: input.time ?? "", durationMinutes: input.durationMinutes ?? "60",
            type: input.type ?? "individual", place: input.place ?? "office", status: input.status ?? "planned",
            methods: input.methods ?? "", task: input.task ?? "", record: input.record ?? "",
            placeID: input.placeID ?? "")
    }

    static func create(req: Request) async throws -> Response {
        let periodID = try req.id("periodID")
        let input = input(from: req)
        do {
            _ = try await MeetingService.create(input, periodID: periodID, on: req)
            return req.redirect(
                to: SiteRoute.period(periodID, .show).href(
                    ["notice": Notice.meetingSaved.rawValue], fragment: "meetings"))
        } catch let error as AppError where error.status == .unprocessableEntity {
            let period = try await PeriodService.find(periodID, for: try req.requireUser(), on: req.db)
            return try await PeriodController.render(
                req, period: period, meetingForm: form(from: input), meetingError: error, status: .unprocessableEntity)
        }
    }

    static func plan(req: Request) async throws -> Response {
        let periodID = try req.id("periodID")
        let series = MeetingService.SeriesInput(
            firstDay: req.field("seriesFirstDay"), lastDay: req.field("seriesLastDay"), weekday: req.field("weekday"),
            intervalWeeks: req.field("intervalWeeks"), time: req.field("seriesTime"), type: req.field("seriesType"),
            place: req.field("seriesPlace"))
        do {
            let meetings = try await MeetingService.plan(series, periodID: periodID, on: req)
            return req.redirect(
                to: SiteRoute.period(periodID, .show).href(
                    ["notice": Notice.meetingsPlanned.rawValue, "count": "\(meetings.count)"], fragment: "meetings"))
        } catch let error as AppError where error.status == .unprocessableEntity {
            let period = try await PeriodService.find(periodID, for: try req.requireUser(), on: req.db)
            let seriesForm = MeetingViews.SeriesForm(
                firstDay: series.firstDay ?? "", lastDay: series.lastDay ?? "", weekday: series.weekday ?? "2",
                intervalWeeks: series.intervalWeeks ?? "2", time: series.time ?? "", type: series.type ?? "individual",
                place: series.place ?? "office")
            return try await PeriodController.render(
                req, period: period, seriesForm: seriesForm, meetingError: error, status: .unprocessableEntity)
        }
    }

    static func show(req: Request) async throws -> Response {
        let meeting = try await MeetingService.find(try req.id("meetingID"), on: req)
        try await AuditLog.append(
            .view, unitID: meeting.$unit.id, clientID: meeting.$client.id, recordType: "meeting",
            recordID: meeting.id?.uuidString, on: req)
        let form = MeetingViews.Form(
            day: Day(meeting.startsAt).finnish, time: timeText(meeting.startsAt),
            durationMinutes: String(meeting.durationMinutes), type: meeting.type, place: meeting.place,
            status: meeting.status, methods: meeting.methods, task: meeting.task, record: meeting.record,
            placeID: meeting.$servicePlace.id?.uuidString ?? "")
        return try await render(req, meeting: meeting, form: form)
    }

    static func update(req: Request) async throws -> Response {
        let meetingID = try req.id("meetingID")
        let input = input(from: req)
        do {
            let meeting = try await MeetingService.update(meetingID, input, on: req)
            return req.redirect(
                to: SiteRoute.period(meeting.$period.id, .show).href(
                    ["notice": Notice.meetingSaved.rawValue], fragment: "meetings"))
        } catch let error as AppError where error.status == .unprocessableEntity {
            let meeting = try await MeetingService.find(meetingID, on: req)
            return try await render(
                req, meeting: meeting, form: form(from: input), error: error, status: .unprocessableEntity)
        }
    }

    private static func render(
        _ req: Request, meeting: Meeting, form: MeetingViews.Form, error: AppError? = nil,
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
                selected: UUID(uuidString: form.placeID)) : nil
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
        _ period: RehabilitationPeriod, context: PageContext, on req: Request, form: MeetingViews.Form? = nil,
        series: MeetingViews.SeriesForm? = nil, error: AppError? = nil
    ) async throws -> Node<HTML.BodyContext> {
        let user = try req.requireUser()
        let periodID = try period.requireID()
        let meetings = try await MeetingService.meetings(ofPeriod: periodID, on: req.db)
        let ranges = try await DecisionService.grantedRanges(periodID, on: req.db).sorted { $0.first < $1.first }
        var seriesForm = series ?? MeetingViews.SeriesForm()
        if series == nil, let current = ranges.last {
            seriesForm.firstDay = max(current.first, Day(req.now)).finnish
            seriesForm.lastDay = current.last.finnish
        }
        var meetingForm = form ?? MeetingViews.Form()
        if form == nil { meetingForm.day = Day(req.now).finnish }
        let canWrite = period.isOpen && user.can(.writeClientData, inUnit: period.$unit.id)
        let places = try await PlaceService.places(meetings.compactMap { $0.$servicePlace.id }, on: req.db)
        let picker =
            canWrite
            ? try await PlaceController.picker(
                req, clientID: period.$client.id,
                filterAction: SiteRoute.period(periodID, .show).href(fragment: "meetings"),
                selected: UUID(uuidString: meetingForm.placeID)) : nil
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
