import Fluent
import RinnallaCore
import Vapor

enum APIAuthController {
    struct TokenRequest: Content {
        let email: String?
        let password: String?
    }

    static func createToken(req: Request) async throws -> Response {
        let body = try req.decodeJSON(TokenRequest.self)
        switch try await LoginService.login(
            email: body.email, password: body.password, kind: .api, gate: req.loginGate, on: req.caller
        ) {
        case .success(let secret, let user):
            let memberships = try await UnitMembership.query(on: req.db).filter(\.$user.$id == user.requireID())
                .with(\.$unit).all()
            let dto = APIModels.TokenDTO(
                token: secret, tokenType: "Bearer",
                expiresAt: req.now.addingTimeInterval(SessionPolicy.apiTokenLifetime),
                user: try .init(user, memberships: memberships))
            return try await dto.encodeResponse(status: .created, for: req)
        case .failed:
            throw AppError(status: .unauthorized, code: "login-failed", key: .loginFailed, field: "email")
        }
    }

    struct PasswordChangeRequest: Content {
        let currentPassword: String?
        let newPassword: String?
    }

    /// The API's way through a forced password change (issue 13, item 3).
    static func changePassword(req: Request) async throws -> HTTPStatus {
        let body = try req.decodeJSON(PasswordChangeRequest.self)
        try await AuthController.changePassword(
            for: try req.requireUser(),
            PasswordChangeForm(
                currentPassword: body.currentPassword, newPassword: body.newPassword,
                confirmPassword: body.newPassword), on: req)
        return .noContent
    }

    static func revokeToken(req: Request) async throws -> HTTPStatus {
        let user = try req.requireUser()
        try await req.db.atomically { db in
            try await SessionStore.end(user.session.id, on: db)
            try await AuditLog.append(.logout, detail: "api", on: req, db: db)
        }
        return .noContent
    }

    static func me(req: Request) async throws -> APIModels.UserDTO {
        let current = try req.requireUser()
        guard let user = try await User.find(current.id, on: req.db) else { throw AppError.unauthorized }
        let memberships = try await UnitMembership.query(on: req.db).filter(\.$user.$id == current.id)
            .with(\.$unit).all()
        return try .init(user, memberships: memberships)
    }
}

extension Request {
    /// Decodes a JSON body; a malformed one is a 400 with a message, not a crash.
    func decodeJSON<T: Decodable>(_ type: T.Type) throws -> T {
        do {
            return try content.decode(T.self)
        } catch let error as AppError {
            // A constrained value refused while decoding (`NonEmptyText`, `DayField`,
            // `DayText`): its 422 names the field, as the service would have.
            throw error
        } catch {
            throw AppError(status: .badRequest, code: "invalid-body", key: .errorInvalidBody)
        }
    }
}
