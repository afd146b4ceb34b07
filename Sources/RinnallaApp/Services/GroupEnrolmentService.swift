import Fluent
import RinnallaCore
import SQLKit
import Vapor

/// Enrolling a client into a group, as the group page's form sends it; its coding key
/// names the field for the view and the errors (issue 14).
struct GroupEnrolForm: PageForm, Sendable {
    var clientID: String?

    enum CodingKeys: String, CodingKey {
        case clientID
    }
}

/// Clients' memberships of groups. A worker enrols a client of their own units into any
/// group of the organisation ("Etsikää asiakkaan kanssa yhdessä sopiva ryhmä"); the
/// group's leaders then see the client's name to mark attendance. Every read and change
/// is audited under the client's unit.
enum GroupEnrolmentService {
    /// Enrols a client, within the group's capacity (refused with a message when full).
    static func enrol(groupID: UUID, clientID text: String?, on caller: Caller) async throws -> GroupEnrolment {
        let group = try await GroupService.find(groupID, on: caller)
        let user = try caller.requireUser()
        guard let text = InputRules.trimmed(text), let clientID = UUID(uuidString: text),
            let client = try await ClientRecord.find(clientID, on: caller.db),
            user.can(.writeClientData, inUnit: client.$unit.id)
        else { throw AppError.invalid(.groupsErrorClient, field: GroupEnrolForm.name(.clientID)) }
        let today = Day(caller.now)
        guard group.lastDay >= today.iso else {
            throw AppError.invalid(.groupsErrorEnded, field: GroupEnrolForm.name(.clientID))
        }
        return try await caller.db.atomically { db in
            // The capacity check and the count's update take turns (advisory lock on
            // PostgreSQL, the write lock on SQLite), so two enrolments cannot both take
            // the last place.
            try await db.serializeWrites()
            guard let current = try await ActivityGroup.find(groupID, on: db) else { throw AppError.notFound }
            let existing = try await GroupEnrolment.query(on: db).filter(\.$group.$id == groupID)
                .filter(\.$client.$id == clientID).first()
            if let existing, existing.isActive {
                throw AppError.invalid(
                    .groupsErrorAlreadyMember, field: GroupEnrolForm.name(.clientID), arguments: ["name": client.name])
            }
            guard current.enrolledCount < current.capacity else {
                throw AppError.invalid(
                    .groupsErrorFull, field: GroupEnrolForm.name(.clientID),
                    arguments: ["capacity": String(current.capacity)])
            }
            current.enrolledCount += 1
            try await current.update(on: db)
            let enrolment = existing ?? GroupEnrolment()
            enrolment.$group.id = groupID
            enrolment.$client.id = clientID
            enrolment.$unit.id = client.$unit.id
            enrolment.enrolledOn = today.iso
            enrolment.leftOn = nil
            enrolment.$createdBy.id = user.id
            try await enrolment.save(on: db)
            try await AuditLog.append(
                .create, unitID: client.$unit.id, clientID: clientID, recordType: "group-enrolment",
                recordID: enrolment.id?.uuidString, detail: "group=\(groupID)", on: caller, db: db)
            return enrolment
        }
    }

    /// An enrolment the user may change: the client's unit's or the group's unit's staff.
    static func changeable(_ enrolmentID: UUID, on caller: Caller) async throws -> GroupEnrolment {
        let user = try caller.requireUser()
        guard let enrolment = try await GroupEnrolment.find(enrolmentID, on: caller.db),
            let group = try await ActivityGroup.find(enrolment.$group.id, on: caller.db),
            user.can(.writeClientData, inUnit: enrolment.$unit.id) || user.can(.writeClientData, inUnit: group.$unit.id)
        else { throw AppError.notFound }
        return enrolment
    }

    /// The client leaves the group; their attendance so far stays.
    static func leave(_ enrolmentID: UUID, on caller: Caller) async throws -> GroupEnrolment {
        let enrolment = try await changeable(enrolmentID, on: caller)
        let today = Day(caller.now)
        guard enrolment.isActive else { return enrolment }
        return try await caller.db.atomically { db in
            try await db.serializeWrites()
            enrolment.leftOn = today.iso
            try await enrolment.update(on: db)
            if let group = try await ActivityGroup.find(enrolment.$group.id, on: db) {
                group.enrolledCount = max(0, group.enrolledCount - 1)
                try await group.update(on: db)
            }
            try await AuditLog.append(
                .update, unitID: enrolment.$unit.id, clientID: enrolment.$client.id, recordType: "group-enrolment",
                recordID: enrolmentID.uuidString, detail: "left group=\(enrolment.$group.id)", on: caller, db: db)
            return enrolment
        }
    }

