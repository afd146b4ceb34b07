import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

@Suite("Administration pages")
struct AdminTests {
    @Test func anAdminCreatesAUserWhoMustChangeThePassword() async throws {
        try await withTestApp { (app, fixture) async throws in
            let admin = try await Browser.loggedIn(app, email: "admin@example.fi")
            let response = try await admin.post(
                "/admin/users",
                form: [
                    "name": "Uusi Ohjaaja", "email": "Uusi@Example.fi", "role": "social-instructor",
                    "unitID": fixture.unitA.uuidString, "language": "sv", "password": "initial password 1",
                ])
            #expect(response.status == .seeOther)
            let user = try #require(try await User.query(on: app.db).filter(\.$email == "uusi@example.fi").first())
            #expect(user.mustChangePassword)
            #expect(user.language == "sv")
            let list = try await admin.get("/admin/users?notice=user-created")
            #expect(list.body.string.contains("Uusi Ohjaaja"))
            #expect(list.body.string.contains(Localizer.shared.text(.adminUsersCreated, .fi)))
            let login = try await Browser(app).login(email: "uusi@example.fi", password: "initial password 1")
            #expect(login.headers.first(name: .location) == "/account/password")
        }
    }

    @Test(arguments: [
        (["email": "not-an-email"], "email", L10nKey.errorEmailInvalid),
        (["email": "worker.a@example.fi"], "email", .errorEmailTaken),
        (["name": "  "], "name", .errorRequired),
        (["password": "short"], "password", .errorPasswordTooShort),
        (["role": "superuser"], "role", .errorRoleInvalid),
        (["unitID": "nonsense"], "unitID", .errorUnitInvalid),
    ])
    func refusedNewUsersNameTheFieldAndSaveNothing(change: [String: String], field: String, key: L10nKey) async throws {
        try await withTestApp { (app, fixture) async throws in
            let admin = try await Browser.loggedIn(app, email: "admin@example.fi")
            var form = [
                "name": "Uusi Ohjaaja", "email": "uusi@example.fi", "role": "social-instructor",
                "unitID": fixture.unitA.uuidString, "password": "initial password 1",
            ]
            form.merge(change) { $1 }
            let before = try await tableSnapshot(app)
            let response = try await admin.post("/admin/users", form: form)
            #expect(response.status == .unprocessableEntity)
            let html = response.body.string
            #expect(html.contains("href=\"#field-\(field)\""))
            let message = Localizer.shared.text(
                key, .fi, ["field": Localizer.shared.text(FieldName.key(for: field) ?? .fieldName, .fi)])
            #expect(html.contains(message), "expected «\(message)»")
            #expect(html.contains("value=\"\(form["email"]!)\""), "the form keeps what was typed")
            #expect(try await tableSnapshot(app) == before)
        }
    }

    @Test func errorsFollowTheAdminsLanguage() async throws {
        try await withTestApp { (app, fixture) async throws in
            try await User.query(on: app.db).filter(\.$id == fixture.admin).set(\.$language, to: "sv").update()
            let admin = try await Browser.loggedIn(app, email: "admin@example.fi")
            let response = try await admin.post("/admin/units", form: ["name": "Länsi aikuissosiaalityö"])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains(Localizer.shared.text(.errorUnitNameTaken, .sv)))
            #expect(response.body.string.contains("lang=\"sv\""))
        }
    }

    @Test func rolesAreAddedAndRemoved() async throws {
        try await withTestApp { (app, fixture) async throws in
            let admin = try await Browser.loggedIn(app, email: "admin@example.fi")
            let added = try await admin.post(
                "/admin/users/\(fixture.workerA)/roles",
                form: ["role": "team-lead", "unitID": fixture.unitB.uuidString])
            #expect(added.status == .seeOther)
            let membership = try #require(
                try await UnitMembership.query(on: app.db)
                    .filter(\.$user.$id == fixture.workerA).filter(\.$role == "team-lead").first())
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            #expect(try await worker.get("/units/\(fixture.unitB)/audit").status == .ok)
            let removed = try await admin.post(
                "/admin/users/\(fixture.workerA)/roles/\(try membership.requireID())/remove")
            #expect(removed.status == .seeOther)
            #expect(try await worker.get("/units/\(fixture.unitB)/audit").status == .notFound)
        }
    }

    @Test func theLastAdminCannotBeDeactivatedOrLoseTheRole() async throws {
        try await withTestApp { (app, fixture) async throws in
            let admin = try await Browser.loggedIn(app, email: "admin@example.fi")
            let membership = try #require(try await UnitMembership.query(on: app.db).filter(\.$role == "admin").first())
            let before = try await tableSnapshot(app)
            let removed = try await admin.post(
                "/admin/users/\(fixture.admin)/roles/\(try membership.requireID())/remove")
            #expect(removed.status == .unprocessableEntity)
            #expect(removed.body.string.contains(Localizer.shared.text(.errorLastAdmin, .fi)))
            let own = try await admin.post("/admin/users/\(fixture.admin)/status", form: ["active": "false"])
            #expect(own.status == .unprocessableEntity)
            #expect(try await tableSnapshot(app) == before)
        }
    }

    @Test func theUnitsPageCreatesAndListsUnits() async throws {
        try await withTestApp { (app, _) async throws in
            let admin = try await Browser.loggedIn(app, email: "admin@example.fi")
            #expect(
                try await admin.post("/admin/units", form: ["name": "Pohjoinen aikuissosiaalityö"]).status == .seeOther)
            let page = try await admin.get("/admin/units")
            #expect(page.body.string.contains("Pohjoinen aikuissosiaalityö"))
            let empty = try await admin.post("/admin/units", form: ["name": ""])
            #expect(empty.status == .unprocessableEntity)
            #expect(
                empty.body.string.contains(
                    Localizer.shared.text(.errorRequired, .fi, ["field": Localizer.shared.text(.fieldName, .fi)])))
        }
    }
}
