import Fluent
import Foundation
import RinnallaCore

/// Tiina's records for Länsi's social rehabilitation model (issue 17): two local
/// adaptations after the seed's own examples, and the core elements rated for last year
/// and, in part, for this one, so the unit's page and the evidence view are not empty.
enum DemoLogicModelAdaptations {
    static let adaptations: [(daysAgo: Int, text: String)] = [
        (
            200,
            "MTP-osaamisen tarve: kaksi sosiaaliohjaajaa mielenterveys- ja päihdetyön koulutukseen, koska yhä useamman asiakkaan kuntoutustarpeessa on mielenterveyden ja päihteiden käytön kysymyksiä."
        ),
        (
            40,
            "Liikkuvan työn edellyttämä minibussi: ryhmät pääsevät retkille ja tutustumiskäynneille myös Länsi-alueen reunoilta, joista julkisella liikenteellä on pitkä matka."
        ),
    ]

    static let ratings: [(yearsAgo: Int, element: String, rating: CoreElementRating, reason: String?)] = [
        (1, "need-mapping", .delivered, nil),
        (1, "planfulness", .partly, "Tavoitteet kirjattiin, mutta väliarvioinnit jäivät osalla jaksoista tekemättä."),
        (1, "intensive-individual-work", .delivered, nil),
        (1, "group-activity", .notYet, "Ryhmiä oli vain yksi, eikä se sopinut kaikille asiakkaille."),
        (0, "need-mapping", .delivered, nil),
        (0, "group-activity", .partly, "Avoin ryhmä kokoontuu viikoittain; muita ryhmiä vasta suunnitellaan."),
    ]

    static func load(unitID: UUID, teamLead: UUID, now: Date, on db: any Database) async throws {
        let today = Day(now)
        for adaptation in adaptations {
            let row = LogicModelAdaptation()
            row.$unit.id = unitID
            row.model = OperatingModel.socialRehabilitation.rawValue
            row.text = adaptation.text
            row.day = today.adding(days: -adaptation.daysAgo).iso
            row.$recordedBy.id = teamLead
            try await row.create(on: db)
        }
        for rating in ratings {
            let row = CoreElementSelfRating()
            row.$unit.id = unitID
            row.model = OperatingModel.socialRehabilitation.rawValue
            row.elementID = rating.element
            row.year = today.year - rating.yearsAgo
            row.rating = rating.rating.rawValue
            row.reason = rating.reason
            row.$ratedBy.id = teamLead
            try await row.create(on: db)
        }
    }
}
