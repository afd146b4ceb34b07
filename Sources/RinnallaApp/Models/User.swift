import Fluent
import Foundation
import RinnallaCore

/// A staff account. Accounts are deactivated, never deleted, so the audit log keeps names.
final class User: Model, @unchecked Sendable {
    static let schema = "users"

    @ID(key: .id) var id: UUID?
    @Field(key: "email") var email: String
    @Field(key: "name") var name: String
    @Field(key: "password_hash") var passwordHash: String
    @Field(key: "language") var language: String
    @Field(key: "is_active") var isActive: Bool
    @Field(key: "must_change_password") var mustChangePassword: Bool
    @Field(key: "failed_logins") var failedLogins: Int
    @OptionalField(key: "locked_until") var lockedUntil: Date?
    @OptionalField(key: "last_login_at") var lastLoginAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @Children(for: \.$user) var memberships: [UnitMembership]

    init() {}

    init(
        id: UUID? = nil, email: String, name: String, passwordHash: String, language: Language = .fi,
        mustChangePassword: Bool = false
    ) {
        self.id = id
        self.email = User.normalise(email: email)
        self.name = name
        self.passwordHash = passwordHash
        self.language = language.rawValue
        self.isActive = true
        self.mustChangePassword = mustChangePassword
        self.failedLogins = 0
    }

    static func normalise(email: String) -> String {
        email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    var preferredLanguage: Language { Language(rawValue: language) ?? .default }
}
