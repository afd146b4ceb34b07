import Fluent
import RinnallaCore
import Vapor

/// A unit's page (its team) and its client-data access trail.
enum UnitController {
    /// Members of the unit and admins may open it; anyone else gets 404, so unit ids of
    /// other teams reveal nothing.
    static func show(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let unit = try await visibleUnit(req, user: user)
        let members = try await query(unitID: unit.requireID(), on: req.db)
        var model = UnitPage.Model(
            unitID: try unit.requireID(), unitName: unit.name, members: members,
            showAuditLink: user.can(.viewUnitAudit, inUnit: try unit.requireID()))
        model.showContactsLink =
            user.can(.readClientData, inUnit: try unit.requireID())
            && members.contains { $0.roles.contains(.outreachWorker) }
        return UnitPage.render(PageContext(req), model).response()
    }

    static func query(unitID: UUID, on db: any Database) async throws -> [(name: String, email: String, roles: [Role])]
    {
        let memberships = try await UnitMembership.query(on: db)
            .filter(\.$unit.$id == unitID)
            .with(\.$user)
            .all()
        var byUser: [UUID: (name: String, email: String, roles: [Role])] = [:]
        for membership in memberships where membership.user.isActive {
            guard let role = Role(rawValue: membership.role) else { continue }
            byUser[membership.$user.id, default: (membership.user.name, membership.user.email, [])].roles.append(role)
        }
        return byUser.values.sorted { $0.name < $1.name }
    }

    /// Team leads see who has read or changed their unit's clients' data.
    static func audit(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let unitID = try req.id(.unitID)
        guard user.can(.viewUnitAudit, inUnit: unitID), let unit = try await OrgUnit.find(unitID, on: req.db) else {
            throw AppError.notFound
        }
        let events = try await req.db.atomically { db in
            try await AuditLog.append(.view, unitID: unitID, recordType: "audit-trail", on: req, db: db)
            return try await AuditEvent.query(on: db)
                .filter(\.$unitID == unitID)
                .filter(\.$clientID != nil)
                .sort(\.$sequence, .descending)
                .limit(500)
                .all()
        }
        let context = PageContext(req)
        return AuditTablePage.render(
            context, title: context.t(.unitAuditTitle, ["unit": unit.name]), intro: context.t(.unitAuditIntro),
            empty: context.t(.unitAuditEmpty), rows: events.map(AuditTablePage.Row.init), showIP: false
        ).response()
    }

    private static func visibleUnit(_ req: Request, user: CurrentUser) async throws -> OrgUnit {
        let unitID = try req.id(.unitID)
        let isMember = user.memberships.contains { $0.unitID == unitID }
        guard isMember || user.can(.manageUsers), let unit = try await OrgUnit.find(unitID, on: req.db) else {
            throw AppError.notFound
        }
        return unit
    }
}

extension AuditTablePage.Row {
    init(_ event: AuditEvent) {
        self.init(
            time: event.occurredAt, actor: event.actorName ?? "–", action: event.action,
            record: [event.recordType, event.recordID.map { String($0.prefix(8)) }].compactMap { $0 }.joined(
                separator: " "),
            ipAddress: event.ipAddress ?? "", detail: event.detail ?? "")
    }
}
