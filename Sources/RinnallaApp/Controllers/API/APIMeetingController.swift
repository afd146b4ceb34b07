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

    /// A new meeting: its day and time are required; the rest default as on the form.
    struct NewMeetingRequest: Decodable {
        @RequiredDay<PlainDay> var day: String
        @RequiredTime<MeetingTime> var time: String
        let durationMinutes: BoundedInt<MeetingDuration>?
        @OneOf<Listed<MeetingTypes>> var type: String?
        @OneOf<Listed<MeetingPlaces>> var place: String?
        @OneOf<ActivityAllowance.MeetingStatus> var status: String?
        let methods: String?
        let task: String?
        let record: String?
        /// A place of the service map the meeting visits.
        let placeID: String?
    }

    /// A change to a meeting: only the fields sent change.
    struct MeetingChangeRequest: Decodable {
        @DayField var day: String?
        let time: String?
        let durationMinutes: BoundedInt<MeetingDuration>?
        @OneOf<Listed<MeetingTypes>> var type: String?
        @OneOf<Listed<MeetingPlaces>> var place: String?
        @OneOf<ActivityAllowance.MeetingStatus> var status: String?
        let methods: String?
        let task: String?
        let record: String?
        /// Absent: unchanged; `null` or "": no place.
        @Clearable<String> var placeID: String??
    }

    static func dto(_ meeting: Meeting) throws -> MeetingDTO {
        MeetingDTO(
            id: try meeting.requireID(), periodID: meeting.$period.id, day: meeting.day,
            time: MeetingController.timeText(meeting.startsAt), durationMinutes: meeting.durationMinutes,
            type: meeting.type, place: meeting.place, status: meeting.status, methods: meeting.methods,
            task: meeting.task, record: meeting.record, placeID: meeting.$servicePlace.id)
    }

    static func input(_ body: NewMeetingRequest) -> MeetingService.Input {
        MeetingService.Input(
            day: body.day, time: body.time, durationMinutes: body.durationMinutes.map { String($0.value) },
            type: body.type, place: body.place, status: body.status, methods: body.methods, task: body.task,
            record: body.record, placeID: body.placeID)
    }

    static func input(_ body: MeetingChangeRequest, meeting: Meeting) -> MeetingService.Input {
        MeetingService.Input(
            day: body.day ?? meeting.day, time: body.time ?? MeetingController.timeText(meeting.startsAt),
            durationMinutes: String(body.durationMinutes?.value ?? meeting.durationMinutes),
            type: body.type ?? meeting.type, place: body.place ?? meeting.place, status: body.status ?? meeting.status,
            methods: body.methods ?? meeting.methods, task: body.task ?? meeting.task,
            record: body.record ?? meeting.record,
            placeID: body.placeID.map { $0 ?? "" } ?? meeting.$servicePlace.id?.uuidString)
    }

    static func list(req: Request) async throws -> [MeetingDTO] {
        let period = try await PeriodService.view(try req.id(.periodID), on: req.caller)
        return try await MeetingService.meetings(ofPeriod: try period.requireID(), on: req.db).map(dto)
    }

    static func create(req: Request) async throws -> Response {
        try await req.requireVisiblePeriod()
        let body = try req.decodeJSON(NewMeetingRequest.self)
        let meeting = try await MeetingService.create(input(body), periodID: try req.id(.periodID), on: req.caller)
        return try await dto(meeting).encodeResponse(status: .created, for: req)
    }

    /// Changes only the fields sent; the rest stay as they were.
    static func update(req: Request) async throws -> MeetingDTO {
        let meetingID = try req.id(.meetingID)
        let existing = try await MeetingService.find(meetingID, on: req.caller)
        let body = try req.decodeJSON(MeetingChangeRequest.self)
        return try dto(try await MeetingService.update(meetingID, input(body, meeting: existing), on: req.caller))
    }
}

/// A meeting's time: `errorTimeInvalid`.
enum MeetingTime: TimeRule {
    static func refusal(field: String) -> AppError { .invalid(.errorTimeInvalid, field: field) }
}

/// A meeting's length in minutes, 5–600 (`errorCountInvalid`).
enum MeetingDuration: IntegerBounds {
    static var range: ClosedRange<Int> { 5...600 }
    static var refusalKey: L10nKey { .errorCountInvalid }
}

enum MeetingTypes: ChoiceList {
    static var values: [String] { Meeting.types }
}

enum MeetingPlaces: ChoiceList {
    static var values: [String] { Meeting.places }
}
