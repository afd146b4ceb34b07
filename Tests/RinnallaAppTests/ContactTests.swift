import Fluent
import Foundation
import RinnallaCore
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

@Suite("Anonymous contacts")
struct ContactTests {
    /// A street contact about housing and debt, as the phone form sends it.
    static func form(id: UUID = UUID(), _ changes: [String: String] = [:]) -> [(String, String)] {
        var fields = [
            "clientMadeID": id.uuidString, "day": "2026-01-01", "channel": "street", "ageGroup": "18-24",
            "gender": "", "language": "fi", "durationMinutes": "15", "areaID": "", "nickname": "",
        ]
        for (key, value) in changes { fields[key] = value }
        var pairs = fields.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        if changes["topics[]"] == nil { pairs += [("topics[]", "housing"), ("topics[]", "debt")] }
        if changes["supports[]"] == nil { pairs.append(("supports[]", "advice-guidance")) }
        return pairs
    }

    static func post(_ browser: Browser, _ pairs: [(String, String)], path: String = "/contacts") async throws
        -> TestingHTTPResponse
    {
        try await GroupHelpers.post(browser, path, pairs)
    }

    /// Records a contact through the form; returns it.
    static func record(
        _ browser: Browser, _ app: Application, id: UUID = UUID(), _ changes: [String: String] = [:]
    ) async throws -> Contact {
        let response = try await post(browser, form(id: id, changes))
        #expect(response.status == .seeOther, "\(response.body.string.prefix(500))")
        return try #require(try await Contact.query(on: app.db).filter(\.$clientMadeID == id).first())
    }

    static func counts(_ app: Application) async throws -> [Int] {
        [
            try await Contact.query(on: app.db).count(), try await ContactNickname.query(on: app.db).count(),
            try await ContactTopicRow.query(on: app.db).count(), try await ContactSupportRow.query(on: app.db).count(),
            try await Consent.query(on: app.db).count(), try await ClientRecord.query(on: app.db).count(),
        ]
    }

