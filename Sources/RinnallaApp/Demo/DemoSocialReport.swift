import Fluent
import Foundation
import RinnallaCore
import SQLKit

/// Demo content for the outreach unit's social report: Tiina Tiimi also leads the
/// outreach team (so a team lead can open its report), about sixty anonymous contacts of
/// the last months with their topics and what was given, and four observations of
/// phenomena written by Eetu, three of them chosen for the report.
enum DemoSocialReport {
    static let observations: [(days: Int, area: String?, tags: String, text: String, inReport: Bool)] = [
        (
            12, "Itä", "asunnottomuus, nuoret",
            "Kauppakeskuksen ympäristössä on iltaisin tavattu aiempaa enemmän nuoria, joilla ei ole vakituista asuntoa. Moni yöpyy kavereiden luona.",
            true
        ),
        (
            25, "Etelä", "päihteet, palvelut",
            "Matalan kynnyksen päivätoiminnan aukioloajat eivät riitä: ovet sulkeutuvat ennen kuin moni ehtii paikalle.",
            true
        ),
        (
            40, nil, "toimeentulo, digipalvelut",
            "Toimeentulotuen hakeminen verkossa on monelle ylivoimaista ilman tunnistautumisvälineitä. Apua asiointiin kysytään viikoittain.",
            true
        ),
        (
            55, "Pohjoinen", "yksinäisyys",
            "Ikääntyneet miehet viettävät päiviään kirjastossa; keskusteluissa toistuu yksinäisyys.", false
        ),
    ]

    static func load(units: [String: UUID], users: [String: UUID], now: Date, on db: any Database) async throws {
        guard let unit = units[DemoData.outreach], let eetu = users["eetu@demo.rinnalla.fi"],
            let tiina = users["tiina@demo.rinnalla.fi"]
        else { return }
        try await UnitMembership(userID: tiina, unitID: unit, role: .teamLead).create(on: db)
        let areas = Dictionary(
            uniqueKeysWithValues: try await Area.query(on: db).all().map { ($0.name, try $0.requireID()) })
        let today = Day(now)
        var rng = SeededRandom(seed: 2026 + 5)
        let channels = ContactChannel.allCases
        let areaIDs: [UUID?] = [areas["Itä"], areas["Etelä"], areas["Itä"], areas["Pohjoinen"], nil]
        for index in 0..<60 {
            let contact = Contact()
            contact.clientMadeID = rng.uuid()
            contact.$unit.id = unit
            contact.$recordedBy.id = eetu
            contact.day = today.adding(days: -rng.int(1...150)).iso
            // Street and shared spaces most, a few online, one or two at the office.
            contact.channel = index % 3 == 0 ? ContactChannel.street.rawValue : rng.pick(channels).rawValue
            contact.$area.id = rng.pick(areaIDs)
            contact.ageGroup = rng.pick(PerceivedAgeGroup.allCases).rawValue
            contact.language = index % 9 == 0 ? "sv" : "fi"
            contact.durationMinutes = rng.pick([10, 15, 20, 30, 45])
            contact.followUpAgreed = rng.chance(0.3)
            try await contact.create(on: db)
            let contactID = try contact.requireID()
            var topics: Set<ContactTopic> = [index % 2 == 0 ? .housing : rng.pick(ContactTopic.allCases)]
            if rng.chance(0.5) { topics.insert(rng.pick(ContactTopic.allCases)) }
            for topic in topics.sorted(by: { $0.rawValue < $1.rawValue }) {
                let row = ContactTopicRow()
                row.$contact.id = contactID
                row.topic = topic.rawValue
                try await row.create(on: db)
            }
            let support = ContactSupportRow()
            support.$contact.id = contactID
            support.support = rng.pick(ContactSupport.allCases).rawValue
            try await support.create(on: db)
        }
        for seed in observations {
            let observation = Observation()
            observation.$unit.id = unit
            observation.$recordedBy.id = eetu
            observation.$area.id = seed.area.flatMap { areas[$0] }
            observation.day = today.adding(days: -seed.days).iso
            observation.text = seed.text
            observation.inReport = seed.inReport
            try await observation.create(on: db)
            for tag in ObservationRules.tags(seed.tags) {
                let row = ObservationTag()
                row.$observation.id = try observation.requireID()
                row.tag = tag
                try await row.create(on: db)
            }
        }
    }
}
