import Fluent
import RinnallaCore
import Vapor

enum APIMeetingController {
    struct MeetingDTO: Content {
        let id: UUID
        let periodID: UUID
        let day: String
        let time: String
        let durationMinutes: Int
        let type: String
        let place: String
        let status: String
        let methods: String
        let task: String
        let record: String
    }

    struct MeetingRequest: Content {
        let day: String?
        let time: String?
        let durationMinutes: Int?
        let type: String?
        let place: String?
        let status: String?
        let methods: String?
        let task: String?
        let record: String?
    }

    static func dto(_ meeting: Meeting) throws -> MeetingDTO {
        MeetingDTO(
            id: try meeting.requireID(), periodID: meeting.$period.id, day: meeting.day,
            time: MeetingController.timeText(meeting.startsAt), durationMinutes: meeting.durationMinutes,
            type: meeting.type, place: meeting.place, status: meeting.status, methods: meeting.methods,
            task: meeting.task, record: meeting.record)
    }

    static func input(_ body: MeetingRequest, defaults: Meeting? = nil) -> MeetingService.Input {
        MeetingService.Input(
            day: body.day ?? defaults?.day, time: body.time ?? defaults.map { MeetingController.timeText($0.startsAt) },
            durationMinutes: (body.durationMinutes ?? defaults?.durationMinutes).map(String.init),
            type: body.type ?? defaults?.type, place: body.place ?? defaults?.place,
            status: body.status ?? defaults?.status, methods: body.methods ?? defaults?.methods,
            task: body.task ?? defaults?.task, record: body.record ?? defaults?.record)
    }

    static func list(req: Request) async throws -> [MeetingDTO] {
        let period = try await PeriodService.view(try req.id("periodID"), on: req)
        return try await MeetingService.meetings(ofPeriod: try period.requireID(), on: req.db).map(dto)
    }

    static func create(req: Request) async throws -> Response {
        let body = try req.decodeJSON(MeetingRequest.self)
        let meeting = try await MeetingService.create(input(body), periodID: try req.id("periodID"), on: req)
        return try await dto(meeting).encodeResponse(status: .created, for: req)
    }

    /// Changes only the fields sent; the rest stay as they were.
    static func update(req: Request) async throws -> MeetingDTO {
        let meetingID = try req.id("meetingID")
        let existing = try await MeetingService.find(meetingID, on: req)
        let body = try req.decodeJSON(MeetingRequest.self)
        return try dto(try await MeetingService.update(meetingID, input(body, defaults: existing), on: req))
    }
}
