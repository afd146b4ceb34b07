import Fluent
import RinnallaCore
import Vapor

/// Account and unit administration, shared by the admin pages, the API and the CLI.
/// Each action is one transaction with its audit row.
enum UserAdmin {
    /// A new account as the admin page and the API send it; its coding keys name the fields
    /// for the views and the errors (issue 14).
    struct NewUser: PageForm, Sendable {
        var name: String?
        var email: String?
        var password: String?
        var role: String?
        var unitID: String?
        var language: String?

        enum CodingKeys: String, CodingKey {
            case name, email, password, role, unitID, language
        }
    }

    struct Validated: Sendable {
        let name: String
        let email: String
        let password: String
        let role: Role
        let unitID: UUID
        let language: Language
    }

    static func validate(_ input: NewUser, on db: any Database) async throws -> Validated {
        let name = try requiredName(input.name)
        let email = try validEmail(input.email)
        guard let password = input.password, !password.isEmpty else {
            throw AppError.invalid(
                .errorRequired, field: NewUser.name(.password), arguments: ["field": NewUser.name(.password)])
        }
        if let problem = PasswordPolicy.problem(with: password, email: email) {
            throw AppError.invalid(problem.key, field: NewUser.name(.password))
        }
        guard let role = input.role.flatMap(Role.init(identifier:)) else {
            throw AppError.invalid(.errorRoleInvalid, field: NewUser.name(.role))
        }
        let unitID = try await existingUnit(input.unitID, on: db)
        let language = try parseLanguage(input.language)
        return Validated(name: name, email: email, password: password, role: role, unitID: unitID, language: language)
    }

    static func create(
        _ input: NewUser, mustChangePassword: Bool, actor: AuditActor, app: Application, now: Date, on db: any Database
    ) async throws -> User {
        let valid = try await validate(input, on: db)
        let hash = try await Passwords.hash(valid.password, on: app)
        return try await db.atomically { db in
            if try await User.query(on: db).filter(\.$email == valid.email).first() != nil {
                throw AppError.invalid(.errorEmailTaken, field: NewUser.name(.email))
            }
            let user = User(
                email: valid.email, name: valid.name, passwordHash: hash, language: valid.language,
                mustChangePassword: mustChangePassword)
            try await user.create(on: db)
            try await UnitMembership(userID: user.requireID(), unitID: valid.unitID, role: valid.role).create(on: db)
            try await AuditLog.append(
                .create, actor: actor, unitID: valid.unitID, recordType: "user", recordID: user.id?.uuidString,
                detail: "role=\(valid.role.rawValue)", now: now, on: db)
            return user
        }
    }

    /// An account's own details, as the user page's edit form sends them.
    struct Changes: PageForm, Sendable {
        var name: String?
        var email: String?
        var language: String?

        enum CodingKeys: String, CodingKey {
            case name, email, language
        }
    }

    /// A role given in a unit.
    struct RoleGrant: PageForm, Sendable {
        var role: String?
        var unitID: String?

        enum CodingKeys: String, CodingKey {
            case role, unitID
        }
    }

    /// A new unit.
    struct NewUnit: PageForm, Sendable {
        var name: String?

        enum CodingKeys: String, CodingKey {
            case name
        }
    }

    /// A new initial password.
    struct PasswordReset: PageForm, Sendable {
        var password: String?

        enum CodingKeys: String, CodingKey {
            case password
        }
    }

    static func update(
        _ userID: UUID, _ changes: Changes, actor: AuditActor, now: Date, on db: any Database
    ) async throws -> User {
        let name = try changes.name.map { try requiredName($0) }
        let email = try changes.email.map { try validEmail($0) }
        let language = try changes.language.map { try parseLanguage($0) }
        return try await db.atomically { db in
            guard let user = try await User.find(userID, on: db) else { throw AppError.notFound }
            if let email, email != user.email,
                try await User.query(on: db).filter(\.$email == email).first() != nil
            {
                throw AppError.invalid(.errorEmailTaken, field: NewUser.name(.email))
            }
            var changed: [String] = []
            if let name, name != user.name { user.name = name; changed.append("name") }
            if let email, email != user.email { user.email = email; changed.append("email") }
            if let language, language.rawValue != user.language {
                user.language = language.rawValue; changed.append("language")
            }
            guard !changed.isEmpty else { return user }
            try await user.update(on: db)
            try await AuditLog.append(
                .update, actor: actor, recordType: "user", recordID: userID.uuidString,
                detail: changed.joined(separator: ","), now: now, on: db)
            return user
        }
    }

