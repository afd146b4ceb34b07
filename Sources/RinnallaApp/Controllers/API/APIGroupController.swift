import Fluent
import RinnallaCore
import Vapor

/// `/api/v1/groups`, `/api/v1/groups/{id}/sessions` and `/api/v1/sessions/{id}/attendance`:
/// the group catalogue, sessions and attendance with the same rules and messages as the pages.
enum APIGroupController {
    struct LeaderDTO: Content {
        let userID: UUID
        let name: String
    }

    struct GroupDTO: Content {
        let id: UUID
        let name: String
        let description: String
        let aim: String
        let methods: [String]
        let leaders: [LeaderDTO]
        let leaderNames: String
        let unitID: UUID
        let areaID: UUID
        let place: String
        let weekdays: [Int]
        let startTime: String
        let endTime: String
        let intervalWeeks: Int
        let isOpen: Bool
        let capacity: Int
        let enrolled: Int
        let placesLeft: Int
        let language: String
        let accessibility: String
        let firstDay: String
        let lastDay: String
    }

    struct GroupListDTO: Content {
        let groups: [GroupDTO]
        let total: Int
        let page: Int
        let pages: Int
    }

    /// A new group: what its schedule and catalogue entry need is required.
    struct NewGroupRequest: Decodable {
        @RequiredText<GroupNameText> var name: String
        @RequiredText<GroupLongText> var description: String
        @RequiredChoice<GroupAim> var aim: String
        @ListOf<GroupMethod> var methods: [String]?
        let leaderIDs: [String]?
        @BoundedText<GroupShortText> var leaderNames: String?
        @RequiredID<GroupUnit> var unitID: String
        @RequiredID<GroupArea> var areaID: String
        @RequiredText<GroupShortText> var place: String
        let weekdays: [Int]?
        @GroupTime var startTime: String
        @GroupTime var endTime: String
        @RequiredInt<GroupInterval> var intervalWeeks: Int
        @RequiredFlag<GroupIsOpen> var isOpen: Bool
        @RequiredInt<GroupCapacityBounds> var capacity: Int
        @RequiredChoice<GroupLanguage> var language: String
        @BoundedText<GroupLongText> var accessibility: String?
        @RequiredDay<GroupDay> var firstDay: String
        @RequiredDay<GroupDay> var lastDay: String
    }

    /// A change to a group: what is not sent keeps its value.
    struct GroupChangeRequest: Decodable {
        @NonEmptyText<GroupNameText> var name: String?
        @NonEmptyText<GroupLongText> var description: String?
        @OneOf<GroupAim> var aim: String?
        @ListOf<GroupMethod> var methods: [String]?
        let leaderIDs: [String]?
        @BoundedText<GroupShortText> var leaderNames: String?
        let unitID: String?
        let areaID: String?
        @NonEmptyText<GroupShortText> var place: String?
        let weekdays: [Int]?
        let startTime: String?
        let endTime: String?
        let intervalWeeks: BoundedInt<GroupInterval>?
        let isOpen: Bool?
        let capacity: BoundedInt<GroupCapacityBounds>?
        @OneOf<GroupLanguage> var language: String?
        @BoundedText<GroupLongText> var accessibility: String?
        @DayFieldOf<GroupDay> var firstDay: String?
        @DayFieldOf<GroupDay> var lastDay: String?
    }

    struct GroupSessionDTO: Content {
        let id: UUID
        let groupID: UUID
        let day: String
        let startTime: String
        let endTime: String
        let place: String
        let note: String
        let status: String
        let cancelReason: String
        let walkIns: Int
        let attendanceRecorded: Bool
        let fromSchedule: Bool
    }

    struct GroupSessionRequest: Decodable {
        @RequiredDay<GroupDay> var day: String
        @GroupTime var startTime: String
        @GroupTime var endTime: String
        @RequiredText<GroupShortText> var place: String
        @BoundedText<GroupLongText> var note: String?
    }

    struct AttendanceClientDTO: Content {
        let clientID: UUID
        let name: String
        let status: String?
    }

    struct AttendanceDTO: Content {
        let sessionID: UUID
        let day: String
        let walkIns: Int
        let recorded: Bool
        let clients: [AttendanceClientDTO]
    }

    struct AttendanceRequest: Content {
        struct Mark: Content {
            let clientID: String
            let status: String
        }
        let walkIns: Int?
        let attendance: [Mark]?
    }

