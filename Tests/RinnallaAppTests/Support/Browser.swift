import Fluent
import Foundation
import SQLKit
import NIOConcurrencyHelpers
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

/// Sends requests like a browser: keeps cookies, and fills in the CSRF token of the
/// logged-in session on form posts unless told not to.
final class Browser: Sendable {
    let app: Application
    private let cookies = NIOLockedValueBox<[String: String]>([:])
    private let headers: NIOLockedValueBox<HTTPHeaders>

    init(_ app: Application, headers: HTTPHeaders = [:]) {
        self.app = app
        self.headers = .init(headers)
    }

    /// Logs in through the real login form.
    static func loggedIn(_ app: Application, email: String, password: String = Fixture.password) async throws -> Browser
    {
        let client = Browser(app)
        let response = try await client.login(email: email, password: password)
        #expect(response.status == .seeOther, "login of \(email) failed: \(response.body.string.prefix(300))")
        return client
    }

    func login(email: String, password: String) async throws -> TestingHTTPResponse {
        _ = try await get("/login")
        return try await post("/login", form: ["email": email, "password": password, "next": "/"])
    }

    var csrfToken: String? {
        get async throws {
            if let secret = cookies.withLockedValue({ $0[SessionAuthMiddleware.cookieName] }),
                let session = try await AuthSession.query(on: app.db)
                    .filter(\.$tokenHash == Secrets.sha256Hex(secret)).first()
            {
                return session.csrfToken
            }
            return cookies.withLockedValue { $0[CSRFMiddleware.loginCookieName] }
        }
    }