    /// The group's members the user may see: all of them for the owning unit's staff,
    /// otherwise the clients of the user's own units. Audited as a view of each.
    /// `audit` is false when a refused form shows the page again: nothing new is shown
    /// and refused input leaves the database as it was.
    static func members(of group: ActivityGroup, for user: CurrentUser, audit: Bool = true, on caller: Caller)
        async throws -> [GroupPageViews.MemberRow]
    {
        let groupID = try group.requireID()
        let ownsGroup = user.can(.readClientData, inUnit: group.$unit.id)
        var query = GroupEnrolment.query(on: caller.db).filter(\.$group.$id == groupID).filter(\.$leftOn == nil)
        if !ownsGroup {
            let units = user.clientDataUnitIDs
            guard !units.isEmpty else { return [] }
            query = query.filter(\.$unit.$id ~~ units)
        }
        let enrolments = try await query.with(\.$client).all()
        guard !enrolments.isEmpty else { return [] }
        let missed = try await GroupAttendanceService.missedInARow(
            groupID: groupID, enrolments: enrolments, on: caller.db)
        if audit {
            try await AuditLog.append(
                .view,
                rows: enrolments.map { enrolment in
                    .init(
                        unitID: enrolment.$unit.id, clientID: enrolment.$client.id, recordType: "group-members",
                        recordID: groupID.uuidString)
                }, on: caller)
        }
        return enrolments.compactMap { enrolment in
            enrolment.id.map {
                GroupPageViews.MemberRow(
                    enrolmentID: $0, clientID: enrolment.$client.id, name: enrolment.client.name,
                    enrolledOn: Day(iso: enrolment.enrolledOn), missedInARow: missed[enrolment.$client.id] ?? 0,
                    canLeave: user.can(.writeClientData, inUnit: enrolment.$unit.id)
                        || user.can(.writeClientData, inUnit: group.$unit.id))
            }
        }.sorted { $0.name < $1.name }
    }

    /// How many clients the enrolment form lists at most.
    static let optionLimit = 300

    /// Clients the user may enrol into the group: those with an open social
    /// rehabilitation period in the user's units, and the client the user came for
    /// (`?client=`, any client of the user's units). Members already in are left out.
    /// Listing names is a read of client data: one audit row for the list.
    static func enrolOptions(
        for user: CurrentUser, group: ActivityGroup, preselected: UUID?, audit: Bool = true, on caller: Caller
    ) async throws -> [(id: UUID, name: String)] {
        let units = user.clientDataUnitIDs.filter { user.can(.writeClientData, inUnit: $0) }
        guard !units.isEmpty, group.lastDay >= Day(caller.now).iso else { return [] }
        let groupID = try group.requireID()
        var ids = Set(
            try await RehabilitationPeriod.query(on: caller.db).filter(\.$status == "open").filter(
                \.$unit.$id ~~ units
            )
            .limit(optionLimit).all(\.$client.$id))
        if let preselected { ids.insert(preselected) }
        let members = Set(
            try await GroupEnrolment.query(on: caller.db).filter(\.$group.$id == groupID).filter(\.$leftOn == nil)
                .all(\.$client.$id))
        ids.subtract(members)
        guard !ids.isEmpty else { return [] }
        let clients = try await ClientRecord.query(on: caller.db).filter(\.$id ~~ Array(ids))
            .filter(\.$unit.$id ~~ units).field(\.$id).field(\.$name).field(\.$unit.$id).sort(\.$nameSearch).all()
        guard !clients.isEmpty else { return [] }
        if audit {
            try await AuditLog.append(
                .view, recordType: "client-picker", recordID: groupID.uuidString, detail: "clients=\(clients.count)",
                on: caller)
        }
        return clients.compactMap { client in client.id.map { ($0, client.name) } }
    }

    /// A client's groups (active memberships), for the period page.
    static func groups(ofClient clientID: UUID, on db: any Database) async throws -> [(
        enrolment: GroupEnrolment, group: ActivityGroup
    )] {
        try await GroupEnrolment.query(on: db).filter(\.$client.$id == clientID).filter(\.$leftOn == nil)
            .with(\.$group).all().map { ($0, $0.group) }.sorted { $0.group.name < $1.group.name }
    }
}