    @Test func aWorkerRecordsAnAnonymousContactFromThePhoneForm() async throws {
        try await withTestApp { (app, fixture) async throws in
            let area = try await GroupHelpers.area(app)
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let page = try await worker.get("/contacts/new")
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("id=\"contact-form\"") && html.contains("name=\"clientMadeID\""))
            #expect(html.contains("name=\"topics[]\"") && html.contains("Asuminen") && html.contains("Katu"))
            #expect(!html.contains("name=\"name\"") && !html.contains("name=\"identityCode\""))
            #expect(html.contains("/js/contacts-offline.js") && html.contains("id=\"offline-queue\""))
            let id = UUID()
            let response = try await Self.post(
                worker,
                Self.form(
                    id: id,
                    [
                        "areaID": area.uuidString, "gender": "woman", "followUpAgreed": "on",
                        "followUpDay": "8.1.2026", "nickname": "  Kettu ",
                    ]))
            #expect(response.status == .seeOther)
            let location = try #require(response.headers.first(name: .location))
            #expect(location.hasPrefix("/contacts/new?notice=contact-saved&saved="))
            let contact = try #require(try await Contact.query(on: app.db).filter(\.$clientMadeID == id).first())
            #expect(contact.$unit.id == fixture.unitA && contact.$recordedBy.id == fixture.workerA)
            #expect(contact.day == "2026-01-01" && contact.channel == "street" && contact.ageGroup == "18-24")
            #expect(contact.gender == "woman" && contact.durationMinutes == 15 && contact.followUpAgreed)
            #expect(contact.followUpDay == "2026-01-08" && contact.$area.id == area && contact.$client.id == nil)
            let topics = try await ContactTopicRow.query(on: app.db).all().map(\.topic).sorted()
            #expect(topics == ["debt", "housing"])
            #expect(try await ContactSupportRow.query(on: app.db).all().map(\.support) == ["advice-guidance"])
            let nickname = try #require(try await ContactNickname.query(on: app.db).first())
            #expect(
                nickname.nickname == "Kettu" && nickname.nicknameSearch == "kettu" && nickname.$unit.id == fixture.unitA
            )
            let saved = try await worker.get(location)
            #expect(
                saved.body.string.contains("Yhteydenotto tallennettu.")
                    && saved.body.string.contains("id=\"saved-contact\""))
            // The contact's page, audited
            let shown = try await worker.get("/contacts/\(try contact.requireID())")
            #expect(shown.status == .ok)
            #expect(shown.body.string.contains("Kettu") && shown.body.string.contains("Nimetön"))
            let audit = try await AuditEvent.query(on: app.db).filter(\.$recordType == "contact").all()
            #expect(audit.map(\.action).sorted() == ["create", "view"])
        }
    }

    @Test func anonymousContactsNeverCarryIdentityFields() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let contact = try await Self.record(worker, app, ["nickname": "Pikku Myy"])
            // Inspect the stored row itself: its columns and values.
            let sql = app.db as! any SQLDatabase
            let rows = try await sql.raw("SELECT * FROM contacts").all()
            let row = try #require(rows.first)
            let columns = Set(row.allColumns)
            #expect(
                columns == [
                    "id", "client_made_id", "unit_id", "recorded_by", "day", "channel", "area_id", "age_group",
                    "gender",
                    "language", "duration_minutes", "follow_up_agreed", "follow_up_day", "nickname_id", "client_id",
                    "created_at", "consent_id",
                ])
            #expect(try row.decodeNil(column: "client_id") && row.decodeNil(column: "consent_id"))
            for column in columns
            where ![
                "id", "client_made_id", "unit_id", "recorded_by", "nickname_id", "created_at", "follow_up_agreed",
                "duration_minutes",
            ].contains(column) {
                if let text = try? row.decode(column: column, as: String?.self) {
                    #expect(!text.contains("Aila") && !text.contains("Adam") && !PersonalIdentityCode.isValid(text))
                }
            }
            // The nickname is kept apart, within the unit; the audit rows carry no nickname.
            let nicknames = try await sql.raw("SELECT unit_id FROM contact_nicknames").all()
            #expect(nicknames.count == 1)
            #expect(try nicknames[0].decode(column: "unit_id", as: UUID.self) == fixture.unitA)
            let details = try await AuditEvent.query(on: app.db).all().compactMap(\.detail)
            #expect(!details.contains { $0.contains("Pikku Myy") })
            // The JSON of the contact has no client and no name either.
            let api = try await APIClient.loggedIn(app, email: "worker.a@example.fi")
            let json = try await api.send(.GET, "/api/v1/contacts/\(try contact.requireID())").body.string
            #expect(json.contains("\"clientID\":null") || !json.contains("clientID"))
            #expect(!json.contains("\"name\"") && !json.contains("identity"))
        }
    }

    @Test func aContactSentTwiceWithTheSameIDIsStoredOnce() async throws {
        try await withTestApp { (app, _) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let id = UUID()
            let first = try await Self.post(worker, Self.form(id: id, ["nickname": "Kettu"]))
            let second = try await Self.post(worker, Self.form(id: id, ["nickname": "Kettu"]))
            #expect(first.status == .seeOther && second.status == .seeOther)
            #expect(first.headers.first(name: .location) == second.headers.first(name: .location))
            #expect(try await Self.counts(app) == [1, 1, 2, 1, 0, 2])
            // The offline queue's way: the same form with Accept: application/json
            worker.setHeader("Accept", "application/json")
            let queued = UUID()
            let sent = try await Self.post(worker, Self.form(id: queued))
            #expect(sent.status == .created)
            let retry = try await Self.post(worker, Self.form(id: queued))
            #expect(retry.status == .ok)
            let a = try sent.content.decode(APIContactController.ContactDTO.self)
            let b = try retry.content.decode(APIContactController.ContactDTO.self)
            #expect(a.id == b.id && a.clientMadeID == queued && a.topics == ["housing", "debt"])
            #expect(try await Contact.query(on: app.db).count() == 2)
            // Refused input answers JSON naming the field, and nothing is stored
            let refused = try await Self.post(worker, Self.form(id: UUID(), ["durationMinutes": "0"]))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("\"field\":\"durationMinutes\""))
            #expect(try await Contact.query(on: app.db).count() == 2)
        }
    }

    @Test func refusedInputIsShownWithItsFieldAndChangesNothing() async throws {
        try await withTestApp { (app, _) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let cases: [([String: String], String, String)] = [
                (["topics[]": ""], "topics", "Aiheet: valitse vähintään yksi aihe."),
                (["supports[]": ""], "supports", "Mitä annettiin: valitse vähintään yksi."),
                (["durationMinutes": "601"], "durationMinutes", "Kesto: anna minuutit väliltä 1–600."),
                (["durationMinutes": "0"], "durationMinutes", "Kesto: anna minuutit väliltä 1–600."),
                (["day": "2.1.2026"], "day", "Päivämäärä: yhteydenotto ei voi olla tulevaisuudessa."),
                (["day": "32.1.2025"], "day", "anna päivämäärä muodossa p.k.vvvv."),
                (["channel": ""], "channel", "Kanava tai paikka: valitse jokin vaihtoehdoista."),
                (["ageGroup": "99"], "ageGroup", "Ikäryhmä (arvio): valitse jokin vaihtoehdoista."),
                (["areaID": UUID().uuidString], "areaID", "valitse jokin vaihtoehdoista."),
                (["nickname": String(repeating: "x", count: 41)], "nickname", "Lempinimi: enintään 40 merkkiä."),
                (["nickname": "Ville 131052-308T"], "nickname", "älä kirjoita henkilötunnusta"),
                (["nickname": "Ville 040 123 4567"], "nickname", "älä kirjoita puhelinnumeroa"),
                (["followUpAgreed": "on", "followUpDay": "31.12.2025"], "followUpDay", "jatko ei voi olla ennen"),
                (["clientMadeID": "not-a-uuid"], "clientMadeID", "Yhteydenoton tunniste ei kelpaa."),
                (["unitID": UUID().uuidString], "unitID", "Valitse yksikkö listasta."),
            ]
            let before = try await tableSnapshot(app)
            let contactsBefore = try await Self.counts(app)
            for (changes, field, message) in cases {
                var pairs = Self.form(changes)
                if changes["topics[]"] == "" { pairs.removeAll { $0.0 == "topics[]" } }
                if changes["supports[]"] == "" { pairs.removeAll { $0.0 == "supports[]" } }
                let response = try await Self.post(worker, pairs)
                #expect(response.status == .unprocessableEntity, "\(changes)")
                let html = response.body.string
                #expect(html.contains(message), "\(changes): \(html.prefix(200))")
                #expect(html.contains("href=\"#field-\(field)\""), "\(changes)")
            }
            #expect(try await Self.counts(app) == contactsBefore)
            #expect(try await tableSnapshot(app) == before)
        }
    }

    @Test func aTypedNicknameLinksRepeatEncountersWithinTheUnitOnly() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let first = try await Self.record(worker, app, ["nickname": "Kettu", "day": "2025-12-20"])
            _ = try await Self.record(worker, app, ["nickname": " KETTU ", "channel": "phone"])
            _ = try await Self.record(worker, app, [:])
            #expect(try await ContactNickname.query(on: app.db).count() == 1)
            let nicknameID = try #require(first.$nickname.id)
            let page = try await worker.get("/nicknames/\(nicknameID)")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Lempinimi: Kettu") && page.body.string.contains("Kohtaamisia: 2"))
            // The unit's list with filters
            let all = try await worker.get("/contacts").body.string
            #expect(all.contains("Yhteydenottoja: 3"))
            #expect(try await worker.get("/contacts?nickname=kett").body.string.contains("Yhteydenottoja: 2"))
            #expect(try await worker.get("/contacts?channel=phone").body.string.contains("Yhteydenottoja: 1"))
            #expect(try await worker.get("/contacts?topic=family").body.string.contains("Yhteydenottoja: 0"))
            #expect(try await worker.get("/contacts?topic=debt").body.string.contains("Yhteydenottoja: 3"))
            #expect(try await worker.get("/contacts?from=2026-01-01").body.string.contains("Yhteydenottoja: 2"))
            #expect(try await worker.get("/contacts?to=20.12.2025").body.string.contains("Yhteydenottoja: 1"))
            // Another unit's worker: the same nickname is a new one there, and unit A's are 404.
            let other = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            #expect(try await other.get("/nicknames/\(nicknameID)").status == .notFound)
            #expect(try await other.get("/contacts/\(try first.requireID())").status == .notFound)
            let theirs = try await other.get("/contacts").body.string
            #expect(theirs.contains("Yhteydenottoja: 0") && !theirs.contains("Kettu"))
            _ = try await Self.record(other, app, ["nickname": "Kettu"])
            #expect(try await ContactNickname.query(on: app.db).count() == 2)
            #expect(try await other.get("/contacts?unit=\(fixture.unitA)").body.string.contains("Yhteydenottoja: 1"))
            let api = try await APIClient.loggedIn(app, email: "worker.b@example.fi")
            #expect(try await api.send(.GET, "/api/v1/contacts?unitID=\(fixture.unitA)").status == .notFound)
            #expect(try await api.send(.GET, "/api/v1/contacts/\(try first.requireID())").status == .notFound)
        }
    }

    @Test func contactPagesRenderInEachLanguageWithoutRawKeys() async throws {
        try await withTestApp { (app, fixture) async throws in
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let contact = try await Self.record(worker, app, ["nickname": "Kettu"])
            let nicknameID = try #require(contact.$nickname.id)
            let linked = try await Self.record(worker, app, [:])
            _ = try await worker.post(
                "/contacts/\(try linked.requireID())/consent",
                form: ["mode": "existing", "clientID": fixture.clientA.uuidString, "givenOn": "1.1.2026"])
            let pages = [
                "/contacts", "/contacts/new", "/contacts/\(try contact.requireID())", "/nicknames/\(nicknameID)",
                "/contacts/\(try contact.requireID())/consent", "/nicknames/\(nicknameID)/consent",
                "/clients/\(fixture.clientA)", "/",
            ]
            for language in [Language.fi, .sv, .en] {
                _ = try await worker.post("/account/language", form: ["language": language.rawValue])
                for path in pages {
                    let page = try await worker.get(path)
                    #expect(page.status == .ok, "\(path) in \(language)")
                    let html = page.body.string
                    #expect(html.contains("<html lang=\"\(language.rawValue)\""), "\(path)")
                    for key in ["contact.", "consent.", "offline.", "client.contacts", "field.", "nav.", "home."] {
                        #expect(
                            !html.contains(">\(key)") && !html.contains("\"\(key)"),
                            "\(path): raw \(key) in \(language)")
                    }
                }
            }
        }
    }
}