    static func dto(_ group: ActivityGroup, leaders: [(id: UUID, name: String)]) throws -> GroupDTO {
        GroupDTO(
            id: try group.requireID(), name: group.name, description: group.about, aim: group.aim,
            methods: GroupMethod.parse(group.methods).map(\.rawValue),
            leaders: leaders.map { LeaderDTO(userID: $0.id, name: $0.name) }, leaderNames: group.leaderNames,
            unitID: group.$unit.id, areaID: group.$area.id, place: group.place,
            weekdays: GroupSchedule.parseWeekdays(group.weekdays),
            startTime: GroupSchedule.timeText(group.startMinutes),
            endTime: GroupSchedule.timeText(group.endMinutes), intervalWeeks: group.intervalWeeks, isOpen: group.isOpen,
            capacity: group.capacity, enrolled: group.enrolledCount, placesLeft: group.placesLeft,
            language: group.language, accessibility: group.accessibility, firstDay: group.firstDay,
            lastDay: group.lastDay)
    }

    static func dto(_ session: GroupSession) throws -> GroupSessionDTO {
        GroupSessionDTO(
            id: try session.requireID(), groupID: session.$group.id, day: session.day,
            startTime: GroupSchedule.timeText(session.startMinutes),
            endTime: GroupSchedule.timeText(session.endMinutes),
            place: session.place, note: session.note, status: session.status, cancelReason: session.cancelReason,
            walkIns: session.walkIns, attendanceRecorded: session.attendanceSavedAt != nil,
            fromSchedule: session.scheduleKey != nil)
    }

    static func input(_ body: NewGroupRequest) -> GroupService.Input {
        GroupService.Input(
            name: body.name, description: body.description, aim: body.aim, methods: body.methods ?? [],
            leaderIDs: body.leaderIDs ?? [], leaderNames: body.leaderNames, unitID: body.unitID,
            areaID: body.areaID, place: body.place, weekdays: (body.weekdays ?? []).map(String.init),
            startTime: body.startTime, endTime: body.endTime, intervalWeeks: String(body.intervalWeeks),
            isOpen: body.isOpen ? "open" : "closed", capacity: String(body.capacity),
            language: body.language, accessibility: body.accessibility, firstDay: body.firstDay,
            lastDay: body.lastDay)
    }

    static func input(_ body: GroupChangeRequest, defaults: GroupService.Input) -> GroupService.Input {
        GroupService.Input(
            name: body.name ?? defaults.name, description: body.description ?? defaults.description,
            aim: body.aim ?? defaults.aim, methods: body.methods ?? defaults.methods,
            leaderIDs: body.leaderIDs ?? defaults.leaderIDs, leaderNames: body.leaderNames ?? defaults.leaderNames,
            unitID: body.unitID ?? defaults.unitID, areaID: body.areaID ?? defaults.areaID,
            place: body.place ?? defaults.place,
            weekdays: body.weekdays.map { $0.map(String.init) } ?? defaults.weekdays,
            startTime: body.startTime ?? defaults.startTime, endTime: body.endTime ?? defaults.endTime,
            intervalWeeks: body.intervalWeeks.map { String($0.value) } ?? defaults.intervalWeeks,
            isOpen: body.isOpen.map { $0 ? "open" : "closed" } ?? defaults.isOpen,
            capacity: body.capacity.map { String($0.value) } ?? defaults.capacity,
            language: body.language ?? defaults.language,
            accessibility: body.accessibility ?? defaults.accessibility, firstDay: body.firstDay ?? defaults.firstDay,
            lastDay: body.lastDay ?? defaults.lastDay)
    }

    static func list(req: Request) async throws -> GroupListDTO {
        _ = try req.requireUser()
        let result = try await GroupCatalogue.search(
            GroupCatalogue.Filter(try req.decodeQuery(GroupQuery.self)), today: Day(req.now), on: req.db)
        let groups = try await ActivityGroup.query(on: req.db).filter(\.$id ~~ result.rows.map(\.id)).all()
        let byID = Dictionary(uniqueKeysWithValues: groups.compactMap { group in group.id.map { ($0, group) } })
        let leaders = try await GroupService.leaders(of: result.rows.map(\.id), on: req.db)
        return GroupListDTO(
            groups: try result.rows.compactMap { row in
                try byID[row.id].map { try dto($0, leaders: leaders[row.id] ?? []) }
            }, total: result.total, page: result.page, pages: result.pages)
    }

    static func get(req: Request) async throws -> GroupDTO {
        let group = try await GroupService.find(try req.id(.groupID), on: req.caller)
        let id = try group.requireID()
        return try dto(group, leaders: try await GroupService.leaders(of: [id], on: req.db)[id] ?? [])
    }

    static func create(req: Request) async throws -> Response {
        let body = try req.decodeJSON(NewGroupRequest.self)
        let group = try await GroupService.create(input(body), on: req.caller)
        let id = try group.requireID()
        return try await dto(group, leaders: try await GroupService.leaders(of: [id], on: req.db)[id] ?? [])
            .encodeResponse(status: .created, for: req)
    }

