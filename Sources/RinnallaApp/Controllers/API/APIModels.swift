import Foundation
import RinnallaCore
import Vapor

/// JSON shapes of the API, as described in the OpenAPI document.
enum APIModels {
    struct MembershipDTO: Content {
        let id: UUID?
        let unitID: UUID
        let unitName: String
        let role: String
    }

    struct UserDTO: Content {
        let id: UUID
        let email: String
        let name: String
        let language: String
        let isActive: Bool
        let mustChangePassword: Bool
        let lastLoginAt: Date?
        let memberships: [MembershipDTO]
    }

    struct UnitDTO: Content {
        let id: UUID
        let name: String
        let isActive: Bool
    }

    struct TokenDTO: Content {
        let token: String
        let tokenType: String
        let expiresAt: Date
        let user: UserDTO
    }

    struct ErrorBody: Content {
        struct Detail: Content {
            let code: String
            let message: String
            let field: String?
        }
        let error: Detail
    }
}

extension APIModels.UserDTO {
    init(_ user: User, memberships: [UnitMembership]) throws {
        self.init(
            id: try user.requireID(), email: user.email, name: user.name, language: user.language,
            isActive: user.isActive, mustChangePassword: user.mustChangePassword, lastLoginAt: user.lastLoginAt,
            memberships: memberships.map {
                .init(id: $0.id, unitID: $0.$unit.id, unitName: $0.$unit.value?.name ?? "", role: $0.role)
            })
    }
}
