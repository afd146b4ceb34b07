import Fluent
import RinnallaCore
import SQLKit
import Vapor

/// A group as the page form and the API send it, before it is checked; its coding keys
/// name the fields for the views and the errors (issue 14). The name, unit and language
/// are sent as `groupName`, `groupUnitID` and `groupLanguage`.
struct GroupForm: PageForm, Sendable {
    var name: String?
    var description: String?
    var aim: String?
    var methods: [String] = []
    var leaderIDs: [String] = []
    var leaderNames: String?
    var unitID: String?
    var areaID: String?
    var place: String?
    var weekdays: [String] = []
    var startTime: String?
    var endTime: String?
    var intervalWeeks: String?
    var isOpen: String?
    var capacity: String?
    var language: String?
    var accessibility: String?
    var firstDay: String?
    var lastDay: String?

    enum CodingKeys: String, CodingKey {
        case name = "groupName"
        case description, aim, methods, leaderIDs, leaderNames
        case unitID = "groupUnitID"
        case areaID, place, weekdays, startTime, endTime, intervalWeeks, isOpen, capacity
        case language = "groupLanguage"
        case accessibility, firstDay, lastDay
    }
}

extension GroupForm {
    /// The lists (sent as `methods[]` etc.) may be left out; the texts decode as they are.
    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func text(_ key: CodingKeys) throws -> String? { try c.decodeIfPresent(String.self, forKey: key) }
        func list(_ key: CodingKeys) throws -> [String] { try c.decodeIfPresent([String].self, forKey: key) ?? [] }
        self.init(
            name: try text(.name), description: try text(.description), aim: try text(.aim),
            methods: try list(.methods),
            leaderIDs: try list(.leaderIDs), leaderNames: try text(.leaderNames), unitID: try text(.unitID),
            areaID: try text(.areaID), place: try text(.place), weekdays: try list(.weekdays),
            startTime: try text(.startTime), endTime: try text(.endTime), intervalWeeks: try text(.intervalWeeks),
            isOpen: try text(.isOpen), capacity: try text(.capacity), language: try text(.language),
            accessibility: try text(.accessibility), firstDay: try text(.firstDay), lastDay: try text(.lastDay))
    }
}

/// The group catalogue's groups: validation, access and changes, shared by the pages and
/// the API. Any worker of the organisation reads the catalogue; the owning unit's staff
/// change a group. A group holds no client data, but its changes are audited too.
enum GroupService {
    typealias Input = GroupForm

    struct Valid: Sendable {
        var name: String
        var description: String
        var aim: GroupAim
        var methods: [GroupMethod]
        var leaderIDs: [UUID]
        var leaderNames: String
        var unitID: UUID
        var areaID: UUID
        var place: String
        var schedule: GroupSchedule
        var isOpen: Bool
        var capacity: Int
        var language: GroupLanguage
        var accessibility: String
        var range: DayRange
    }

    static let maximumShortText = 200
    static let maximumLongText = 4000

    static func text(_ value: String?, field: String, required: Bool, max: Int) throws -> String {
        let text = InputRules.trimmed(value) ?? ""
        if required, text.isEmpty {
            throw AppError.invalid(.groupsErrorRequired, field: field, arguments: ["field": field])
        }
        guard text.count <= max else {
            throw AppError.invalid(.groupsErrorTooLong, field: field, arguments: ["field": field, "max": String(max)])
        }
        return text
    }

    static func choice<T: RawRepresentable>(_ value: String?, field: String, as type: T.Type) throws -> T
    where T.RawValue == String {
        guard let text = InputRules.trimmed(value), let result = T(rawValue: text) else {
            throw AppError.invalid(.groupsErrorChoice, field: field, arguments: ["field": field])
        }
        return result
    }

    static func day(_ value: String?, field: String) throws -> Day {
        guard let day = InputRules.trimmed(value).flatMap({ Day(parsing: $0) }) else {
            throw AppError.invalid(.groupsErrorDay, field: field, arguments: ["field": field])
        }
        return day
    }

    static func time(_ value: String?, field: String) throws -> Int {
        guard let minutes = GroupSchedule.minutes(value) else {
            throw AppError.invalid(.groupsErrorTime, field: field, arguments: ["field": field])
        }
        return minutes
    }

