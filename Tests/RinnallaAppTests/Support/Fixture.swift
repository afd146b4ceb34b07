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
    let clientA: UUID
    let clientB: UUID
    let periodB: UUID

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
        func client(_ name: String, _ code: String, _ unit: OrgUnit, worker: UUID) async throws -> UUID {
            let client = ClientRecord()
            client.$unit.id = try unit.requireID()
            client.name = name
            client.nameSearch = name.lowercased()
            client.identityCode = code
            client.language = "fi"
            client.$responsibleWorker.id = worker
            try await client.create(on: db)
            return try client.requireID()
        }
        func period(_ client: UUID, _ unit: OrgUnit, by worker: UUID) async throws -> UUID {
            let period = RehabilitationPeriod()
            period.$client.id = client
            period.$unit.id = try unit.requireID()
            period.status = "open"
            period.phase = PeriodPhase.start.rawValue
            period.$createdBy.id = worker
            try await period.create(on: db)
            return try period.requireID()
        }
        let workerA = try await user("worker.a@example.fi", "Aila Työntekijä", [(unitA, .socialWorker)])
        let workerB = try await user("worker.b@example.fi", "Bertta Työntekijä", [(unitB, .socialWorker)])
        let clientB = try await client("Bea Asiakas", "010101A123N", unitB, worker: workerB)
        return Fixture(
            clock: clock,
            unitA: try unitA.requireID(),
            unitB: try unitB.requireID(),
            workerA: workerA,
            workerB: workerB,
            teamLeadA: try await user("lead.a@example.fi", "Leena Esihenkilö", [(unitA, .teamLead)]),
            admin: try await user("admin@example.fi", "Antti Pääkäyttäjä", [(unitA, .admin)]),
            evaluator: try await user("evaluator@example.fi", "Eeva Arvioija", [(unitA, .evaluator)]),
            clientA: try await client("Adam Asiakas", "131052-308T", unitA, worker: workerA),
            clientB: clientB,
            periodB: try await period(clientB, unitB, by: workerB)
        )
    }
}
