import Fluent
import RinnallaCore
import Vapor

/// Meetings of a period: one at a time, or the whole decision period planned at once.
enum MeetingService {
    struct Input: Sendable {
        var day: String?
        var time: String?
        var durationMinutes: String?
        var type: String?
        var place: String?
        var status: String?
        var methods: String?
        var task: String?
        var record: String?
        /// A place in the service map: the meeting is a visit there together.
        var placeID: String?
    }

    struct SeriesInput: Sendable {
        var firstDay: String?
        var lastDay: String?
        var weekday: String?
        var intervalWeeks: String?
        var time: String?
        var type: String?
        var place: String?
    }

    struct Valid: Sendable {
        var startsAt: Date
        var day: Day
        var duration: Int
        var type: String
        var place: String
        var status: String
        var methods: String
        var task: String
        var record: String
        var placeID: UUID?
    }

    /// "10:00" or "10.00" → minutes after midnight.
    static func minutes(_ text: String?) -> Int? {
        guard let text = InputRules.trimmed(text) else { return nil }
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "." })
        guard parts.count == 2, let hours = BoundedInput.integer(String(parts[0]), in: 0...23),
            let minutes = BoundedInput.integer(String(parts[1]), in: 0...59)
        else { return nil }
        return hours * 60 + minutes
    }

    static func startDate(_ day: Day, minutes: Int) -> Date {
        day.startDate.addingTimeInterval(Double(minutes) * 60)
    }

    static func validate(_ input: Input) throws -> Valid {
        guard let day = input.day.flatMap({ Day(parsing: $0) }) else {
            throw AppError.invalid(.errorDateInvalid, field: "day")
        }
        guard let time = minutes(input.time) else { throw AppError.invalid(.errorTimeInvalid, field: "time") }
        guard let duration = BoundedInput.integer(InputRules.trimmed(input.durationMinutes) ?? "60", in: 5...600) else {
            throw AppError.invalid(.errorCountInvalid, field: "durationMinutes")
        }
        let type = InputRules.trimmed(input.type) ?? "individual"
        guard Meeting.types.contains(type) else { throw AppError.invalid(.errorChoiceInvalid, field: "type") }
        let place = InputRules.trimmed(input.place) ?? "office"
        guard Meeting.places.contains(place) else { throw AppError.invalid(.errorChoiceInvalid, field: "place") }
        let status = InputRules.trimmed(input.status) ?? "planned"
        guard ActivityAllowance.MeetingStatus(rawValue: status) != nil else {
            throw AppError.invalid(.errorChoiceInvalid, field: "status")
        }
        return Valid(
            startsAt: startDate(day, minutes: time), day: day, duration: duration, type: type, place: place,
            status: status, methods: input.methods ?? "", task: input.task ?? "", record: input.record ?? "")
    }

    /// The form's checks, then the chosen place (which needs the database).
    static func validate(_ input: Input, current: UUID? = nil, on db: any Database) async throws -> Valid {
        var valid = try validate(input)
        if let place = try await PlaceService.choose(input.placeID, current: current, on: db) {
            valid.placeID = try place.requireID()
            // A visit to a place does not happen at the office; "office" is only the form's default.
            if valid.place == "office" { valid.place = "service-visit" }
        }
        return valid
    }

    static func create(_ input: Input, periodID: UUID, on request: Request) async throws -> Meeting {
        let period = try await PeriodService.writable(periodID, on: request)
        let valid = try await validate(input, on: request.db)
        let user = try request.requireUser()
        return try await request.db.atomically { db in
            let meeting = Meeting()
            apply(valid, to: meeting)
            meeting.$period.id = periodID
            meeting.$client.id = period.$client.id
            meeting.$unit.id = period.$unit.id
            meeting.$worker.id = user.id
            try await meeting.create(on: db)
            try await AuditLog.append(
                .create, unitID: period.$unit.id, clientID: period.$client.id, recordType: "meeting",
                recordID: meeting.id?.uuidString, on: request, db: db)
            return meeting
        }
    }

    /// "Kalenteroi koko jakso valmiiksi": planned meetings on a weekday every N weeks.
    static func plan(_ input: SeriesInput, periodID: UUID, on request: Request) async throws -> [Meeting] {
        let period = try await PeriodService.writable(periodID, on: request)
        guard let first = input.firstDay.flatMap({ Day(parsing: $0) }) else {
            throw AppError.invalid(.errorDateInvalid, field: "seriesFirstDay")
        }
        guard let last = input.lastDay.flatMap({ Day(parsing: $0) }), last >= first,
            last.ordinal - first.ordinal <= 366
        else { throw AppError.invalid(.errorDateInvalid, field: "seriesLastDay") }
        guard let weekday = BoundedInput.integer(input.weekday, in: 1...7) else {
            throw AppError.invalid(.errorChoiceInvalid, field: "weekday")
        }
        guard let interval = BoundedInput.integer(input.intervalWeeks, in: 1...4) else {
            throw AppError.invalid(.errorChoiceInvalid, field: "intervalWeeks")
        }
        guard let time = minutes(input.time) else { throw AppError.invalid(.errorTimeInvalid, field: "seriesTime") }
        let template = try validate(.init(day: first.iso, time: input.time, type: input.type, place: input.place))
        let days = MeetingSeries.days(in: DayRange(first, last), weekday: weekday, intervalWeeks: interval)
        let user = try request.requireUser()
        return try await request.db.atomically { db in
            var meetings: [Meeting] = []
            for day in days {
                var valid = template
                valid.day = day
                valid.startsAt = startDate(day, minutes: time)
                let meeting = Meeting()
                apply(valid, to: meeting)
                meeting.$period.id = periodID
                meeting.$client.id = period.$client.id
                meeting.$unit.id = period.$unit.id
                meeting.$worker.id = user.id
                try await meeting.create(on: db)
                meetings.append(meeting)
            }
            try await AuditLog.append(
                .create, unitID: period.$unit.id, clientID: period.$client.id, recordType: "meeting-series",
                recordID: periodID.uuidString, detail: "\(meetings.count) meetings", on: request, db: db)
            return meetings
        }
    }

    static func find(_ meetingID: UUID, on request: Request) async throws -> Meeting {
        let user = try request.requireUser()
        guard let meeting = try await Meeting.find(meetingID, on: request.db),
            user.can(.readClientData, inUnit: meeting.$unit.id)
        else { throw AppError.notFound }
        return meeting
    }

    static func update(_ meetingID: UUID, _ input: Input, on request: Request) async throws -> Meeting {
        let meeting = try await find(meetingID, on: request)
        _ = try await PeriodService.writable(meeting.$period.id, on: request)
        let valid = try await validate(input, current: meeting.$servicePlace.id, on: request.db)
        return try await request.db.atomically { db in
            apply(valid, to: meeting)
            try await meeting.update(on: db)
            try await AuditLog.append(
                .update, unitID: meeting.$unit.id, clientID: meeting.$client.id, recordType: "meeting",
                recordID: meetingID.uuidString, detail: "status=\(valid.status)", on: request, db: db)
            return meeting
        }
    }

    private static func apply(_ valid: Valid, to meeting: Meeting) {
        meeting.startsAt = valid.startsAt
        meeting.day = valid.day.iso
        meeting.durationMinutes = valid.duration
        meeting.type = valid.type
        meeting.place = valid.place
        meeting.status = valid.status
        meeting.methods = valid.methods
        meeting.task = valid.task
        meeting.record = valid.record
        meeting.$servicePlace.id = valid.placeID
    }

    static func meetings(ofPeriod periodID: UUID, on db: any Database) async throws -> [Meeting] {
        try await Meeting.query(on: db).filter(\.$period.$id == periodID).sort(\.$startsAt).all()
    }
}