    static func addRole(
        _ userID: UUID, _ grant: RoleGrant, actor: AuditActor, now: Date, on db: any Database
    ) async throws -> UnitMembership {
        guard let role = grant.role.flatMap(Role.init(identifier:)) else {
            throw AppError.invalid(.errorRoleInvalid, field: RoleGrant.name(.role))
        }
        let unitID = try await existingUnit(grant.unitID, on: db)
        // An administrator cannot open client data or aggregates to themselves: another
        // administrator (or the operator, with the command line) must do it (issue 13, item 14).
        if actor.userID == userID, !role.mayBeGivenToOneself {
            try await AuditLog.append(
                .permissionDenied, actor: actor, unitID: unitID, recordType: "user", recordID: userID.uuidString,
                detail: "own-role=\(role.rawValue)", now: now, on: db)
            throw AppError(
                status: .forbidden, code: "own-role", key: .adminErrorOwnClientRole, field: RoleGrant.name(.role))
        }
        return try await db.atomically { db in
            guard try await User.find(userID, on: db) != nil else { throw AppError.notFound }
            if let existing = try await UnitMembership.query(on: db)
                .filter(\.$user.$id == userID).filter(\.$unit.$id == unitID).filter(\.$role == role.rawValue).first()
            {
                return existing
            }
            let membership = UnitMembership(userID: userID, unitID: unitID, role: role)
            try await membership.create(on: db)
            try await AuditLog.append(
                .update, actor: actor, unitID: unitID, recordType: "user", recordID: userID.uuidString,
                detail: "role-added=\(role.rawValue)", now: now, on: db)
            return membership
        }
    }

    static func removeRole(
        _ userID: UUID, membershipID: UUID, actor: AuditActor, now: Date, on db: any Database
    ) async throws {
        try await db.atomically { db in
            guard
                let membership = try await UnitMembership.query(on: db)
                    .filter(\.$id == membershipID).filter(\.$user.$id == userID).first()
            else { throw AppError.notFound }
            if membership.role == Role.admin.rawValue {
                try await ensureAnotherAdmin(besides: userID, on: db)
            }
            try await membership.delete(on: db)
            try await AuditLog.append(
                .update, actor: actor, unitID: membership.$unit.id, recordType: "user", recordID: userID.uuidString,
                detail: "role-removed=\(membership.role)", now: now, on: db)
        }
    }

    /// Deactivates or reactivates an account. Deactivation ends its sessions and tokens.
    static func setActive(
        _ userID: UUID, active: Bool, actor: AuditActor, now: Date, on db: any Database
    ) async throws {
        try await db.atomically { db in
            guard let user = try await User.find(userID, on: db) else { throw AppError.notFound }
            guard user.isActive != active else { return }
            if !active {
                if actor.userID == userID { throw AppError.invalid(.errorSelfDeactivate, field: nil) }
                try await ensureAnotherAdmin(besides: userID, on: db)
                try await SessionStore.endAll(userID: userID, on: db)
            }
            user.isActive = active
            try await user.update(on: db)
            try await AuditLog.append(
                .update, actor: actor, recordType: "user", recordID: userID.uuidString,
                detail: active ? "activated" : "deactivated", now: now, on: db)
        }
    }

