import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor

@testable import RinnallaApp

/// The demo service map is the handbook's own list: every name, address, description
/// and web address is checked against the seed text it was taken from.
@Suite("The demo service map")
struct DemoPlacesTests {
    /// The handbook (seed 003) sits next to the repository: `../shared/seeds` from its root.
    static let seedURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/seeds/003_82827c2aae075d3e.txt")

    static var seedExists: Bool { FileManager.default.fileExists(atPath: seedURL.path) }

    /// Line breaks and double spaces from the PDF layout as single spaces, and the PDF's
    /// "D - asema" as "D-asema"; compared without case.
    static func normalised(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            .replacingOccurrences(of: " - ", with: "-").lowercased()
    }

    @Test(
        .enabled(
            if: seedExists,
            "the seed documents (../shared/seeds next to the repository) are not available in this checkout"))
    func everyShippedPlaceIsTheSeedsOwnText() throws {
        let seed = Self.normalised(try String(contentsOf: Self.seedURL, encoding: .utf8))
        func inSeed(_ text: String) -> Bool { seed.contains(Self.normalised(text)) }
        for entry in DemoPlaces.all {
            #expect(inSeed(entry.description), "description of \(entry.name)")
            // The name is the seed's mention, after the seed's collective word when it lists several.
            let description = Self.normalised(entry.description)
            #expect(inSeed(entry.mention), "name of \(entry.name)")
            #expect(
                entry.prefix.isEmpty || description.contains(Self.normalised(entry.prefix)), "prefix of \(entry.name)")
            if entry.area != nil {
                #expect(description.contains(Self.normalised(entry.mention)), "\(entry.name) in its paragraph")
            }
            if !entry.address.isEmpty { #expect(inSeed(entry.address), "address of \(entry.name)") }
            if !entry.openingNotes.isEmpty {
                #expect(description.contains(Self.normalised(entry.openingNotes)), "notes of \(entry.name)")
            }
            if let web = entry.web { #expect(seed.contains(web.lowercased()), "web address of \(entry.name)") }
        }
    }

    @Test func theListCoversTheFourAreasAndTheCityWideServices() {
        let names = DemoPlaces.all.map(\.name)
        #expect(Set(names).count == names.count, "no place twice")
        #expect(Set(DemoPlaces.all.compactMap(\.area)) == ["Itä", "Pohjoinen", "Etelä", "Länsi"])
        #expect(Set(DemoPlaces.all.map(\.category)) == Set(PlaceCategory.allCases))
        for name in [
            "Stop huumeille ry", "Nimettömät alkoholistit Helsinki", "Suomen Klubitalot ry", "Lilinkotisäätiö",
            "Helsingin A-Kilta", "Nimettömät narkomaanit Helsinki",
        ] {
            let entry = DemoPlaces.all.first { $0.name == name }
            #expect(entry?.area == nil && entry?.web != nil, "\(name)")
        }
        #expect(DemoPlaces.all.allSatisfy { $0.web.map { PlaceRules.webAddress($0) != nil } ?? true })
    }

    @Test func theDemoOrganisationGetsTheDirectoryWithItsAreas() async throws {
        try await withTestApp { (app, _) async throws in
            #expect(try await DemoData.load(on: app))
            #expect(try await Place.query(on: app.db).count() == DemoPlaces.all.count)
            let kontula = try #require(
                try await Place.query(on: app.db).filter(\.$name == "Kontulan D-asema").with(\.$area).first())
            #expect(kontula.area?.name == "Itä" && kontula.address == "Kontulankaari 1B 14A")
            let expected: [String: String?] = [
                "Kannelmäen D-asema": "Länsi", "Tukiyhdistys Karvinen": "Pohjoinen", "Vallilan Helmitalo": "Etelä",
                "Kulttuurikeskus Stoa": "Itä", "Maunula-talo": "Pohjoinen", "Stop huumeille ry": nil,
            ]
            for (name, area) in expected {
                let place = try #require(
                    try await Place.query(on: app.db).filter(\.$name == name).with(\.$area).first(), "\(name)")
                #expect(place.area?.name == area, "\(name)")
            }
            #expect(try await Place.query(on: app.db).filter(\.$name == "Maunula-talo").first()?.address == "")
            // loading again adds nothing
            #expect(try await DemoData.load(on: app) == false)
            #expect(try await Place.query(on: app.db).count() == DemoPlaces.all.count)
        }
    }
}
