import Fluent
import RinnallaCore
import Vapor

/// Users, units and the login trail, for administrators. Admins never see client data.
enum AdminController {
    // MARK: Users

    static func users(req: Request) async throws -> Response {
        try await renderUsers(req, context: PageContext(req, notice: Notice.from(req)))
    }

    static func renderUsers(
        _ req: Request, context: PageContext, form: AdminUsersPage.NewUserForm = .init(), error: FieldError? = nil,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let rows = try await userRows(on: req.db)
        let units = try await activeUnits(on: req.db)
        return AdminUsersPage.render(context, users: rows, units: units, form: form, error: error).response(status)
    }

    static func userRows(on db: any Database) async throws -> [AdminUsersPage.UserRow] {
        let users = try await User.query(on: db).sort(\.$name).all()
        let memberships = try await UnitMembership.query(on: db).with(\.$unit).all()
        let byUser = Dictionary(grouping: memberships, by: { $0.$user.id })
        return users.compactMap { user in
            guard let id = user.id else { return nil }
            let roles = (byUser[id] ?? []).compactMap { m in Role(rawValue: m.role).map { (m.unit.name, $0) } }
            return .init(
                id: id, name: user.name, email: user.email, isActive: user.isActive,
                lastLogin: user.lastLoginAt, roles: roles)
        }
    }

    static func createUser(req: Request) async throws -> Response {
        let input = UserAdmin.NewUser(from: req)
        let page = try await pageOn422 {
            _ = try await UserAdmin.create(
                input, mustChangePassword: true, actor: req.auditActor, app: req.application, now: req.now, on: req.db)
        } render: { error in
            let context = PageContext(req)
            var form = AdminUsersPage.NewUserForm()
            form.name = input.name ?? ""
            form.email = input.email ?? ""
            form.role = input.role ?? ""
            form.unitID = input.unitID ?? ""
            form.language = input.language ?? "fi"
            return try await renderUsers(
                req, context: context, form: form, error: fieldError(error, context), status: .unprocessableEntity)
        }
        if let page { return page }
        return req.redirect(to: .admin(.users), notice: .userCreated)
    }

    static func user(req: Request) async throws -> Response {
        try await renderUser(req, id: try req.id(.userID), context: PageContext(req, notice: Notice.from(req)))
    }

    static func renderUser(
        _ req: Request, id: UUID, context: PageContext, error: FieldError? = nil, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        guard let user = try await User.find(id, on: req.db) else { throw AppError.notFound }
        let memberships = try await UnitMembership.query(on: req.db).filter(\.$user.$id == id).with(\.$unit).all()
        let model = AdminUserPage.Model(
            id: id, name: user.name, email: user.email, language: user.language, isActive: user.isActive,
            lastLogin: user.lastLoginAt,
            memberships: memberships.compactMap { m in
                Role(rawValue: m.role).flatMap { role in m.id.map { ($0, m.unit.name, role) } }
            },
            units: try await activeUnits(on: req.db))
        return AdminUserPage.render(context, model, error: error).response(status)
    }

    static func updateUser(req: Request) async throws -> Response {
        let id = try req.id(.userID)
        return try await handle(req, userID: id, success: .saved) {
            _ = try await UserAdmin.update(
                id, UserAdmin.Changes(from: req), actor: req.auditActor, now: req.now, on: req.db)
        }
    }

    static func addRole(req: Request) async throws -> Response {
        let id = try req.id(.userID)
        return try await handle(req, userID: id, success: .saved) {
            _ = try await UserAdmin.addRole(
                id, UserAdmin.RoleGrant(from: req), actor: req.auditActor, now: req.now, on: req.db)
        }
    }

    static func removeRole(req: Request) async throws -> Response {
        let id = try req.id(.userID)
        let membershipID = try req.id(.membershipID)
        return try await handle(req, userID: id, success: .saved) {
            try await UserAdmin.removeRole(
                id, membershipID: membershipID, actor: req.auditActor, now: req.now, on: req.db)
        }
    }

    static func setStatus(req: Request) async throws -> Response {
        let id = try req.id(.userID)
        let active = ActivationForm(from: req).activates
        return try await handle(req, userID: id, success: active ? .activated : .deactivated) {
            try await UserAdmin.setActive(id, active: active, actor: req.auditActor, now: req.now, on: req.db)
        }
    }

    static func resetPassword(req: Request) async throws -> Response {
        let id = try req.id(.userID)
        return try await handle(req, userID: id, success: .passwordReset) {
            try await UserAdmin.resetPassword(
                id, password: UserAdmin.PasswordReset(from: req).password, actor: req.auditActor, app: req.application,
                now: req.now,
                on: req.db)
        }
    }

