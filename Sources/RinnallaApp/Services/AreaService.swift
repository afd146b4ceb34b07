import Fluent
import SQLKit
import RinnallaCore
import Vapor

/// An area's name as the admin pages send it (issue 14: the coding key is the field's name).
struct AreaForm: PageForm, Sendable {
    var name: String?

    enum CodingKeys: String, CodingKey {
        case name
    }
}

/// An area moved one step: `direction` is "up" or "down".
struct AreaMoveForm: PageForm, Sendable {
    var direction: String?

    enum CodingKeys: String, CodingKey {
        case direction
    }

    static let up = "up"
    static let down = "down"
    var isUp: Bool { direction == Self.up }
}

/// The organisation's areas, kept by administrators: added, renamed, put in order, and
/// deleted only while nothing belongs to them. Every change is audited.
enum AreaService {
    static func validName(_ text: String?) throws -> String {
        guard let name = InputRules.trimmed(text) else {
            throw AppError.invalid(
                .errorRequired, field: AreaForm.name(.name), arguments: ["field": AreaForm.name(.name)])
        }
        guard name.count <= InputRules.maximumNameLength else {
            throw AppError.invalid(
                .errorTooLong, field: AreaForm.name(.name), arguments: ["field": AreaForm.name(.name), "max": "200"])
        }
        return name
    }

    static func find(_ areaID: UUID, on db: any Database) async throws -> Area {
        guard let area = try await Area.find(areaID, on: db) else { throw AppError.notFound }
        return area
    }

    /// How many records belong to each area. Places are counted here; groups add theirs
    /// when they land, so an area in use is never deleted.
    static func usage(on db: any Database) async throws -> [UUID: Int] {
        // Places in the service map and groups in the catalogue both belong to an area.
        var counts: [UUID: Int] = [:]
        for table in [Place.schema, ActivityGroup.schema] {
            let rows = try await (db as! any SQLDatabase).select().column("area_id")
                .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(table)
                .where("area_id", .isNot, SQLLiteral.null).groupBy("area_id").all()
            for row in rows {
                counts[try row.decode(column: "area_id", as: UUID.self), default: 0] += try row.decode(
                    column: "n", as: Int.self)
            }
        }
        return counts
    }

    static func create(_ form: AreaForm, on caller: Caller) async throws -> Area {
        let name = try validName(form.name)
        return try await caller.db.atomically { db in
            if try await Area.query(on: db).filter(\.$name == name).first() != nil {
                throw AppError.invalid(.areaErrorNameTaken, field: AreaForm.name(.name))
            }
            let last = try await Area.query(on: db).sort(\.$sortOrder, .descending).first()?.sortOrder ?? -1
            let area = Area(name: name, sortOrder: last + 1)
            try await area.create(on: db)
            try await AuditLog.append(
                .create, recordType: "area", recordID: area.id?.uuidString, detail: name, on: caller, db: db)
            return area
        }
    }

    static func rename(_ areaID: UUID, _ form: AreaForm, on caller: Caller) async throws -> Area {
        let area = try await find(areaID, on: caller.db)
        let name = try validName(form.name)
        return try await caller.db.atomically { db in
            if try await Area.query(on: db).filter(\.$name == name).filter(\.$id != areaID).first() != nil {
                throw AppError.invalid(.areaErrorNameTaken, field: AreaForm.name(.name))
            }
            let old = area.name
            area.name = name
            try await area.update(on: db)
            try await AuditLog.append(
                .update, recordType: "area", recordID: areaID.uuidString, detail: "\(old) → \(name)", on: caller,
                db: db)
            return area
        }
    }

    /// Moves the area one step up or down, renumbering all so the order stays 0…n−1.
    static func move(_ areaID: UUID, up: Bool, on caller: Caller) async throws {
        _ = try await find(areaID, on: caller.db)
        try await caller.db.atomically { db in
            var areas = try await Area.all(on: db)
            guard let index = areas.firstIndex(where: { $0.id == areaID }) else { throw AppError.notFound }
            let target = up ? index - 1 : index + 1
            guard areas.indices.contains(target) else { return }
            areas.swapAt(index, target)
            for (order, area) in areas.enumerated() where area.sortOrder != order {
                area.sortOrder = order
                try await area.update(on: db)
            }
            try await AuditLog.append(
                .update, recordType: "area", recordID: areaID.uuidString, detail: up ? "moved up" : "moved down",
                on: caller, db: db)
        }
    }

    static func delete(_ areaID: UUID, on caller: Caller) async throws {
        let area = try await find(areaID, on: caller.db)
        try await caller.db.atomically { db in
            let used = try await usage(on: db)[areaID] ?? 0
            guard used == 0 else {
                throw AppError.invalid(.areaAdminInUse, field: nil, arguments: ["count": String(used)])
            }
            try await area.delete(on: db)
            try await AuditLog.append(
                .delete, recordType: "area", recordID: areaID.uuidString, detail: area.name, on: caller, db: db)
        }
    }
}