    /// Checks the input in the form's order, so the first problem is the one named.
    /// `existing` is the group being changed: its owning unit stays.
    static func validate(_ input: Input, user: CurrentUser, existing: ActivityGroup?, on db: any Database)
        async throws -> Valid
    {
        let unitID: UUID
        if let existing {
            unitID = existing.$unit.id
        } else {
            guard let text = InputRules.trimmed(input.unitID), let id = UUID(uuidString: text),
                user.can(.writeClientData, inUnit: id)
            else { throw AppError.invalid(.groupsErrorUnit, field: GroupForm.name(.unitID)) }
            unitID = id
        }
        let name = try text(input.name, field: GroupForm.name(.name), required: true, max: maximumShortText)
        let description = try text(
            input.description, field: GroupForm.name(.description), required: true, max: maximumLongText)
        let aim = try choice(input.aim, field: GroupForm.name(.aim), as: GroupAim.self)
        var methods: [GroupMethod] = []
        for raw in input.methods {
            methods.append(try choice(raw, field: GroupForm.name(.methods), as: GroupMethod.self))
        }
        var leaderIDs: [UUID] = []
        for raw in Set(input.leaderIDs.compactMap(InputRules.trimmed)) {
            guard let id = UUID(uuidString: raw) else {
                throw AppError.invalid(.groupsErrorLeader, field: GroupForm.name(.leaderIDs))
            }
            leaderIDs.append(id)
        }
        if !leaderIDs.isEmpty {
            let staff = try await staffUserIDs(on: db)
            guard leaderIDs.allSatisfy(staff.contains) else {
                throw AppError.invalid(.groupsErrorLeader, field: GroupForm.name(.leaderIDs))
            }
        }
        let leaderNames = try text(
            input.leaderNames, field: GroupForm.name(.leaderNames), required: false, max: maximumShortText)
        guard let areaText = InputRules.trimmed(input.areaID), let areaID = UUID(uuidString: areaText),
            try await Area.find(areaID, on: db) != nil
        else {
            throw AppError.invalid(
                .groupsErrorChoice, field: GroupForm.name(.areaID), arguments: ["field": GroupForm.name(.areaID)])
        }
        let place = try text(input.place, field: GroupForm.name(.place), required: true, max: maximumShortText)
        var weekdays: [Int] = []
        for raw in input.weekdays {
            guard let weekday = BoundedInput.integer(raw, in: 1...7) else {
                throw AppError.invalid(.groupsErrorWeekdays, field: GroupForm.name(.weekdays))
            }
            weekdays.append(weekday)
        }
        guard !weekdays.isEmpty else { throw AppError.invalid(.groupsErrorWeekdays, field: GroupForm.name(.weekdays)) }
        let start = try time(input.startTime, field: GroupForm.name(.startTime))
        let end = try time(input.endTime, field: GroupForm.name(.endTime))
        guard end > start else { throw AppError.invalid(.groupsErrorEndBeforeStart, field: GroupForm.name(.endTime)) }
        guard let interval = BoundedInput.integer(input.intervalWeeks, in: 1...52),
            GroupSchedule.intervals.contains(interval)
        else {
            throw AppError.invalid(
                .groupsErrorChoice, field: GroupForm.name(.intervalWeeks),
                arguments: ["field": GroupForm.name(.intervalWeeks)])
        }
        let isOpen: Bool
        switch InputRules.trimmed(input.isOpen) {
        case "open", "true": isOpen = true
        case "closed", "false": isOpen = false
        default:
            throw AppError.invalid(
                .groupsErrorChoice, field: GroupForm.name(.isOpen), arguments: ["field": GroupForm.name(.isOpen)])
        }
        guard let capacity = BoundedInput.integer(input.capacity, in: GroupCapacity.range)
        else {
            throw AppError.invalid(
                .groupsErrorCapacity, field: GroupForm.name(.capacity),
                arguments: [
                    "min": String(GroupCapacity.range.lowerBound), "max": String(GroupCapacity.range.upperBound),
                ])
        }
        if let existing, capacity < existing.enrolledCount {
            throw AppError.invalid(
                .groupsErrorCapacityBelowEnrolled, field: GroupForm.name(.capacity),
                arguments: ["count": String(existing.enrolledCount)])
        }
        let language = try choice(input.language, field: GroupForm.name(.language), as: GroupLanguage.self)
        let accessibility = try text(
            input.accessibility, field: GroupForm.name(.accessibility), required: false, max: maximumLongText)
        let first = try day(input.firstDay, field: GroupForm.name(.firstDay))
        let last = try day(input.lastDay, field: GroupForm.name(.lastDay))
        guard last >= first, last.ordinal - first.ordinal < GroupSchedule.maximumDays else {
            throw AppError.invalid(.groupsErrorLastBeforeFirst, field: GroupForm.name(.lastDay))
        }
        return Valid(
            name: name, description: description, aim: aim, methods: methods,
            leaderIDs: leaderIDs.sorted {
                $0.uuidString < $1.uuidString
            }, leaderNames: leaderNames, unitID: unitID, areaID: areaID, place: place,
            schedule: GroupSchedule(weekdays: weekdays, startMinutes: start, endMinutes: end, intervalWeeks: interval),
            isOpen: isOpen, capacity: capacity, language: language, accessibility: accessibility,
            range: DayRange(first, last))
    }

