import Fluent
import RinnallaCore
import Vapor

/// The logged-in user with their memberships, loaded once per request.
struct CurrentUser: Sendable {
    let id: UUID
    let name: String
    let email: String
    let language: Language
    let mustChangePassword: Bool
    let memberships: [MembershipInfo]
    let session: SessionInfo
    /// `DataVersions` of shared data and of the user's units, read with the session (so a
    /// cached page of those scopes needs no query of its own); empty when not read.
    var dataVersions: [String: Int] = [:]

    struct MembershipInfo: Sendable {
        let unitID: UUID
        let unitName: String
        let role: Role
    }

    struct SessionInfo: Sendable {
        let id: UUID
        let kind: AuthSession.Kind
        let csrfToken: String
    }

    var policy: AccessPolicy {
        AccessPolicy(memberships: memberships.map { Membership(unitID: $0.unitID.uuidString, role: $0.role) })
    }

    var roles: Set<Role> { Set(memberships.map(\.role)) }

    /// Units, without duplicates, in name order.
    var units: [(id: UUID, name: String)] {
        var seen = Set<UUID>()
        return memberships.compactMap { seen.insert($0.unitID).inserted ? ($0.unitID, $0.unitName) : nil }
            .sorted { $0.name < $1.name }
    }

    func can(_ capability: Capability) -> Bool { policy.has(capability) }

    func can(_ capability: Capability, inUnit unitID: UUID) -> Bool {
        policy.can(capability, inUnit: unitID.uuidString)
    }

    /// Units whose client data this user may read.
    var clientDataUnitIDs: [UUID] {
        policy.units(with: .readClientData).compactMap(UUID.init(uuidString:))
    }
}

private struct CurrentUserKey: StorageKey { typealias Value = CurrentUser }
private struct LanguageKey: StorageKey { typealias Value = Language }

extension Request {
    var currentUser: CurrentUser? {
        get { storage[CurrentUserKey.self] }
        set { storage[CurrentUserKey.self] = newValue }
    }

    /// The logged-in user, or a 401 (the auth middleware turns it into a login redirect on pages).
    func requireUser() throws -> CurrentUser {
        guard let user = currentUser else { throw AppError.unauthorized }
        return user
    }

    var language: Language {
        get { storage[LanguageKey.self] ?? .default }
        set { storage[LanguageKey.self] = newValue }
    }

    func t(_ key: L10nKey, _ arguments: [String: String] = [:]) -> String {
        Localizer.shared.text(key, language, arguments)
    }

    var isAPI: Bool { url.path.hasPrefix(APIRoute.pathPrefix) }

    /// The client address: from `X-Forwarded-For` only when the operator says trusted
    /// proxies are in front, and then the entry the outermost of them appended, never one
    /// the client wrote itself (`ForwardedFor`).
    var clientIP: String? {
        let config = application.rinnallaConfig
        if config.trustProxy,
            let forwarded = ForwardedFor.clientAddress(
                headers[HTTPHeaders.Name("X-Forwarded-For")], trustedHops: config.trustedProxyHops)
        {
            return forwarded
        }
        return remoteAddress?.ipAddress
    }

    var now: Date { application.clock.now() }
}

extension Request {
    /// Where the public reaches this app (for links printed on posters and QR codes): the
    /// configured public URL, else the host this request came to.
    var publicBaseURL: String {
        if let configured = application.rinnallaConfig.publicURL {
            return configured.hasSuffix("/") ? String(configured.dropLast()) : configured
        }
        let host = headers.first(name: .host) ?? "localhost"
        return "\(application.rinnallaConfig.secureCookies ? "https" : "http")://\(host)"
    }
}
