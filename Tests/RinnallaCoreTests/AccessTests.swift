import Foundation
import Testing

@testable import RinnallaCore

@Suite("Roles and access rules")
struct AccessTests {
    @Test func evaluatorsAndAdminsNeverReadClientRecords() {
        #expect(!Role.evaluator.capabilities.contains(.readClientData))
        #expect(!Role.admin.capabilities.contains(.readClientData))
        #expect(Role.evaluator.capabilities == [.viewAggregates, .manageInclusionEvaluations, .enterSurveyResponses])
        #expect(Role.admin.capabilities.contains(.manageUsers))
    }

    @Test func workersReadClientDataOnlyInTheirUnits() {
        let policy = AccessPolicy(memberships: [
            .init(unitID: "A", role: .socialWorker), .init(unitID: "B", role: .evaluator),
        ])
        #expect(policy.can(.readClientData, inUnit: "A"))
        #expect(!policy.can(.readClientData, inUnit: "B"))
        #expect(policy.units(with: .readClientData) == ["A"])
        #expect(policy.roles == [.socialWorker, .evaluator])
    }

    @Test func roleIdentifiersAreTheCLIAndAPINames() {
        #expect(
            Role.allCases.map(\.rawValue) == [
                "social-worker", "social-instructor", "group-leader", "outreach-worker", "team-lead", "evaluator",
                "admin",
            ])
        #expect(Role(identifier: " Team-Lead ") == .teamLead)
        #expect(Role(identifier: "superuser") == nil)
    }

    @Test(arguments: [
        ("short", PasswordPolicy.Problem.tooShort),
        ("elevenchars", .tooShort),
        (String(repeating: "ä", count: 40), .tooLong),
        ("someone@example.fi", .sameAsEmail),
    ])
    func passwordProblems(password: String, problem: PasswordPolicy.Problem) {
        #expect(PasswordPolicy.problem(with: password, email: "someone@example.fi") == problem)
    }

    @Test func twelveCharactersAreEnough() {
        #expect(PasswordPolicy.problem(with: "twelve chars", email: "a@b.fi") == nil)
    }

    @Test func theFifthFailureLocksForFifteenMinutes() {
        let throttle = LoginThrottle.standard
        let now = Date(timeIntervalSince1970: 1_000_000)
        var failures = 0
        var lockedUntil: Date?
        for _ in 1...4 {
            (failures, lockedUntil) = throttle.afterFailure(failures: failures, now: now)
            #expect(lockedUntil == nil)
        }
        (failures, lockedUntil) = throttle.afterFailure(failures: failures, now: now)
        #expect(lockedUntil == now.addingTimeInterval(15 * 60))
        #expect(failures == 0)
        #expect(throttle.isLocked(until: lockedUntil, now: now.addingTimeInterval(14 * 60)))
        #expect(!throttle.isLocked(until: lockedUntil, now: now.addingTimeInterval(15 * 60)))
    }

    @Test(arguments: [
        ("sanna@demo.rinnalla.fi", true), ("a@b.fi", true), ("no-at-sign", false), ("two@@x.fi", false),
        ("space @x.fi", false), ("x@nodot", false), ("@x.fi", false), ("x@.fi", false),
    ])
    func emailShapes(email: String, valid: Bool) {
        #expect(InputRules.isValidEmail(email) == valid)
    }
}
