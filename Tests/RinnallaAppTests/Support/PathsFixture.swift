import Fluent
import Foundation
import RinnallaCore
import Vapor

@testable import RinnallaApp

/// Service paths, an anonymous contact in unit B, and row counts for the issue-5 tables
/// this branch writes.
enum PathsFixture {
    static func service(
        _ name: String, kind: ServicePathKind = .debtCounselling, active: Bool = true, on app: Application
    ) async throws -> UUID {
        let service = ServicePath()
        service.name = name
        service.kind = kind.rawValue
        service.description = "Kuvaus"
        service.howToRefer = "Soita ja sovi aika."
        service.openingHours = ""
        service.isActive = active
        try await service.create(on: app.db)
        return try service.requireID()
    }

    /// An anonymous contact recorded in `unit`, as the contact form would store it.
    static func contact(unit: UUID, by user: UUID, day: String = "2026-01-01", on app: Application) async throws -> UUID
    {
        let contact = Contact()
        contact.clientMadeID = UUID()
        contact.$unit.id = unit
        contact.$recordedBy.id = user
        contact.day = day
        contact.channel = ContactChannel.street.rawValue
        contact.ageGroup = PerceivedAgeGroup.from25to34.rawValue
        contact.language = "fi"
        contact.followUpAgreed = false
        try await contact.create(on: app.db)
        return try contact.requireID()
    }

    static func counts(_ app: Application) async throws -> [String: Int] {
        [
            "servicePaths": try await ServicePath.query(on: app.db).count(),
            "referrals": try await Referral.query(on: app.db).count(),
            "assessments": try await InitialAssessment.query(on: app.db).count(),
            "consents": try await Consent.query(on: app.db).count(),
        ]
    }
}