    /// Active users with a client-data role somewhere: the staff who may lead groups.
    static func staffUserIDs(on db: any Database) async throws -> Set<UUID> {
        let roles = Role.allCases.filter { $0.capabilities.contains(.readClientData) }.map(\.rawValue)
        let memberships = try await UnitMembership.query(on: db).filter(\.$role ~~ roles).all(\.$user.$id)
        let active = try await User.query(on: db).filter(\.$id ~~ Array(Set(memberships)))
            .filter(\.$isActive == true).all(\.$id)
        return Set(active)
    }

    static func staff(on db: any Database) async throws -> [(id: UUID, name: String)] {
        let ids = try await staffUserIDs(on: db)
        guard !ids.isEmpty else { return [] }
        return try await User.query(on: db).filter(\.$id ~~ Array(ids)).sort(\.$name).all()
            .compactMap { user in user.id.map { ($0, user.name) } }
    }

    /// A group of the catalogue: every worker of the organisation may read it.
    static func find(_ groupID: UUID, on caller: Caller) async throws -> ActivityGroup {
        let user = try caller.requireUser()
        guard user.can(.readClientData), let group = try await ActivityGroup.find(groupID, on: caller.db) else {
            throw AppError.notFound
        }
        return group
    }

    /// A group the user may change: staff of its owning unit. Others get 404, like any
    /// unit's data.
    static func editable(_ groupID: UUID, on caller: Caller) async throws -> ActivityGroup {
        let user = try caller.requireUser()
        guard let group = try await ActivityGroup.find(groupID, on: caller.db),
            user.can(.writeClientData, inUnit: group.$unit.id)
        else { throw AppError.notFound }
        return group
    }

    static func canEdit(_ group: ActivityGroup, user: CurrentUser) -> Bool {
        user.can(.writeClientData, inUnit: group.$unit.id)
    }

    static func create(_ input: Input, on caller: Caller) async throws -> ActivityGroup {
        let user = try caller.requireUser()
        let valid = try await validate(input, user: user, existing: nil, on: caller.db)
        let names = try await leaderNames(valid.leaderIDs, on: caller.db)
        let today = Day(caller.now)
        return try await caller.db.atomically { db in
            let group = ActivityGroup()
            apply(valid, staffNames: names, to: group)
            group.enrolledCount = 0
            group.$createdBy.id = user.id
            try await group.create(on: db)
            let groupID = try group.requireID()
            try await setLeaders(valid.leaderIDs, groupID: groupID, on: db)
            let made = try await GroupSessionService.generate(group, today: today, on: db)
            try await AuditLog.append(
                .create, unitID: valid.unitID, recordType: "group", recordID: groupID.uuidString,
                detail: "sessions +\(made.added)", on: caller, db: db)
            return group
        }
    }

