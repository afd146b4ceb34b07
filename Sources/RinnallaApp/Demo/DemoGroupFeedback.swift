import Fluent
import Foundation
import RinnallaCore

/// A feedback link and a few anonymous answers for the demo group that meets today, so
/// its results show (more answers than the smallest small-cell threshold, 5). The answers
/// are made up for the demo.
enum DemoGroupFeedback {
    static let answers: [(good: String, change: String, rating: Int?)] = [
        ("Mukava porukka ja rento tunnelma.", "", 5),
        ("Sain puhua omista asioista ilman kiirettä.", "Kahvia voisi olla enemmän.", 4),
        ("", "Aloitus voisi olla myöhemmin, aamut ovat vaikeita.", 3),
        ("Retki luontoon oli paras kerta.", "Lisää retkiä.", 5),
        ("Ohjaajat kuuntelevat.", "", 4),
        ("Pelit olivat hauskoja.", "Pienempi ryhmä olisi helpompi.", nil),
        ("Tulin ensimmäistä kertaa ja minut otettiin hyvin vastaan.", "", 4),
    ]

    static func load(users: [String: UUID], on db: any Database) async throws {
        guard let rasmus = users["rasmus@demo.rinnalla.fi"],
            let group = try await ActivityGroup.query(on: db).filter(\.$name == DemoGroups.seeds[0].name).first(),
            let groupID = group.id
        else { return }
        let link = GroupFeedbackLink()
        link.$group.id = groupID
        link.$unit.id = group.$unit.id
        link.token = Secrets.token()
        link.$createdBy.id = rasmus
        try await link.create(on: db)
        for answer in answers {
            let response = GroupFeedbackResponse()
            response.$group.id = groupID
            response.$unit.id = group.$unit.id
            response.good = answer.good
            response.change = answer.change
            response.rating = answer.rating
            try await response.create(on: db)
        }
    }
}
