import Fluent
import Foundation
import RinnallaCore
import Vapor

/// Anonymous contacts of the demo outreach unit for the past weeks, recorded by Eetu:
/// street, phone and drop-in encounters, and "Kettu", who chose a nickname and has come
/// back three times.
enum DemoContacts {
    struct Row {
        let daysAgo: Int
        let channel: ContactChannel
        let age: PerceivedAgeGroup
        let topics: [ContactTopic]
        let supports: [ContactSupport]
        let minutes: Int
        var nickname: String? = nil
        var followUpIn: Int? = nil
    }

    static let rows: [Row] = [
        Row(
            daysAgo: 20, channel: .street, age: .from18to24, topics: [.housing, .substanceUse],
            supports: [.listeningAndSupport], minutes: 15, nickname: "Kettu"),
        Row(
            daysAgo: 13, channel: .street, age: .from18to24, topics: [.housing, .incomeAndBenefits],
            supports: [.adviceAndGuidance, .helpWithApplying], minutes: 30, nickname: "Kettu", followUpIn: 6),
        Row(
            daysAgo: 7, channel: .officeDropIn, age: .from18to24, topics: [.housing],
            supports: [.escortToService], minutes: 90, nickname: "kettu"),
        Row(
            daysAgo: 12, channel: .phone, age: .from50to64, topics: [.debt], supports: [.adviceAndGuidance],
            minutes: 20),
        Row(
            daysAgo: 9, channel: .sharedSpace, age: .from65, topics: [.loneliness, .services],
            supports: [.listeningAndSupport, .adviceAndGuidance], minutes: 25),
        Row(
            daysAgo: 5, channel: .chat, age: .under18, topics: [.mentalHealth, .family],
            supports: [.listeningAndSupport], minutes: 40, followUpIn: 3),
        Row(
            daysAgo: 3, channel: .home, age: .from35to49, topics: [.workAndStudy, .incomeAndBenefits],
            supports: [.helpWithApplying, .serviceInterpreting], minutes: 60),
        Row(
            daysAgo: 1, channel: .street, age: .unknown, topics: [.other], supports: [.adviceAndGuidance],
            minutes: 5),
    ]

    static func load(unitID: UUID, worker: UUID, areas: [UUID], now: Date, on db: any Database) async throws {
        let today = Day(now)
        for (index, row) in rows.enumerated() {
            let day = today.adding(days: -row.daysAgo)
            let valid = ContactRules.Valid(
                day: day, channel: row.channel, ageGroup: row.age, gender: nil, language: "fi", topics: row.topics,
                supports: row.supports, durationMinutes: row.minutes, followUpAgreed: row.followUpIn != nil,
                followUpDay: row.followUpIn.map { today.adding(days: $0) }, nickname: row.nickname)
            _ = try await ContactService.create(
                valid, unitID: unitID, areaID: areas.isEmpty ? nil : areas[index % areas.count], recordedBy: worker,
                clientMadeID: UUID(), on: db)
        }
    }
}
