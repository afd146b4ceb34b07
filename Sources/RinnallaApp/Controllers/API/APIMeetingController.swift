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
        /// The service-map place the meeting visits ("Tutustumiskäynti").
        let placeID: UUID?
    }

    struct MeetingRequest: Decodable {
        let day: String?
        let time: String?
        let durationMinutes: Int?
        let type: String?
        let place: String?
        let status: String?
        let methods: String?
        let task: String?
        let record: String?
        /// Absent: unchanged on PATCH; `null` or "": no place.
        let placeID: String?
        let placeIDSent: Bool

        enum CodingKeys: String, CodingKey {
            case day, time, durationMinutes, type, place, status, methods, task, record, placeID
        }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            day = try c.decodeIfPresent(DayField.self, forKey: .day)?.wrappedValue
            time = try c.decodeIfPresent(String.self, forKey: .time)
            durationMinutes = try c.decodeIfPresent(Int.self, forKey: .durationMinutes)
            type = try c.decodeIfPresent(String.self, forKey: .type)
            place = try c.decodeIfPresent(String.self, forKey: .place)
            status = try c.decodeIfPresent(String.self, forKey: .status)
            methods = try c.decodeIfPresent(String.self, forKey: .methods)
            task = try c.decodeIfPresent(String.self, forKey: .task)
            record = try c.decodeIfPresent(String.self, forKey: .record)
            placeID = try c.decodeIfPresent(String.self, forKey: .placeID)
            placeIDSent = c.contains(.placeID)
        }
    }

    static func dto(_ meeting: Meeting) throws -> MeetingDTO {
        MeetingDTO(
            id: try meeting.requireID(), periodID: meeting.$period.id, day: meeting.day,
            time: MeetingController.timeText(meeting.startsAt), durationMinutes: meeting.durationMinutes,
            type: meeting.type, place: meeting.place, status: meeting.status, methods: meeting.methods,
            task: meeting.task, record: meeting.record, placeID: meeting.$servicePlace.id)
    }

    static func input(_ body: MeetingRequest, defaults: Meeting? = nil) -> MeetingService.Input {
        MeetingService.Input(
            day: body.day ?? defaults?.day, time: body.time ?? defaults.map { MeetingController.timeText($0.startsAt) },
            durationMinutes: (body.durationMinutes ?? defaults?.durationMinutes).map(String.init),
            type: body.type ?? defaults?.type, place: body.place ?? defaults?.place,
            status: body.status ?? defaults?.status, methods: body.methods ?? defaults?.methods,
            task: body.task ?? defaults?.task, record: body.record ?? defaults?.record,
            placeID: body.placeIDSent ? body.placeID ?? "" : defaults?.$servicePlace.id?.uuidString)
    }

    static func list(req: Request) async throws -> [MeetingDTO] {
        let period = try await PeriodService.view(try req.id(.periodID), on: req.caller)
        return try await MeetingService.meetings(ofPeriod: try period.requireID(), on: req.db).map(dto)
    }

    static func create(req: Request) async throws -> Response {
        let body = try req.decodeJSON(MeetingRequest.self)
        let meeting = try await MeetingService.create(input(body), periodID: try req.id(.periodID), on: req.caller)
        return try await dto(meeting).encodeResponse(status: .created, for: req)
    }

    /// Changes only the fields sent; the rest stay as they were.
    static func update(req: Request) async throws -> MeetingDTO {
        let meetingID = try req.id(.meetingID)
        let existing = try await MeetingService.find(meetingID, on: req.caller)
        let body = try req.decodeJSON(MeetingRequest.self)
        return try dto(try await MeetingService.update(meetingID, input(body, defaults: existing), on: req.caller))
    }
}