    var cookieHeader: String? {
        let header = cookies.withLockedValue { $0.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        return header.isEmpty ? nil : header
    }

    /// A form body with the session's CSRF token, as a browser would send it.
    func encodedForm(_ form: [String: String]) async throws -> String {
        var fields = form
        if let token = try await csrfToken { fields[CSRFMiddleware.fieldName] = token }
        return fields.map { "\(encode($0.key))=\(encode($0.value))" }.joined(separator: "&")
    }

    func setHeader(_ name: String, _ value: String) {
        headers.withLockedValue { $0.replaceOrAdd(name: name, value: value) }
    }

    func get(_ path: String) async throws -> TestingHTTPResponse {
        try await send(.GET, path)
    }

    /// Posts a form; the session's CSRF token is added unless `csrf` is false.
    func post(_ path: String, form: [String: String] = [:], csrf: Bool = true) async throws -> TestingHTTPResponse {
        var fields = form
        if csrf, fields[CSRFMiddleware.fieldName] == nil, let token = try await csrfToken {
            fields[CSRFMiddleware.fieldName] = token
        }
        let body = fields.map { "\(encode($0.key))=\(encode($0.value))" }.joined(separator: "&")
        var extra = HTTPHeaders()
        extra.contentType = .urlEncodedForm
        return try await send(.POST, path, body: body, extra: extra)
    }

    func send(_ method: HTTPMethod, _ path: String, body: String? = nil, extra: HTTPHeaders = [:]) async throws
        -> TestingHTTPResponse
    {
        var all = headers.withLockedValue { $0 }
        for (name, value) in extra { all.replaceOrAdd(name: name, value: value) }
        let cookieHeader = cookies.withLockedValue { $0.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        if !cookieHeader.isEmpty { all.replaceOrAdd(name: .cookie, value: cookieHeader) }
        let response = try await app.testing().sendRequest(
            method, path, headers: all, body: body.map { ByteBuffer(string: $0) })
        for (name, cookie) in response.headers.setCookie?.all ?? [:] {
            cookies.withLockedValue { jar in
                if cookie.string.isEmpty || (cookie.expires.map { $0 < Date(timeIntervalSince1970: 86400) } ?? false) {
                    jar[name] = nil
                } else {
                    jar[name] = cookie.string
                }
            }
        }
        return response
    }

    private func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

/// A JSON API client with a bearer token.
struct APIClient: Sendable {
    let app: Application
    let token: String?

    static func loggedIn(_ app: Application, email: String, password: String = Fixture.password) async throws
        -> APIClient
    {
        let response = try await APIClient(app: app, token: nil)
            .send(.POST, "/api/v1/auth/token", json: ["email": email, "password": password])
        #expect(response.status == .created)
        let token = try response.content.decode(APIModels.TokenDTO.self).token
        return APIClient(app: app, token: token)
    }

    func send(
        _ method: HTTPMethod, _ path: String, json: [String: String]? = nil, raw: String? = nil,
        language: String? = nil
    ) async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        if let token { headers.bearerAuthorization = .init(token: token) }
        if let language { headers.replaceOrAdd(name: .acceptLanguage, value: language) }
        var body: ByteBuffer?
        if let json {
            headers.contentType = .json
            body = ByteBuffer(data: try JSONEncoder().encode(json))
        } else if let raw {
            headers.contentType = .json
            body = ByteBuffer(string: raw)
        }
        return try await app.testing().sendRequest(method, path, headers: headers, body: body)
    }
}

/// Counts the rows of every table, to show that a refused request changed nothing.
func tableSnapshot(_ app: Application) async throws -> [String: Int] {
    var counts: [String: Int] = [:]
    counts["users"] = try await User.query(on: app.db).count()
    counts["units"] = try await OrgUnit.query(on: app.db).count()
    counts["memberships"] = try await UnitMembership.query(on: app.db).count()
    counts["sessions"] = try await AuthSession.query(on: app.db).count()
    counts["audit"] = try await AuditEvent.query(on: app.db).count()
    counts["settings"] = try await Setting.query(on: app.db).count()
    counts["clients"] = try await ClientRecord.query(on: app.db).count()
    counts["periods"] = try await RehabilitationPeriod.query(on: app.db).count()
    counts["decisions"] = try await Decision.query(on: app.db).count()
    counts["meetings"] = try await Meeting.query(on: app.db).count()
    counts["goals"] = try await Goal.query(on: app.db).count()
    counts["goalVersions"] = try await GoalVersion.query(on: app.db).count()
    counts["evaluations"] = try await Evaluation.query(on: app.db).count()
    counts["goalRatings"] = try await GoalRating.query(on: app.db).count()
    counts["periodDocuments"] = try await PeriodDocument.query(on: app.db).count()
    counts["areas"] = try await Area.query(on: app.db).count()
    counts["groups"] = try await ActivityGroup.query(on: app.db).count()
    counts["groupLeaders"] = try await GroupLeader.query(on: app.db).count()
    counts["groupSessions"] = try await GroupSession.query(on: app.db).count()
    counts["groupEnrolments"] = try await GroupEnrolment.query(on: app.db).count()
    counts["groupAttendance"] = try await GroupAttendanceRecord.query(on: app.db).count()
    counts["places"] = try await Place.query(on: app.db).count()
    counts["goalPlaces"] = try await GoalPlace.query(on: app.db).count()
    counts["groupFeedbackLinks"] = try await GroupFeedbackLink.query(on: app.db).count()
    // Answers saved, whether still held or released into the figures (issue 13, item 7).
    counts["groupFeedbackResponses"] =
        try await GroupFeedbackResponse.query(on: app.db).count()
        + (try await heldCount(app, "group_feedback_held_responses"))
    counts["contacts"] = try await Contact.query(on: app.db).count()
    counts["contactNicknames"] = try await ContactNickname.query(on: app.db).count()
    counts["consents"] = try await Consent.query(on: app.db).count()
    return counts
}

/// Rows of a holding table (`AnswerHolding`): answers saved but not yet in any figure.
func heldCount(_ app: Application, _ table: String) async throws -> Int {
    try await (app.db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM \(ident: table)").first()
        .map { try $0.decode(column: "n", as: Int.self) } ?? 0
}

/// The users table as text, to show that nothing in it changed.
func usersDump(_ app: Application) async throws -> String {
    try await User.query(on: app.db).sort(\.$email).all()
        .map { "\($0.email)|\($0.name)|\($0.passwordHash)|\($0.isActive)|\($0.language)|\($0.mustChangePassword)" }
        .joined(separator: "\n")
}
