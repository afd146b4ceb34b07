import Fluent
import Foundation
import RinnallaCore
import Vapor

@testable import RinnallaApp

/// Two areas and three places of the service map, written straight to the database.
struct PlaceFixture: Sendable {
    let ita: UUID
    let lansi: UUID
    /// Kontulan D-asema, Itä, third sector, with an address.
    let dAsema: UUID
    /// Kannelmäen D-asema, Länsi.
    let kannelmaki: UUID
    /// Stop huumeille ry, city-wide.
    let stop: UUID

    static func load(on app: Application) async throws -> PlaceFixture {
        let ita = Area(name: "Itä", sortOrder: 0)
        let lansi = Area(name: "Länsi", sortOrder: 1)
        try await ita.create(on: app.db)
        try await lansi.create(on: app.db)
        func place(_ name: String, _ category: PlaceCategory, _ area: Area?, address: String = "", web: String? = nil)
            async throws -> UUID
        {
            let place = Place()
            place.name = name
            place.category = category.rawValue
            place.$area.id = area?.id
            place.address = address
            place.openingNotes = ""
            place.webAddress = web
            place.languages = "fi"
            place.description = "Kaikille avoin kohtaamispaikka."
            place.isActive = true
            try await place.create(on: app.db)
            return try place.requireID()
        }
        return PlaceFixture(
            ita: try ita.requireID(), lansi: try lansi.requireID(),
            dAsema: try await place(
                "Kontulan D-asema", .thirdSector, ita, address: "Kontulankaari 1B 14A",
                web: "https://www.hdl.fi/d-asema-kontula/"),
            kannelmaki: try await place("Kannelmäen D-asema", .thirdSector, lansi, address: "Klaneettitie 11"),
            stop: try await place(
                "Stop huumeille ry", .mentalHealthAndSubstance, nil, web: "https://stophuumeille.fi/"))
    }
}
