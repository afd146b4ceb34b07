import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor

@testable import RinnallaApp

/// Services take a `Caller` (database, user, time, language, audit actor), not a
/// `Request`, so they run without HTTP (issue 14, item 4).
@Suite("Services without HTTP")
struct ServiceCallerTests {
    static func caller(_ app: Application, fixture: Fixture, user id: UUID, unit: UUID) async throws -> Caller {
        let user = try #require(try await User.find(id, on: app.db))
        let current = CurrentUser(
            id: id, name: user.name, email: user.email, language: .fi, mustChangePassword: false,
            memberships: [.init(unitID: unit, unitName: "", role: .socialWorker)],
            session: .init(id: UUID(), kind: .browser, csrfToken: ""))
        return Caller(
            db: app.db, user: current, now: fixture.clock.now, language: .fi,
            auditActor: AuditActor(userID: id, name: user.name, requestID: "test", ipAddress: nil),
            auditBatcher: nil)
    }

    @Test func aMeetingIsSavedAndAuditedWithoutARequest() async throws {
        try await withTestApp { (app, fixture) async throws in
            // setup
            let caller = try await Self.caller(app, fixture: fixture, user: fixture.workerB, unit: fixture.unitB)
            var form = MeetingForm()
            form.day = "2.1.2026"
            form.time = "10:00"
            form.record = "Kävimme kahvilla."
            // act
            let meeting = try await MeetingService.create(form, periodID: fixture.periodB, on: caller)
            // check
            #expect(meeting.durationMinutes == 60)
            #expect(meeting.status == "planned")
            let audit = try await AuditEvent.query(on: app.db).filter(\.$recordType == "meeting").all()
            #expect(audit.map(\.action) == ["create"])
            #expect(audit.first?.requestID == "test")
        }
    }

    @Test func refusalsNameTheFormsFieldAndAnotherUnitIsNotFound() async throws {
        try await withTestApp { (app, fixture) async throws in
            let caller = try await Self.caller(app, fixture: fixture, user: fixture.workerB, unit: fixture.unitB)
            var form = MeetingForm()
            form.day = "2.1.2026"
            form.time = "25:00"
            await #expect(throws: AppError.self) {
                try await MeetingService.create(form, periodID: fixture.periodB, on: caller)
            }
            do {
                _ = try await MeetingService.create(form, periodID: fixture.periodB, on: caller)
            } catch let error as AppError {
                #expect(error.field == MeetingForm.name(.time))
                #expect(error.field == "time")
            }
            let other = try await Self.caller(app, fixture: fixture, user: fixture.workerA, unit: fixture.unitA)
            form.time = "10:00"
            do {
                _ = try await MeetingService.create(form, periodID: fixture.periodB, on: other)
                Issue.record("a worker of unit A saved a meeting in unit B")
            } catch let error as AppError {
                #expect(error.status == .notFound)
            }
            #expect(try await Meeting.query(on: app.db).count() == 0)
        }
    }
}
