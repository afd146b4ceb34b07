import Fluent
import Foundation
import RinnallaCore
import Vapor

@testable import RinnallaApp

/// Two units with a worker each, a team lead and an admin in unit A, an evaluator.
struct Fixture: Sendable {
    static let password = "correct horse battery staple"

    let clock: TestClock
    let unitA: UUID
    let unitB: UUID
    let workerA: UUID
    let workerB: UUID
    let teamLeadA: UUID
    let admin: UUID
    let evaluator: UUID

    static func load(on app: Application, clock: TestClock) async throws -> Fixture {
        let db = app.db
        let hash = try app.password.hash(password)
        let unitA = OrgUnit(name: "Länsi aikuissosiaalityö")
        let unitB = OrgUnit(name: "Itä aikuissosiaalityö")
        try await unitA.create(on: db)
        try await unitB.create(on: db)
        func user(_ email: String, _ name: String, _ roles: [(OrgUnit, Role)]) async throws -> UUID {
            let user = User(email: email, name: name, passwordHash: hash)
            try await user.create(on: db)
            for (unit, role) in roles {
                try await UnitMembership(userID: user.requireID(), unitID: unit.requireID(), role: role).create(on: db)
            }
            return try user.requireID()
        }
        return Fixture(
            clock: clock,
            unitA: try unitA.requireID(),
            unitB: try unitB.requireID(),
            workerA: try await user("worker.a@example.fi", "Aila Työntekijä", [(unitA, .socialWorker)]),
            workerB: try await user("worker.b@example.fi", "Bertta Työntekijä", [(unitB, .socialWorker)]),
            teamLeadA: try await user("lead.a@example.fi", "Leena Esihenkilö", [(unitA, .teamLead)]),
            admin: try await user("admin@example.fi", "Antti Pääkäyttäjä", [(unitA, .admin)]),
            evaluator: try await user("evaluator@example.fi", "Eeva Arvioija", [(unitA, .evaluator)])
        )
    }
}
