import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

/// Groups for the route tests: an area, the group form's fields, and posting forms with
/// repeated fields (`weekdays[]`) the way a browser sends checkboxes.
enum GroupHelpers {
    static func area(_ app: Application, name: String = "Itä") async throws -> UUID {
        if let existing = try await Area.query(on: app.db).filter(\.$name == name).first() {
            return try existing.requireID()
        }
        let area = Area(name: name, sortOrder: 0)
        try await area.create(on: app.db)
        return try area.requireID()
    }

    /// A weekly Thursday group 1.1.–26.3.2026 (13 sessions) in `unit`, unless changed.
    static func form(unit: UUID, area: UUID, _ changes: [String: String] = [:]) -> [(String, String)] {
        var fields: [String: String] = [
            "groupUnitID": unit.uuidString, "groupName": "Hyvä päivä -ryhmä",
            "description": "Toiminnallinen matalan kynnyksen avoin ryhmä.", "aim": "social-skills",
            "leaderNames": "Kokemusasiantuntija Kaisa", "areaID": area.uuidString, "place": "Kontulan D-asema",
            "startTime": "10:00", "endTime": "12:00", "intervalWeeks": "1", "isOpen": "open", "capacity": "8",
            "groupLanguage": "fi", "accessibility": "Esteetön sisäänkäynti.", "firstDay": "1.1.2026",
            "lastDay": "26.3.2026",
        ]
        for (key, value) in changes { fields[key] = value }
        var pairs = fields.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        if changes["weekdays[]"] == nil { pairs.append(("weekdays[]", "4")) }
        if changes["methods[]"] == nil {
            pairs.append(("methods[]", "functional"))
            pairs.append(("methods[]", "game-based"))
        }
        return pairs
    }

    /// Posts fields in order (repeated names allowed), with the session's CSRF token.
    static func post(_ browser: Browser, _ path: String, _ pairs: [(String, String)]) async throws
        -> TestingHTTPResponse
    {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        func encode(_ text: String) -> String { text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text }
        var all = pairs
        if let token = try await browser.csrfToken { all.append((CSRFMiddleware.fieldName, token)) }
        var headers = HTTPHeaders()
        headers.contentType = .urlEncodedForm
        return try await browser.send(
            .POST, path, body: all.map { "\(encode($0.0))=\(encode($0.1))" }.joined(separator: "&"), extra: headers)
    }

    /// Adds a group through the form; returns it.
    static func create(
        _ browser: Browser, _ app: Application, unit: UUID, _ changes: [String: String] = [:]
    ) async throws -> ActivityGroup {
        let area = try await area(app)
        let response = try await post(browser, "/groups", form(unit: unit, area: area, changes))
        #expect(response.status == .seeOther, "group: \(response.body.string.prefix(400))")
        let name = changes["groupName"] ?? "Hyvä päivä -ryhmä"
        return try #require(try await ActivityGroup.query(on: app.db).filter(\.$name == name).first())
    }

    /// A client in `unit` with an open period, for group tests.
    static func client(_ app: Application, name: String, unit: UUID, worker: UUID) async throws -> (
        client: UUID, period: UUID
    ) {
        let client = ClientRecord()
        client.$unit.id = unit
        client.name = name
        client.nameSearch = name.lowercased()
        client.birthDate = "1980-01-01"
        client.language = "fi"
        client.$responsibleWorker.id = worker
        try await client.create(on: app.db)
        let period = RehabilitationPeriod()
        period.$client.id = try client.requireID()
        period.$unit.id = unit
        period.status = "open"
        period.phase = PeriodPhase.groupActivity.rawValue
        period.$createdBy.id = worker
        try await period.create(on: app.db)
        return (try client.requireID(), try period.requireID())
    }

    static func sessions(_ app: Application, of group: ActivityGroup) async throws -> [GroupSession] {
        try await GroupSession.query(on: app.db).filter(\.$group.$id == group.requireID()).sort(\.$day).all()
    }

    static func groupCounts(_ app: Application) async throws -> [String: Int] {
        [
            "groups": try await ActivityGroup.query(on: app.db).count(),
            "leaders": try await GroupLeader.query(on: app.db).count(),
            "sessions": try await GroupSession.query(on: app.db).count(),
            "enrolments": try await GroupEnrolment.query(on: app.db).count(),
            "attendance": try await GroupAttendanceRecord.query(on: app.db).count(),
        ]
    }
}