    static func update(req: Request) async throws -> GroupDTO {
        let groupID = try req.id(.groupID)
        let existing = try await GroupService.editable(groupID, on: req.caller)
        let leaders = try await GroupService.leaders(of: [groupID], on: req.db)[groupID] ?? []
        let body = try req.decodeJSON(GroupChangeRequest.self)
        let group = try await GroupService.update(
            groupID, input(body, defaults: GroupService.input(of: existing, leaderIDs: leaders.map(\.id))),
            on: req.caller)
        return try dto(group, leaders: try await GroupService.leaders(of: [groupID], on: req.db)[groupID] ?? [])
    }

    static func sessions(req: Request) async throws -> [GroupSessionDTO] {
        let group = try await GroupService.find(try req.id(.groupID), on: req.caller)
        let from = try req.decodeQuery(GroupSessionQuery.self).from?.day
        return try await GroupSessionService.sessions(ofGroup: try group.requireID(), from: from, on: req.db).map(dto)
    }

    static func addSession(req: Request) async throws -> Response {
        let groupID = try req.id(.groupID)
        _ = try await GroupService.editable(groupID, on: req.caller)
        let body = try req.decodeJSON(GroupSessionRequest.self)
        let session = try await GroupSessionService.add(
            .init(day: body.day, startTime: body.startTime, endTime: body.endTime, place: body.place, note: body.note),
            groupID: groupID, on: req.caller)
        return try await dto(session).encodeResponse(status: .created, for: req)
    }

    static func attendanceDTO(_ session: GroupSession, _ entries: [GroupAttendanceService.Entry]) throws
        -> AttendanceDTO
    {
        AttendanceDTO(
            sessionID: try session.requireID(), day: session.day, walkIns: session.walkIns,
            recorded: session.attendanceSavedAt != nil,
            clients: entries.map {
                AttendanceClientDTO(clientID: $0.clientID, name: $0.name, status: $0.status?.rawValue)
            })
    }

    static func attendance(req: Request) async throws -> AttendanceDTO {
        let (session, entries) = try await GroupAttendanceService.view(try req.id(.sessionID), on: req.caller)
        return try attendanceDTO(session, entries)
    }

    /// Idempotent: the same body twice leaves the same records.
    static func saveAttendance(req: Request) async throws -> AttendanceDTO {
        let sessionID = try req.id(.sessionID)
        let existing = try await GroupSessionService.editable(sessionID, on: req.caller)
        let body = try req.decodeJSON(AttendanceRequest.self)
        var statuses: [UUID: String] = [:]
        for mark in body.attendance ?? [] {
            guard let id = UUID(uuidString: mark.clientID) else {
                throw AppError.invalid(.groupsErrorNotMember, field: "status-\(mark.clientID)")
            }
            statuses[id] = mark.status
        }
        let session = try await GroupAttendanceService.save(
            sessionID, statuses: statuses, walkIns: String(body.walkIns ?? existing.walkIns), on: req.caller)
        return try attendanceDTO(session, try await GroupAttendanceService.roster(of: session, on: req.db))
    }
}

/// A new group's unit: one the user writes to, reported as `groupUnitID`.
enum GroupUnit: IDRule {
    static var refusalKey: L10nKey { .groupsErrorUnit }
    static func refusal(field: String) -> AppError { .invalid(.groupsErrorUnit, field: "groupUnitID") }
}

/// A group's area: required (`groupsErrorChoice`).
enum GroupArea: IDRule {
    static var refusalKey: L10nKey { .groupsErrorChoice }
    static func refusal(field: String) -> AppError {
        .invalid(.groupsErrorChoice, field: field, arguments: ["field": field])
    }
}

/// Weeks between a group's sessions: one of `GroupSchedule.intervals` (1 or 2).
enum GroupInterval: IntegerBounds {
    static var range: ClosedRange<Int> { GroupSchedule.intervals.min()!...GroupSchedule.intervals.max()! }
    static func refusal(field: String?) -> AppError {
        .invalid(.groupsErrorChoice, field: field, arguments: ["field": field ?? ""])
    }
}

/// Whether a group is open to newcomers: required (`groupsErrorChoice`).
enum GroupIsOpen: FlagRule {
    static func refusal(field: String) -> AppError {
        .invalid(.groupsErrorChoice, field: field, arguments: ["field": field])
    }
}

/// A group's capacity, within `GroupCapacity.range`.
enum GroupCapacityBounds: IntegerBounds {
    static var range: ClosedRange<Int> { GroupCapacity.range }
    static var refusalKey: L10nKey { .groupsErrorCapacity }
}
