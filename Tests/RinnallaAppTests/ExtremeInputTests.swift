import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

/// Issue 13, item 1: one request with an extreme month once trapped the whole server.
/// Every route of the table is sent extreme values in each path parameter, and in every
/// query, form and JSON field that reads a number, a day or a month, by a user who may
/// reach every route; each answer must be a deliberate one (never a 5xx) and the server
/// must still answer afterwards.
@Suite("Extreme input")
struct ExtremeInputTests {
    /// In the path: the largest integer, a month past it, a number past every integer type.
    static let pathExtremes = ["9223372036854775807", "9223372036854775807-12", String(repeating: "9", count: 400)]
    /// In the fields, also days and years past their bounds and the smallest integer.
    static let extremes = pathExtremes + ["-9223372036854775808", "31.12.9223372036854775807", "1e308"]

    /// The fields of pages and API that read numbers, days and months (from the code:
    /// `req.query`, `req.field` and the API request types).
    static let numericFields = [
        "month", "from", "to", "day", "firstDay", "lastDay", "birthDate", "opensOn", "closesOn", "consentDay",
        "followUpDay", "givenOn", "interviewDay", "observationDay", "outcomeDay", "seriesFirstDay", "seriesLastDay",
        "selfEvaluationDay", "validFrom", "withdrawnOn", "reachedOn", "startDay", "thkDay", "time", "startTime",
        "endTime", "seriesTime", "durationMinutes", "capacity", "intervalWeeks", "weekday", "weekdays", "weight",
        "baseline", "level", "rating", "rows", "entered", "incomplete", "limit", "page", "minimumCellSize", "walkIns",
        "present", "sum", "sumCents", "amountCents", "individualMeetings", "groupSessions", "year", "number",
        "value", "fewerThan", "seq", "first", "second", "version", "position", "rate", "discount",
    ]

    @Test func item1_extremeValuesInEveryRouteParameterAreRefusedAndTheServerLives() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup: real records, and one user holding every role in unit B
            var values = try await UnitBRecords.make(app, fixture)
            let everyone = User(
                email: "all.b@example.fi", name: "Kaikki Roolit", passwordHash: try app.password.hash(Fixture.password))
            try await everyone.create(on: app.db)
            for role in [Role.socialWorker, .teamLead, .evaluator, .admin] {
                try await UnitMembership(userID: try everyone.requireID(), unitID: fixture.unitB, role: role)
                    .create(on: app.db)
            }
            values["userID"] = fixture.workerB.uuidString
            let browser = try await Browser.loggedIn(app, email: "all.b@example.fi")
            let api = try await APIClient.loggedIn(app, email: "all.b@example.fi")
            // Routes that end the test user's own session are left out.
            let skipped: Set<String> = ["POST /logout", "DELETE /api/v1/auth/token"]
            let routes = app.routes.all.filter { !skipped.contains($0.description) }
            #expect(routes.count > 200)

            func send(_ route: Route, _ path: String, form: [String: String]) async throws -> TestingHTTPResponse {
                if route.path.first == .constant("api") {
                    return try await api.send(route.method, path, json: form)
                }
                return route.method == .GET ? try await browser.get(path) : try await browser.post(path, form: form)
            }

            for route in routes {
                // act and check: each path parameter extreme in turn → a 4xx
                let parameters = route.path.compactMap { component -> String? in
                    if case .parameter(let name) = component { return name }
                    return nil
                }
                for name in parameters {
                    for extreme in Self.pathExtremes {
                        var given = values
                        given[name] = extreme
                        let path =
                            AccessControlTests.path(route, given).addingPercentEncoding(
                                withAllowedCharacters: .urlPathAllowed) ?? "/"
                        let response = try await send(route, path, form: [:])
                        #expect(
                            (400..<500).contains(response.status.code),
                            "\(route.description) with \(name)=\(extreme.prefix(30)) answered \(response.status)")
                    }
                }
                // every numeric field extreme at once, in the query and the body → never a 5xx
                for extreme in Self.extremes {
                    let fields = Dictionary(uniqueKeysWithValues: Self.numericFields.map { ($0, extreme) })
                    var components = URLComponents()
                    components.queryItems = fields.map { URLQueryItem(name: $0.key, value: $0.value) }
                    let path = AccessControlTests.path(route, values) + "?" + (components.percentEncodedQuery ?? "")
                    let response = try await send(route, path, form: fields)
                    #expect(
                        response.status.code < 500,
                        "\(route.description) with fields = \(extreme.prefix(30)) answered \(response.status)")
                }
            }
            // JSON numbers beyond every integer type, in every API body.
            for route in routes where route.path.first == .constant("api") && route.method != .GET {
                let body =
                    "{" + Self.numericFields.map { "\"\($0)\": 99999999999999999999999" }.joined(separator: ",") + "}"
                let response = try await api.send(route.method, AccessControlTests.path(route, values), raw: body)
                #expect(
                    response.status.code < 500,
                    "\(route.description) with huge JSON numbers answered \(response.status)")
            }
            // the server still answers
            #expect(try await browser.get("/healthz").status == .ok)
            #expect(try await browser.get("/").status == .ok)
        }
    }

    @Test func item1_theAllowanceMonthThatStoppedTheServerIsA422() async throws {
        try await withTestApp { (app, fixture) async throws in
            let lead = try await Browser.loggedIn(app, email: "lead.a@example.fi")
            let response = try await lead.get("/units/\(fixture.unitA)/allowances?month=9223372036854775807-12")
            #expect(response.status == .unprocessableEntity)
            #expect(try await lead.get("/units/\(fixture.unitA)/allowances?month=2026-01").status == .ok)
            #expect(try await lead.get("/units/\(fixture.unitA)/allowances").status == .ok)
        }
    }
}
