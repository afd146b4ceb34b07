import Fluent
import RinnallaCore
import Vapor

/// A place chosen for a goal from the picker (issue 14: the coding key names the field).
struct GoalPlaceForm: PageForm, Sendable {
    var placeID: String?

    enum CodingKeys: String, CodingKey {
        case placeID
    }
}

/// Places suggested for a client's goal: attached and detached with the same access
/// rules as the goal itself, audited as changes of client data.
enum GoalPlaceService {
    static func attach(_ goalID: UUID, _ form: GoalPlaceForm, on caller: Caller) async throws -> Goal {
        let goal = try await GoalService.find(goalID, on: caller)
        let period = try await PeriodService.writable(goal.$period.id, on: caller)
        guard let place = try await PlaceService.choose(form.placeID, on: caller.db) else {
            throw AppError.invalid(.errorChoiceInvalid, field: GoalPlaceForm.name(.placeID))
        }
        let placeID = try place.requireID()
        let user = try caller.requireUser()
        let now = caller.now
        return try await caller.db.atomically { db in
            if try await GoalPlace.query(on: db).filter(\.$goal.$id == goalID).filter(\.$place.$id == placeID)
                .first() != nil
            {
                throw AppError.invalid(.goalPlacesAlready, field: GoalPlaceForm.name(.placeID))
            }
            let link = GoalPlace()
            link.$goal.id = goalID
            link.$place.id = placeID
            link.$createdBy.id = user.id
            link.createdAt = now
            try await link.create(on: db)
            try await AuditLog.append(
                .create, unitID: period.$unit.id, clientID: period.$client.id, recordType: "goal-place",
                recordID: goalID.uuidString, detail: "place=\(placeID)", on: caller, db: db)
            return goal
        }
    }

    static func detach(_ goalID: UUID, placeID: UUID, on caller: Caller) async throws -> Goal {
        let goal = try await GoalService.find(goalID, on: caller)
        let period = try await PeriodService.writable(goal.$period.id, on: caller)
        return try await caller.db.atomically { db in
            guard
                let link = try await GoalPlace.query(on: db).filter(\.$goal.$id == goalID)
                    .filter(\.$place.$id == placeID).first()
            else { throw AppError.notFound }
            try await link.delete(on: db)
            try await AuditLog.append(
                .delete, unitID: period.$unit.id, clientID: period.$client.id, recordType: "goal-place",
                recordID: goalID.uuidString, detail: "place=\(placeID)", on: caller, db: db)
            return goal
        }
    }

    /// The suggested places of each goal, in the order they were suggested (by name
    /// when suggested at the same moment).
    static func places(ofGoals goalIDs: [UUID], on db: any Database) async throws -> [UUID: [Place]] {
        guard !goalIDs.isEmpty else { return [:] }
        let links = try await GoalPlace.query(on: db).filter(\.$goal.$id ~~ goalIDs)
            .with(\.$place) { $0.with(\.$area) }.all()
            .sorted { a, b in
                let (dayA, dayB) = (a.createdAt ?? .distantPast, b.createdAt ?? .distantPast)
                return dayA != dayB ? dayA < dayB : a.place.name < b.place.name
            }
        return Dictionary(grouping: links, by: { $0.$goal.id }).mapValues { $0.map(\.place) }
    }
}
