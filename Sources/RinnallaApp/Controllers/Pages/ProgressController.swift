import Fluent
import Plot
import RinnallaCore
import Vapor

/// The client's own progress page: "Tee pienet askeleet näkyväksi!"
enum ProgressController {
    /// Finnish or Swedish as the client prefers; for other languages the page uses the
    /// worker's language, who goes through it with the client.
    static func clientLanguage(_ client: ClientRecord, fallback: RinnallaCore.Language) -> RinnallaCore.Language {
        switch client.language {
        case "fi": .fi
        case "sv": .sv
        default: fallback
        }
    }

    static func show(req: Request) async throws -> Response {
        let periodID = try req.id(.periodID)
        let period = try await PeriodService.viewPart(periodID, recordType: "progress", on: req.caller)
        let goals = try await GoalService.entries(ofPeriod: periodID, on: req.db)
        let evaluations = try await EvaluationService.entries(ofPeriod: periodID, on: req.db)
        let meetings = try await Meeting.query(on: req.db).filter(\.$period.$id == periodID)
            .filter(\.$status == "realised").sort(\.$day).all()
        // Attended group sessions are meetings the client came to, too.
        let sessions = try await GroupAttendanceRecord.query(on: req.db).filter(\.$period.$id == periodID)
            .filter(\.$status == AttendanceStatus.present.rawValue).all(\.$day)
        let context = PageContext(req, notice: Notice.from(req))
        let language = clientLanguage(period.client, fallback: context.language)
        // Visits together to places in the service map: done ones and those still planned.
        let visitMeetings = try await Meeting.query(on: req.db).filter(\.$period.$id == periodID)
            .filter(\.$servicePlace.$id != nil).filter(\.$status ~~ ["realised", "planned"]).sort(\.$startsAt)
            .with(\.$servicePlace).all()
        let visits = visitMeetings.compactMap { meeting -> ProgressViews.Visit? in
            guard let place = meeting.servicePlace, let day = Day(iso: meeting.day) else { return nil }
            return .init(
                text: PlaceViews.visitText(place) { Localizer.shared.text($0, language, $1) }, day: day,
                planned: meeting.status == "planned")
        }
        let goalPlaces = try await GoalPlaceService.places(ofGoals: goals.compactMap(\.goal.id), on: req.db)
        let model = ProgressViews.Model(
            header: try await GoalController.header(req, period), goals: GoalService.tree(goals),
            evaluations: evaluations,
            meetingDays: (meetings.compactMap { Day(iso: $0.day) } + sessions.compactMap { Day(iso: $0) }).sorted(),
            groupMeetings: meetings.filter { $0.type == "group" }.count + sessions.count,
            language: language, visits: visits, goalPlaces: goalPlaces)
        return ProgressViews.page(context, model).response()
    }
}
