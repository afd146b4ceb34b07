import Fluent
import OpenAPIKit
import RinnallaCore
import Vapor

/// The users and units admin resources of the API.
enum APIAdminController {
    /// A new user: everything but the language and the forced password change is required.
    struct NewUserRequest: Content {
        @RequiredText<EmailText> var email: String
        @RequiredText<NameText> var name: String
        @NewPassword var password: String
        @RequiredChoice<Role> var role: String
        @RequiredID<UnitChoice> var unitID: String
        @OneOf<Language> var language: String?
        let mustChangePassword: Bool?
    }

    struct UpdateUserRequest: Content {
        @NonEmptyText<EmailText> var email: String?
        @NonEmptyText<NameText> var name: String?
        @OneOf<Language> var language: String?
    }

    struct RoleRequest: Content {
        @RequiredChoice<Role> var role: String
        @RequiredID<UnitChoice> var unitID: String
    }

    struct NewUnitRequest: Content {
        @RequiredText<NameText> var name: String
    }

    static func listUsers(req: Request) async throws -> [APIModels.UserDTO] {
        let users = try await User.query(on: req.db).sort(\.$name).all()
        let memberships = try await UnitMembership.query(on: req.db).with(\.$unit).all()
        let byUser = Dictionary(grouping: memberships, by: { $0.$user.id })
        return try users.map { try .init($0, memberships: byUser[$0.id!] ?? []) }
    }

    static func getUser(req: Request) async throws -> APIModels.UserDTO {
        try await dto(try req.id(.userID), on: req.db)
    }

    static func createUser(req: Request) async throws -> Response {
        let body = try req.decodeJSON(NewUserRequest.self)
        let user = try await UserAdmin.create(
            .init(
                name: body.name, email: body.email, password: body.password, role: body.role, unitID: body.unitID,
                language: body.language),
            mustChangePassword: body.mustChangePassword ?? true, actor: req.auditActor, app: req.application,
            now: req.now, on: req.db)
        return try await dto(user.requireID(), on: req.db).encodeResponse(status: .created, for: req)
    }

    static func updateUser(req: Request) async throws -> APIModels.UserDTO {
        let id = try req.id(.userID)
        let body = try req.decodeJSON(UpdateUserRequest.self)
        _ = try await UserAdmin.update(
            id, .init(name: body.name, email: body.email, language: body.language), actor: req.auditActor,
            now: req.now, on: req.db)
        return try await dto(id, on: req.db)
    }

    static func addRole(req: Request) async throws -> Response {
        let id = try req.id(.userID)
        let body = try req.decodeJSON(RoleRequest.self)
        _ = try await UserAdmin.addRole(
            id, .init(role: body.role, unitID: body.unitID), actor: req.auditActor, now: req.now, on: req.db)
        return try await dto(id, on: req.db).encodeResponse(status: .created, for: req)
    }

    static func removeRole(req: Request) async throws -> HTTPStatus {
        try await UserAdmin.removeRole(
            try req.id(.userID), membershipID: try req.id(.membershipID), actor: req.auditActor, now: req.now,
            on: req.db)
        return .noContent
    }

    static func deactivate(req: Request) async throws -> APIModels.UserDTO {
        let id = try req.id(.userID)
        try await UserAdmin.setActive(id, active: false, actor: req.auditActor, now: req.now, on: req.db)
        return try await dto(id, on: req.db)
    }

    static func activate(req: Request) async throws -> APIModels.UserDTO {
        let id = try req.id(.userID)
        try await UserAdmin.setActive(id, active: true, actor: req.auditActor, now: req.now, on: req.db)
        return try await dto(id, on: req.db)
    }

    static func listUnits(req: Request) async throws -> [APIModels.UnitDTO] {
        try await OrgUnit.query(on: req.db).sort(\.$name).all().map {
            .init(id: try $0.requireID(), name: $0.name, isActive: $0.isActive)
        }
    }

    static func getUnit(req: Request) async throws -> APIModels.UnitDTO {
        guard let unit = try await OrgUnit.find(try req.id(.unitID), on: req.db) else { throw AppError.notFound }
        return .init(id: try unit.requireID(), name: unit.name, isActive: unit.isActive)
    }

    static func createUnit(req: Request) async throws -> Response {
        let body = try req.decodeJSON(NewUnitRequest.self)
        let unit = try await UserAdmin.createUnit(body.name, actor: req.auditActor, now: req.now, on: req.db)
        return try await APIModels.UnitDTO(id: unit.requireID(), name: unit.name, isActive: unit.isActive)
            .encodeResponse(status: .created, for: req)
    }

    private static func dto(_ id: UUID, on db: any Database) async throws -> APIModels.UserDTO {
        guard let user = try await User.find(id, on: db) else { throw AppError.notFound }
        let memberships = try await UnitMembership.query(on: db).filter(\.$user.$id == id).with(\.$unit).all()
        return try .init(user, memberships: memberships)
    }
}

/// A user's email address: required, at most the length `InputRules.isValidEmail` allows.
enum EmailText: TextRule {
    static var maximumLength: Int { InputRules.maximumEmailLength }
    static var tooLongKey: L10nKey { .errorEmailInvalid }
}

/// A new user's password: required, and within the password policy's lengths (its
/// messages; the byte limit and "not the email" stay the service's to check).
@propertyWrapper
struct NewPassword: RequiredBodyField {
    var wrappedValue: String
    static func check(_ value: String, field: String) throws {
        guard !value.isEmpty else { throw missing(field: field) }
        if value.count < PasswordPolicy.minimumLength { throw AppError.invalid(.errorPasswordTooShort, field: field) }
    }
    static func missing(field: String) -> AppError {
        .invalid(.errorRequired, field: field, arguments: ["field": field])
    }
    static var apiSchema: JSONSchema {
        .string(minLength: PasswordPolicy.minimumLength, maxLength: PasswordPolicy.maximumBytes)
    }
    static var apiSample: Self { .init(wrappedValue: "") }
}
