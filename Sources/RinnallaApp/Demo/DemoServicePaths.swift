import Fluent
import Foundation
import RinnallaCore

/// The demo organisation's agreed service paths: the key partners the low-threshold and
/// outreach logic models name (seed 002: "talousneuvonta, asumisneuvonta, päihde- ja
/// mielenterveyspalvelut"; "sosiaalitoimisto, asunnottomien palvelut sekä päihde- ja
/// mielenterveyspalvelut ja järjestöt") and the services the Helsinki handbook's example
/// plans name (seed 003: "Yhdessä tapaamaan talous- ja velkaneuvojaa", "Kelan kuntoutusten
/// kartoittaminen", "päihde- mielenterveyspoliklinikoiden ryhmätoimintaa"). The seeds give
/// no phone numbers, addresses or opening hours, so those are left empty and each
/// description says the organisation fills in its own agreed practice.
enum DemoServicePaths {
    struct Entry: Sendable {
        let name: String
        let kind: ServicePathKind
        /// The seed's words about the service.
        let source: String
    }

    static let fillIn =
        "Esimerkkitieto: organisaatio täydentää yhteystiedot, aukioloajat ja sovitun ohjauskäytännön."

    static let all: [Entry] = [
        .init(
            name: "Talous- ja velkaneuvonta", kind: .debtCounselling,
            source: "Käsikirjan esimerkki: ”Yhdessä tapaamaan talous- ja velkaneuvojaa”."),
        .init(
            name: "Asumisneuvonta", kind: .housingCounselling,
            source: "Matalan kynnyksen sosiaalityön keskeinen yhteistyökumppani (talousneuvonta, asumisneuvonta)."),
        .init(
            name: "Päihde- ja mielenterveyspoliklinikka", kind: .mentalHealthServices,
            source: "Käsikirja: ”Hyödynnä päihde- mielenterveyspoliklinikoiden ryhmätoimintaa”."),
        .init(
            name: "Päihdepalvelut", kind: .substanceServices,
            source: "Keskeisiä yhteistyökumppaneita ovat päihde- ja mielenterveyspalvelut."),
        .init(
            name: "Asunnottomien palvelut", kind: .homelessServices,
            source: "Etsivän työn keskeinen yhteistyökumppani (sosiaalitoimisto, asunnottomien palvelut)."),
        .init(
            name: "Sosiaalitoimisto", kind: .socialOffice,
            source: "Etsivän työn keskeinen yhteistyökumppani."),
        .init(
            name: "Kela", kind: .other,
            source: "Käsikirjan esimerkki: ”Kelan kuntoutusten kartoittaminen, esim. Nuotti-valmennus”."),
        .init(
            name: "Stop huumeille ry", kind: .ngo,
            source: "Käsikirja mainitsee järjestön päihteisiin liittyvän tuen yhteydessä."),
    ]

    static func load(createdBy: UUID?, on db: any Database) async throws {
        guard try await ServicePath.query(on: db).count() == 0 else { return }
        for entry in all {
            let service = ServicePath()
            service.name = entry.name
            service.kind = entry.kind.rawValue
            service.description = "\(entry.source) \(fillIn)"
            service.howToRefer = "Esimerkkitieto: kirjatkaa tähän yhdessä sovittu tapa ohjata ja saattaa palveluun."
            service.openingHours = ""
            service.isActive = true
            service.$createdBy.id = createdBy
            try await service.create(on: db)
        }
    }
}
