import Fluent
import Foundation
import RinnallaCore
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

/// Every registered route is checked: without a session it is refused, and a worker of
/// another unit cannot reach a unit's data.
@Suite("Access control")
struct AccessControlTests {
    /// Fills path parameters from a map; unknown parameters get a fresh UUID.
    static func path(_ route: Route, _ values: [String: String] = [:]) -> String {
        "/"
            + route.path.map { component -> String in
                switch component {
                case .constant(let value): value
                case .parameter(let name): values[name] ?? UUID().uuidString
                case .anything, .catchall: "x"
                }
            }.joined(separator: "/")
    }

    @Test func everyRouteDeclaresWhoMayReachIt() async throws {
        try await withTestApp { (app, _) async throws in
            let untagged = app.routes.all.filter { $0.access == nil }.map(\.description)
            #expect(untagged.isEmpty, "routes without an access tag: \(untagged)")
        }
    }

    @Test func everyNonPublicRouteRejectsRequestsWithoutASession() async throws {
        try await withTestApp { (app, _) async throws in
            // setup
            let before = try await tableSnapshot(app)
            let protected = app.routes.all.filter { $0.access != .public }
            #expect(protected.count >= 25)
            for route in protected {
                // act
                let response = try await Browser(app).send(route.method, Self.path(route), body: "{}")
                // check
                if route.path.first == .constant("api") {
                    #expect(response.status == .unauthorized, "\(route.description) answered \(response.status)")
                    #expect(response.body.string.contains("\"error\""))
                } else {
                    #expect(response.status == .seeOther, "\(route.description) answered \(response.status)")
                    #expect(response.headers.first(name: .location)?.hasPrefix("/login") == true)
                }
            }
            #expect(try await tableSnapshot(app) == before)
        }
    }