    /// Runs an action on a user; a refused input re-renders the user page with the message.
    private static func handle(
        _ req: Request, userID: UUID, success: Notice, _ action: () async throws -> Void
    ) async throws -> Response {
        // A refused own role is shown on the form, like a field error, so the admin reads why.
        let page = try await pageOn422(alsoFor: ["own-role"], action) { error in
            let context = PageContext(req)
            return try await renderUser(
                req, id: userID, context: context, error: fieldError(error, context), status: error.status)
        }
        if let page { return page }
        return req.redirect(to: .admin(.user(userID)), notice: success)
    }

    // MARK: Units

    static func units(req: Request) async throws -> Response {
        try await renderUnits(req, context: PageContext(req, notice: Notice.from(req)))
    }

    private static func renderUnits(
        _ req: Request, context: PageContext, name: String = "", error: FieldError? = nil,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let units = try await OrgUnit.query(on: req.db).sort(\.$name).all()
        let memberships = try await UnitMembership.query(on: req.db).all()
        let counts = Dictionary(grouping: memberships, by: { $0.$unit.id }).mapValues {
            Set($0.map { $0.$user.id }).count
        }
        let rows = units.compactMap { unit in unit.id.map { ($0, unit.name, counts[$0] ?? 0) } }
        return AdminUnitsPage.render(context, units: rows, name: name, error: error).response(status)
    }

    static func createUnit(req: Request) async throws -> Response {
        let form = UserAdmin.NewUnit(from: req)
        let page = try await pageOn422 {
            _ = try await UserAdmin.createUnit(form.name, actor: req.auditActor, now: req.now, on: req.db)
        } render: { error in
            let context = PageContext(req)
            return try await renderUnits(
                req, context: context, name: form.name ?? "", error: fieldError(error, context),
                status: .unprocessableEntity)
        }
        if let page { return page }
        return req.redirect(to: .admin(.units), notice: .unitCreated)
    }

    // MARK: Logins

    static func logins(req: Request) async throws -> Response {
        let actions = [AuditAction.login, .loginFailed, .logout].map(\.rawValue)
        let events = try await AuditEvent.query(on: req.db)
            .filter(\.$action ~~ actions)
            .sort(\.$sequence, .descending)
            .limit(500)
            .all()
        let context = PageContext(req)
        return AuditTablePage.render(
            context, title: context.t(.adminLoginsTitle), intro: context.t(.adminLoginsIntro),
            empty: context.t(.adminLoginsEmpty), rows: events.map(AuditTablePage.Row.init), showIP: true
        ).response()
    }

    // MARK: Helpers

    static func activeUnits(on db: any Database) async throws -> [(id: UUID, name: String)] {
        try await OrgUnit.query(on: db).filter(\.$isActive == true).sort(\.$name).all()
            .compactMap { unit in unit.id.map { ($0, unit.name) } }
    }

    static func fieldError(_ error: AppError, _ context: PageContext) -> FieldError {
        FieldError(field: error.field, message: context.t(error.key, localisedArguments(error, context)))
    }

    /// `{field}` arguments carry the field's code name; show its name in the user's language.
    static func localisedArguments(_ error: AppError, _ context: PageContext) -> [String: String] {
        var arguments = error.arguments
        if let field = arguments["field"], let key = FieldName.key(for: field) {
            arguments["field"] = context.t(key)
        }
        return arguments
    }
}

/// Maps form field names to their localised labels for messages.
enum FieldName {
    static func key(for field: String) -> L10nKey? {
        switch field {
        case "email": .fieldEmail
        case "name": .fieldName
        case "password": .fieldPassword
        case "currentPassword": .fieldCurrentPassword
        case "newPassword": .fieldNewPassword
        case "confirmPassword": .fieldConfirmPassword
        case "role": .fieldRole
        case "unitID": .fieldUnit
        case "language": .fieldLanguage
        case "identityCode": .fieldIdentityCode
        case "birthDate": .fieldBirthDate
        case "responsibleWorkerID": .clientResponsibleWorker
        case "acknowledgement": .suitabilityAcknowledgement
        case "phase": .periodPhase
        case "firstDay": .fieldFirstDay
        case "lastDay": .fieldLastDay
        case "day", "seriesFirstDay": .meetingsDay
        case "seriesLastDay": .meetingsUntil
        case "time", "seriesTime": .meetingsTime
        case "month": .allowanceMonth
        // Fields of later forms label themselves: `field.<name>` in the catalog.
        default: L10nKey(rawValue: "field.\(field)")
        }
    }
}
