import Fluent
import RinnallaCore
import Vapor

/// A meeting as the page form and the API send it, before it is checked: every field as
/// text, absent when not sent. The one declaration of a meeting's input fields (issue 14).
struct MeetingForm: PageForm, Sendable {
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

    enum CodingKeys: String, CodingKey {
        case day, time, durationMinutes, type, place, status, methods, task, record, placeID
    }

    /// A new meeting's form before the user has typed anything.
    static let blank = MeetingForm(
        time: "10:00", durationMinutes: "60", type: "individual", place: "office", status: "planned")
}

/// "Kalenteroi koko jakso valmiiksi": the series form, whose field names differ from a
/// single meeting's because both forms are on the period page.
struct MeetingSeriesForm: PageForm, Sendable {
    var firstDay: String?
    var lastDay: String?
    var weekday: String?
    var intervalWeeks: String?
    var time: String?
    var type: String?
    var place: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case firstDay = "seriesFirstDay", lastDay = "seriesLastDay", weekday, intervalWeeks, time = "seriesTime"
        case type = "seriesType", place = "seriesPlace"
    }

    /// The defaults before the period's decision fills in the days.
    static let blank = MeetingSeriesForm(
        weekday: "2", intervalWeeks: "2", time: "10:00", type: "individual", place: "office")
}

/// Meetings of a period: one at a time, or the whole decision period planned at once.
enum MeetingService {
    typealias Input = MeetingForm
    typealias SeriesInput = MeetingSeriesForm

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
            throw AppError.invalid(.errorDateInvalid, field: MeetingForm.name(.day))
        }
        guard let time = minutes(input.time) else {
            throw AppError.invalid(.errorTimeInvalid, field: MeetingForm.name(.time))
        }
        guard let duration = BoundedInput.integer(InputRules.trimmed(input.durationMinutes) ?? "60", in: 5...600) else {
            throw AppError.invalid(.errorCountInvalid, field: MeetingForm.name(.durationMinutes))
        }
        let type = InputRules.trimmed(input.type) ?? "individual"
        guard Meeting.types.contains(type) else {
            throw AppError.invalid(.errorChoiceInvalid, field: MeetingForm.name(.type))
        }
        let place = InputRules.trimmed(input.place) ?? "office"
        guard Meeting.places.contains(place) else {
            throw AppError.invalid(.errorChoiceInvalid, field: MeetingForm.name(.place))
        }
        let status = InputRules.trimmed(input.status) ?? "planned"
        guard ActivityAllowance.MeetingStatus(rawValue: status) != nil else {
            throw AppError.invalid(.errorChoiceInvalid, field: MeetingForm.name(.status))
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

    static func create(_ input: Input, periodID: UUID, on caller: Caller) async throws -> Meeting {
        let period = try await PeriodService.writable(periodID, on: caller)
        let valid = try await validate(input, on: caller.db)
        let user = try caller.requireUser()
        return try await caller.db.atomically { db in
            let meeting = Meeting()
            apply(valid, to: meeting)
            meeting.$period.id = periodID
            meeting.$client.id = period.$client.id
            meeting.$unit.id = period.$unit.id
            meeting.$worker.id = user.id
            try await meeting.create(on: db)
            try await AuditLog.append(
                .create, unitID: period.$unit.id, clientID: period.$client.id, recordType: "meeting",
                recordID: meeting.id?.uuidString, on: caller, db: db)
            return meeting
        }
    }

    /// "Kalenteroi koko jakso valmiiksi": planned meetings on a weekday every N weeks.
    static func plan(_ input: SeriesInput, periodID: UUID, on caller: Caller) async throws -> [Meeting] {
        let period = try await PeriodService.writable(periodID, on: caller)
        guard let first = input.firstDay.flatMap({ Day(parsing: $0) }) else {
            throw AppError.invalid(.errorDateInvalid, field: MeetingSeriesForm.name(.firstDay))
        }
        guard let last = input.lastDay.flatMap({ Day(parsing: $0) }), last >= first,
            last.ordinal - first.ordinal <= 366
        else { throw AppError.invalid(.errorDateInvalid, field: MeetingSeriesForm.name(.lastDay)) }
        guard let weekday = BoundedInput.integer(input.weekday, in: 1...7) else {
            throw AppError.invalid(.errorChoiceInvalid, field: MeetingSeriesForm.name(.weekday))
        }
        guard let interval = BoundedInput.integer(input.intervalWeeks, in: 1...4) else {
            throw AppError.invalid(.errorChoiceInvalid, field: MeetingSeriesForm.name(.intervalWeeks))
        }
        guard let time = minutes(input.time) else {
            throw AppError.invalid(.errorTimeInvalid, field: MeetingSeriesForm.name(.time))
        }
        let template = try validate(.init(day: first.iso, time: input.time, type: input.type, place: input.place))
        let days = MeetingSeries.days(in: DayRange(first, last), weekday: weekday, intervalWeeks: interval)
        let user = try caller.requireUser()
        return try await caller.db.atomically { db in
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
                recordID: periodID.uuidString, detail: "\(meetings.count) meetings", on: caller, db: db)
            return meetings
        }
    }

    static func find(_ meetingID: UUID, on caller: Caller) async throws -> Meeting {
        let user = try caller.requireUser()
        guard let meeting = try await Meeting.find(meetingID, on: caller.db),
            user.can(.readClientData, inUnit: meeting.$unit.id)
        else { throw AppError.notFound }
        return meeting
    }

    static func update(_ meetingID: UUID, _ input: Input, on caller: Caller) async throws -> Meeting {
        let meeting = try await find(meetingID, on: caller)
        _ = try await PeriodService.writable(meeting.$period.id, on: caller)
        let valid = try await validate(input, current: meeting.$servicePlace.id, on: caller.db)
        return try await caller.db.atomically { db in
            apply(valid, to: meeting)
            try await meeting.update(on: db)
            try await AuditLog.append(
                .update, unitID: meeting.$unit.id, clientID: meeting.$client.id, recordType: "meeting",
                recordID: meetingID.uuidString, detail: "status=\(valid.status)", on: caller, db: db)
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