    @Test func publicRoutesAreOnlyTheExpectedOnes() async throws {
        try await withTestApp { (app, _) async throws in
            let publicRoutes = Set(app.routes.all.filter { $0.access == .public }.map(\.description))
            #expect(
                publicRoutes == [
                    "GET /healthz", "GET /readyz", "GET /api/openapi.json", "GET /login", "POST /login",
                    "POST /api/v1/auth/token", "GET /calendar/:feed", "GET /f/:token", "POST /f/:token",
                    // The anonymous inclusion survey and its JSON twin (issue 6).
                    "GET /o/:token", "POST /o/:token", "GET /o/:token/thanks",
                    "POST /api/v1/public/rounds/:token/responses",
                    // The organisation's own client feedback (issue 17).
                    "GET /p/:token", "POST /p/:token",
                ])
        }
    }

    @Test func aWorkerOfUnitAGets404ForEveryUnitDataRouteOfUnitB() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup
            // Unit B's records of every kind, so each route is tried on a real record.
            let values = try await UnitBRecords.make(app, fixture)
            let client = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let unitRoutes = app.routes.all.filter { $0.access == .unitData }
            #expect(!unitRoutes.isEmpty)
            for route in unitRoutes where route.path.first != .constant("api") {
                // act
                let response =
                    route.method == .GET
                    ? try await client.get(Self.path(route, values))
                    : try await client.post(Self.path(route, values))
                // check
                #expect(response.status == .notFound, "\(route.description) answered \(response.status)")
                #expect(!response.body.string.contains("Itä aikuissosiaalityö"))
                #expect(!response.body.string.contains("Bea Asiakas"))
                #expect(!response.body.string.contains("Kettu"))
            }
            // The same routes answer for the worker's own unit.
            let own = try await client.get("/units/\(fixture.unitA)")
            #expect(own.status == .ok)
            #expect(try await client.get("/clients/\(fixture.clientA)").status == .ok)
            // and the API's client routes refuse the other unit too
            let api = try await APIClient.loggedIn(app, email: "worker.a@example.fi")
            for route in unitRoutes where route.path.first == .constant("api") {
                let response = try await api.send(route.method, Self.path(route, values), json: [:])
                #expect(response.status == .notFound, "\(route.description) answered \(response.status)")
            }
        }
    }

    /// The path parameters that name a client's own records: a route with only these
    /// follows the client when the client moves to another unit (issue 13, item 2).
    /// Groups, sessions, enrolments (the group's staff keep them), units and inclusion
    /// evaluations belong to their unit and stay.
    static let clientRecordParameters: Set<String> = [
        "clientID", "periodID", "decisionID", "meetingID", "goalID", "kind", "placeID", "contactID", "consentID",
        "nicknameID", "referralID", "selfAssessmentID", "assessmentID",
    ]

    static func followsTheClient(_ route: Route) -> Bool {
        let names = route.path.compactMap { component -> String? in
            if case .parameter(let name) = component { return name }
            return nil
        }
        return !names.isEmpty && names.allSatisfy(clientRecordParameters.contains)
            && names.contains { $0 != "kind" && $0 != "placeID" }
    }

    /// The units of a client's rows in every table that carries the client's unit.
    static func unitsOfRecords(of clientID: UUID, on app: Application) async throws -> [String: Set<UUID>] {
        let sql = app.db as! any SQLDatabase
        var units: [String: Set<UUID>] = [:]
        for table in ClientMove.clientTables + ["clients"] {
            let column = table == "clients" ? "id" : "client_id"
            let rows = try await sql.select().distinct().column("unit_id").from(table)
                .where(SQLIdentifier(column), .equal, SQLBind(clientID)).all()
            units[table] = Set(try rows.map { try $0.decode(column: "unit_id", as: UUID.self) })
        }
        let documents = try await sql.raw(
            "SELECT DISTINCT d.unit_id FROM period_documents d JOIN periods p ON p.id = d.period_id WHERE p.client_id = \(bind: clientID)"
        ).all()
        units["period_documents"] = Set(try documents.map { try $0.decode(column: "unit_id", as: UUID.self) })
        let topics = try await sql.raw(
            "SELECT DISTINCT t.unit_id FROM contact_topics t JOIN contacts c ON c.id = t.contact_id WHERE c.client_id = \(bind: clientID)"
        ).all()
        units["contact_topics"] = Set(try topics.compactMap { try $0.decode(column: "unit_id", as: UUID?.self) })
        return units
    }

    /// Tables with a column `column` (on either database).
    static func tables(withColumn column: String, _ sql: any SQLDatabase) async throws -> Set<String> {
        let query: SQLQueryString =
            sql.dialect.name == "postgresql"
            ? "SELECT table_name AS name FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = \(bind: column)"
            : "SELECT m.name AS name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND p.name = \(bind: column)"
        return Set(try await sql.raw(query).all().map { try $0.decode(column: "name", as: String.self) })
    }

    /// Issue 13, item 2, the class of defect: a table that holds a client's unit and is
    /// not moved with the client would leave records behind. Every table with `unit_id`
    /// and `client_id` (or `period_id`) is moved, or stays for a stated reason.
    @Test func movingAClientLeavesNoTableWithTheClientsUnitBehind() async throws {
        try await withTestApp { (app, _) async throws in
            let sql = app.db as! any SQLDatabase
            let withUnit = try await Self.tables(withColumn: "unit_id", sql)
            let ofClient = try await Self.tables(withColumn: "client_id", sql)
                .union(try await Self.tables(withColumn: "period_id", sql))
            let handled = Set(ClientMove.clientTables).union(ClientMove.staysInTheOldUnit)
                .union(ClientMove.movedThroughParent)
            let missing = withUnit.intersection(ofClient).subtracting(handled)
            #expect(missing.isEmpty, "tables a move leaves in the old unit: \(missing.sorted())")
        }
    }

    /// Issue 13, item 2: moving a client to another unit carries every record of theirs.
    /// Bea's records of every kind are made in unit B; a lead of both units moves her to
    /// unit A with the page form, then back to B through the API. After each move the old
    /// unit's worker gets 404 on every route of her records, the new unit's worker reaches
    /// them, every row carries the new unit, both units' data versions went up, and one
    /// audit row records the move with both units (older audit rows keep their unit).
    @Test func movingAClientToAnotherUnitCarriesEveryRecordOfTheirs() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup: Bea's records of every kind in unit B
            var owner = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let (goals, places) = try await UnitBRecords.periodRecords(owner, app, fixture)
            try await TestInstrument.install(on: app, by: fixture.admin)
            let assessed = try await owner.post(
                "/periods/\(fixture.periodB)/self-assessments", form: SelfAssessmentRouteTests.esisForm())
            #expect(assessed.status == .seeOther)
            let initial = try await owner.post(
                "/clients/\(fixture.clientB)/assessments", form: InitialAssessmentTests.form(["consentGiven": "on"]))
            #expect(initial.status == .seeOther)
            let service = try await PathsFixture.service("Talous- ja velkaneuvonta", on: app)
            let referred = try await owner.post(
                "/clients/\(fixture.clientB)/referrals",
                form: ["servicePathID": service.uuidString, "method": "escorted", "day": "1.1.2026"])
            #expect(referred.status == .seeOther)
            // a group of unit B with Bea as a member, and her attendance at a session
            let group = try await GroupHelpers.create(owner, app, unit: fixture.unitB)
            _ = try await owner.post(
                "/groups/\(try group.requireID())/enrolments", form: ["clientID": fixture.clientB.uuidString])
            let session = try #require(try await GroupHelpers.sessions(app, of: group).first)
            let attendance = GroupAttendanceRecord()
            attendance.$session.id = try session.requireID()
            attendance.$group.id = try group.requireID()
            attendance.$client.id = fixture.clientB
            attendance.$unit.id = fixture.unitB
            attendance.$period.id = fixture.periodB
            attendance.day = session.day
            attendance.status = "present"
            attendance.$recordedBy.id = fixture.workerB
            try await attendance.create(on: app.db)
            // a contact with a nickname, linked to Bea with her consent
            let contact = try await ContactTests.record(owner, app, ["nickname": "Kettu"])
            _ = try await owner.post(
                "/contacts/\(try contact.requireID())/consent",
                form: ["mode": "existing", "clientID": fixture.clientB.uuidString])
            // a handbook step the worker ticked
            let ticked = try await owner.post(
                "/periods/\(fixture.periodB)/steps", form: ["phase": "start", "tick-meet-where-trust-grows": "on"])
            #expect(ticked.status == .seeOther)
            // the agreement (a period document), and an interim evaluation when it is due
            let agreement = try await owner.post(
                "/periods/\(fixture.periodB)/plan/agreement",
                form: ["startDay": "4.1.2026", "meetingTimes": "Tiistaisin", "goal1": "Vuorokausirytmi kuntoon"])
            #expect(agreement.status == .seeOther)
            fixture.clock.advance(by: 78 * 86_400)
            owner = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            let evaluated = try await owner.post(
                "/periods/\(fixture.periodB)/evaluations", form: try EvaluationFlowTests.interimForm(goals))
            #expect(evaluated.status == .seeOther)
            let lead = try await {
                try await UnitMembership(userID: fixture.teamLeadA, unitID: fixture.unitB, role: .teamLead)
                    .create(on: app.db)
                return try await Browser.loggedIn(app, email: "lead.a@example.fi")
            }()
            let before = try await Self.unitsOfRecords(of: fixture.clientB, on: app)
            for table in ClientMove.clientTables + ["clients", "period_documents", "contact_topics"] {
                #expect(before[table] == [fixture.unitB], "\(table) before the move: \(before[table] ?? [])")
            }
            let workerA = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let apiA = try await APIClient.loggedIn(app, email: "worker.a@example.fi")
            let apiB = try await APIClient.loggedIn(app, email: "worker.b@example.fi")
            // A decision prints only once the review instructions are confirmed (issue 15).
            try await DecisionFrameSettings.confirmedForTests(by: fixture.admin).save(on: app.db)

            /// Moves Bea with `move`, then checks the database and every route of her records.
            func check(
                move: () async throws -> TestingHTTPResponse, from: UUID, to: UUID,
                old: (Browser, APIClient), new: (Browser, APIClient), tryChanges: Bool
            ) async throws {
                let stamp = { (unit: UUID) in try await DataVersions.stamp([.unit(unit)], on: app.db) }
                let (fromBefore, toBefore) = (try await stamp(from), try await stamp(to))
                let earlier = try await AuditEvent.query(on: app.db).filter(\.$clientID == fixture.clientB).all()
                // act
                let response = try await move()
                // check: the database
                #expect(response.status == .seeOther || response.status == .ok, "\(response.body.string.prefix(500))")
                let after = try await Self.unitsOfRecords(of: fixture.clientB, on: app)
                for (table, units) in after where !units.isEmpty {
                    #expect(units == [to], "\(table) after the move: \(units)")
                }
                #expect(try await stamp(from) != fromBefore)
                #expect(try await stamp(to) != toBefore)
                let nickname = try #require(
                    try await ContactNickname.query(on: app.db).filter(\.$nickname == "Kettu").all().first)
                #expect(nickname.$unit.id == to)
                #expect(try await ContactNickname.query(on: app.db).filter(\.$nickname == "Kettu").count() == 1)
                let moves = try await AuditEvent.query(on: app.db).filter(\.$recordType == "client-move")
                    .filter(\.$clientID == fixture.clientB).all()
                #expect(moves.filter { $0.unitID == from && ($0.detail ?? "").contains(to.uuidString) }.count == 1)
                for event in earlier {
                    #expect(try await AuditEvent.find(event.requireID(), on: app.db)?.unitID == event.unitID)
                }
                let values = [
                    "clientID": fixture.clientB.uuidString, "periodID": fixture.periodB.uuidString,
                    "decisionID": try #require(try await Decision.query(on: app.db).first()).requireID().uuidString,
                    "meetingID": try #require(try await Meeting.query(on: app.db).first()).requireID().uuidString,
                    "goalID": try goals.main.requireID().uuidString, "kind": "agreement",
                    "placeID": places.dAsema.uuidString, "contactID": try contact.requireID().uuidString,
                    "nicknameID": try nickname.requireID().uuidString,
                    "consentID": try #require(try await Consent.query(on: app.db).first()).requireID().uuidString,
                    "referralID": try #require(try await Referral.query(on: app.db).first()).requireID().uuidString,
                    "selfAssessmentID": try #require(try await SelfAssessment.query(on: app.db).first()).requireID()
                        .uuidString,
                    "assessmentID": try #require(try await InitialAssessment.query(on: app.db).first()).requireID()
                        .uuidString,
                ]
                let routes = app.routes.all.filter { $0.access == .unitData && Self.followsTheClient($0) }
                #expect(routes.count >= 40)
                // the old unit's worker reaches none of them (a 404 changes nothing)
                for route in routes {
                    let path = Self.path(route, values)
                    let response =
                        route.path.first == .constant("api")
                        ? try await old.1.send(route.method, path, json: [:])
                        : route.method == .GET ? try await old.0.get(path) : try await old.0.post(path)
                    #expect(response.status == .notFound, "old unit: \(route.description) answered \(response.status)")
                }
                // the new unit's worker reads every one of them
                for route in routes where route.method == .GET {
                    let path = Self.path(route, values)
                    let response =
                        route.path.first == .constant("api")
                        ? try await new.1.send(.GET, path) : try await new.0.get(path)
                    #expect(response.status == .ok, "new unit: \(route.description) answered \(response.status)")
                }
                // and may change them: refused input or done, never 404 (last: some change data)
                guard tryChanges else { return }
                for route in routes where route.method != .GET {
                    let path = Self.path(route, values)
                    if route.description.contains(":placeID") {
                        // The place's link to the goal, which an earlier route may have removed.
                        _ = try await new.0.post(
                            "/goals/\(try goals.main.requireID())/places", form: ["placeID": places.dAsema.uuidString])
                    }
                    let response =
                        route.path.first == .constant("api")
                        ? try await new.1.send(route.method, path, json: [:]) : try await new.0.post(path)
                    #expect(
                        response.status != .notFound && response.status.code < 500,
                        "new unit: \(route.description) answered \(response.status)")
                }
            }

            // act and check: B → A with the page form, then A → B through the API
            try await check(
                move: {
                    try await lead.post(
                        "/clients/\(fixture.clientB)",
                        form: [
                            "unitID": fixture.unitA.uuidString, "name": "Bea Asiakas", "identityCode": "010101A123N",
                            "language": "fi", "responsibleWorkerID": fixture.workerA.uuidString,
                        ])
                }, from: fixture.unitB, to: fixture.unitA, old: (owner, apiB), new: (workerA, apiA), tryChanges: false)
            let leadAPI = try await APIClient.loggedIn(app, email: "lead.a@example.fi")
            try await check(
                move: {
                    try await leadAPI.send(
                        .PATCH, "/api/v1/clients/\(fixture.clientB)",
                        json: ["unitID": fixture.unitB.uuidString, "responsibleWorkerID": fixture.workerB.uuidString])
                }, from: fixture.unitA, to: fixture.unitB, old: (workerA, apiA), new: (owner, apiB), tryChanges: true)
        }
    }

    @Test func adminRoutesAreRefusedToOtherRoles() async throws {
        try await withTestApp { (app, _) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let lead = try await Browser.loggedIn(app, email: "lead.a@example.fi")
            for client in [worker, lead] {
                for route in app.routes.all where route.access == .admin && route.path.first != .constant("api") {
                    let response =
                        route.method == .GET
                        ? try await client.get(Self.path(route)) : try await client.post(Self.path(route))
                    #expect(response.status == .forbidden, "\(route.description) answered \(response.status)")
                }
            }
            let denied = try await AuditEvent.query(on: app.db).filter(\.$action == "permission-denied").count()
            #expect(denied > 0)
        }
    }

    @Test func evaluatorsAndAdminsCannotReadTheUnitAuditTrail() async throws {
        try await withTestApp { (app, fixture) async throws in
            for email in ["evaluator@example.fi", "admin@example.fi", "worker.a@example.fi"] {
                let client = try await Browser.loggedIn(app, email: email)
                let response = try await client.get("/units/\(fixture.unitA)/audit")
                #expect(response.status == .notFound, "\(email)")
            }
            let lead = try await Browser.loggedIn(app, email: "lead.a@example.fi")
            #expect(try await lead.get("/units/\(fixture.unitA)/audit").status == .ok)
            #expect(try await lead.get("/units/\(fixture.unitB)/audit").status == .notFound)
        }
    }
}