    /// Sets a new initial password that the user must change at the next login.
    static func resetPassword(
        _ userID: UUID, password: String?, actor: AuditActor, app: Application, now: Date, on db: any Database
    ) async throws {
        guard let password, !password.isEmpty else {
            throw AppError.invalid(
                .errorRequired, field: NewUser.name(.password), arguments: ["field": NewUser.name(.password)])
        }
        guard let user = try await User.find(userID, on: db) else { throw AppError.notFound }
        if let problem = PasswordPolicy.problem(with: password, email: user.email) {
            throw AppError.invalid(problem.key, field: NewUser.name(.password))
        }
        let hash = try await Passwords.hash(password, on: app)
        try await db.atomically { db in
            guard let user = try await User.find(userID, on: db) else { throw AppError.notFound }
            user.passwordHash = hash
            user.mustChangePassword = true
            user.failedLogins = 0
            user.lockedUntil = nil
            try await user.update(on: db)
            try await SessionStore.endAll(userID: userID, on: db)
            // The calendar address was a credential of the old password's holder too.
            try await CalendarFeedService.revokeAll(userID: userID, on: db)
            try await AuditLog.append(
                .update, actor: actor, recordType: "user", recordID: userID.uuidString, detail: "password-reset",
                now: now, on: db)
        }
    }

    static func createUnit(_ nameText: String?, actor: AuditActor, now: Date, on db: any Database) async throws
        -> OrgUnit
    {
        guard let name = InputRules.trimmed(nameText) else {
            throw AppError.invalid(
                .errorRequired, field: NewUnit.name(.name), arguments: ["field": NewUnit.name(.name)])
        }
        guard name.count <= InputRules.maximumNameLength else {
            throw AppError.invalid(
                .errorTooLong, field: NewUnit.name(.name), arguments: ["field": NewUnit.name(.name), "max": "200"])
        }
        return try await db.atomically { db in
            if try await OrgUnit.query(on: db).filter(\.$name == name).first() != nil {
                throw AppError.invalid(.errorUnitNameTaken, field: NewUnit.name(.name))
            }
            let unit = OrgUnit(name: name)
            try await unit.create(on: db)
            try await AuditLog.append(
                .create, actor: actor, unitID: unit.id, recordType: "unit", recordID: unit.id?.uuidString,
                now: now, on: db)
            return unit
        }
    }

    // MARK: - Rules

    private static func requiredName(_ text: String?) throws -> String {
        guard let name = InputRules.trimmed(text) else {
            throw AppError.invalid(
                .errorRequired, field: NewUser.name(.name), arguments: ["field": NewUser.name(.name)])
        }
        guard name.count <= InputRules.maximumNameLength else {
            throw AppError.invalid(
                .errorTooLong, field: NewUser.name(.name), arguments: ["field": NewUser.name(.name), "max": "200"])
        }
        return name
    }

    private static func validEmail(_ text: String?) throws -> String {
        guard let raw = InputRules.trimmed(text) else {
            throw AppError.invalid(
                .errorRequired, field: NewUser.name(.email), arguments: ["field": NewUser.name(.email)])
        }
        let email = User.normalise(email: raw)
        guard InputRules.isValidEmail(email) else {
            throw AppError.invalid(.errorEmailInvalid, field: NewUser.name(.email))
        }
        return email
    }

    private static func parseLanguage(_ text: String?) throws -> Language {
        guard let text = InputRules.trimmed(text) else { return .default }
        guard let language = Language(rawValue: text) else {
            throw AppError.invalid(.errorLanguageInvalid, field: NewUser.name(.language))
        }
        return language
    }

    private static func existingUnit(_ text: String?, on db: any Database) async throws -> UUID {
        guard let text = InputRules.trimmed(text), let id = UUID(uuidString: text),
            let unit = try await OrgUnit.find(id, on: db), unit.isActive
        else { throw AppError.invalid(.errorUnitInvalid, field: NewUser.name(.unitID)) }
        return id
    }

    /// Refuses to leave the organisation without an active administrator.
    private static func ensureAnotherAdmin(besides userID: UUID, on db: any Database) async throws {
        let admins = try await UnitMembership.query(on: db)
            .filter(\.$role == Role.admin.rawValue)
            .join(User.self, on: \UnitMembership.$user.$id == \User.$id)
            .filter(User.self, \.$isActive == true)
            .all()
        let isAdmin = admins.contains { $0.$user.id == userID }
        let others = Set(admins.map { $0.$user.id }).subtracting([userID])
        if isAdmin, others.isEmpty { throw AppError.invalid(.errorLastAdmin, field: nil) }
    }
}