    static func update(_ groupID: UUID, _ input: Input, on caller: Caller) async throws -> ActivityGroup {
        let group = try await editable(groupID, on: caller)
        let user = try caller.requireUser()
        let valid = try await validate(input, user: user, existing: group, on: caller.db)
        let names = try await leaderNames(valid.leaderIDs, on: caller.db)
        let today = Day(caller.now)
        return try await caller.db.atomically { db in
            // Sessions still to come that follow the group's place and time move with it;
            // ones changed by hand keep their own.
            let old = (place: group.place, start: group.startMinutes, end: group.endMinutes)
            apply(valid, staffNames: names, to: group)
            try await group.update(on: db)
            try await setLeaders(valid.leaderIDs, groupID: groupID, on: db)
            try await GroupSessionService.follow(
                groupID: groupID, from: today, old: old,
                new: (valid.place, valid.schedule.startMinutes, valid.schedule.endMinutes), on: db)
            let made = try await GroupSessionService.generate(group, today: today, on: db)
            try await AuditLog.append(
                .update, unitID: group.$unit.id, recordType: "group", recordID: groupID.uuidString,
                detail: "sessions +\(made.added) -\(made.removed)", on: caller, db: db)
            return group
        }
    }

    private static func apply(_ valid: Valid, staffNames: [String], to group: ActivityGroup) {
        group.$unit.id = valid.unitID
        group.$area.id = valid.areaID
        group.name = valid.name
        group.nameSort = valid.name.lowercased()
        group.about = valid.description
        group.aim = valid.aim.rawValue
        group.methods = GroupMethod.stored(valid.methods)
        group.leaderNames = valid.leaderNames
        group.place = valid.place
        group.weekdays = valid.schedule.storedWeekdays
        group.weekdayMask = valid.schedule.weekdayMask
        group.startMinutes = valid.schedule.startMinutes
        group.endMinutes = valid.schedule.endMinutes
        group.intervalWeeks = valid.schedule.intervalWeeks
        group.isOpen = valid.isOpen
        group.capacity = valid.capacity
        group.language = valid.language.rawValue
        group.accessibility = valid.accessibility
        group.firstDay = valid.range.first.iso
        group.lastDay = valid.range.last.iso
        group.searchText = searchText(
            [valid.name, valid.description, valid.place, valid.leaderNames] + staffNames)
    }

    /// What the catalogue's text search looks in.
    static func searchText(_ parts: [String]) -> String {
        parts.joined(separator: " ").lowercased()
    }

    private static func leaderNames(_ userIDs: [UUID], on db: any Database) async throws -> [String] {
        guard !userIDs.isEmpty else { return [] }
        return try await User.query(on: db).filter(\.$id ~~ userIDs).all(\.$name)
    }

    private static func setLeaders(_ userIDs: [UUID], groupID: UUID, on db: any Database) async throws {
        try await GroupLeader.query(on: db).filter(\.$group.$id == groupID).delete()
        for userID in userIDs { try await GroupLeader(groupID: groupID, userID: userID).create(on: db) }
    }

    /// The staff leaders of groups, by group.
    static func leaders(of groupIDs: [UUID], on db: any Database) async throws -> [UUID: [(id: UUID, name: String)]] {
        guard !groupIDs.isEmpty else { return [:] }
        let rows = try await GroupLeader.query(on: db).filter(\.$group.$id ~~ groupIDs).with(\.$user).all()
        var result: [UUID: [(id: UUID, name: String)]] = [:]
        for row in rows {
            guard let id = row.user.id else { continue }
            result[row.$group.id, default: []].append((id, row.user.name))
        }
        return result.mapValues { $0.sorted { $0.name < $1.name } }
    }

    /// The form's values for an existing group.
    static func input(of group: ActivityGroup, leaderIDs: [UUID]) -> Input {
        Input(
            name: group.name, description: group.about, aim: group.aim,
            methods: GroupMethod.parse(group.methods).map(\.rawValue), leaderIDs: leaderIDs.map(\.uuidString),
            leaderNames: group.leaderNames, unitID: group.$unit.id.uuidString, areaID: group.$area.id.uuidString,
            place: group.place, weekdays: GroupSchedule.parseWeekdays(group.weekdays).map(String.init),
            startTime: GroupSchedule.timeText(group.startMinutes), endTime: GroupSchedule.timeText(group.endMinutes),
            intervalWeeks: String(group.intervalWeeks), isOpen: group.isOpen ? "open" : "closed",
            capacity: String(group.capacity), language: group.language, accessibility: group.accessibility,
            firstDay: Day(iso: group.firstDay)?.finnish ?? group.firstDay,
            lastDay: Day(iso: group.lastDay)?.finnish ?? group.lastDay)
    }
}
