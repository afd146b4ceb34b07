import Fluent
import Foundation
import RinnallaCore

/// The demo organisation's service map: the places Helsinki's social rehabilitation
/// handbook lists in "Alueiden tärpit" for its four areas, and the city-wide services of
/// "Muista alueelliset palvelut!" (seed 003). Names, addresses, descriptions and web
/// addresses are the seed's own text; an address is left empty where the seed gives none,
/// and a web address is set only where the seed's link list names the place unmistakably.
///
/// Areas: the handbook prints the four areas as two columns under the headings
/// "Itä Pohjoinen / Etelä Länsi", so the extracted text mixes them. Each paragraph is
/// assigned by the neighbourhoods it names: Kontula, Vuosaari, Mellunmäki, Myllypuro,
/// Itäkeskus (Stoa, Itis), Uutela and Roihuvuori → Itä; Malmi, Pihlajamäki, Oulunkylä,
/// Tapulikaupunki, Tapanila, Fallkulla, Viikki, Haltiala, Paloheinä, Jakomäki and
/// Maunula → Pohjoinen; Kallio, Käpylä, Pasila, Vallila, Hermanni, Lapinlahti and the
/// inner-city parks (Seurasaari, Töölönlahti, Talvipuutarha, Vanhankaupunginlahti,
/// Lammassaari) → Etelä; Kannelmäki, Pitäjänmäki, Malminkartano, Lassila,
/// Pikku-Huopalahti, Hopeala, Mätäjoki and Pohjois-Haaga (Majakka) → Länsi. A paragraph
/// naming several places goes whole to one area.
///
/// Categories follow the handbook's own headings: Stadin yhteisötalot and residents'
/// rooms are community houses; the open meeting places run by associations and
/// foundations (D-asemat, Elokolot, naapuruustalot, Hang On, Loiste, African Care) are
/// third-sector meeting places; libraries and culture houses are culture.
enum DemoPlaces {
    struct Entry: Sendable {
        /// The seed's collective word in the singular when it lists several places after
        /// it ("Stadin yhteisötalot Malmi, Pihlajamäki…"); empty when the mention is the full name.
        let prefix: String
        /// The place as the seed names it.
        let mention: String
        let category: PlaceCategory
        /// "Itä", "Pohjoinen", "Etelä" or "Länsi"; nil for a city-wide service.
        let area: String?
        var address = ""
        var openingNotes = ""
        /// The seed's paragraph about the place (shared by the places it names together).
        let description: String
        var web: String? = nil
        var isFree: Bool? = nil

        var name: String { prefix.isEmpty ? mention : "\(prefix) \(mention)" }
    }

    static let outdoors = "https://www.hel.fi/fi/kulttuuri-ja-vapaa-aika/ulkoilu-puistot-ja-luontokohteet"
    static let yhteisotalo = "https://www.hel.fi/fi/paatoksenteko-ja-hallinto/stadin-yhteisotalo-"

    // MARK: Itä

    static let itaHouses =
        "Stadin yhteisötalot: Kontula ja Vuosaari sekä Naapurustalo Mellari, Kontulan Elokolo ovat kaikille avoimia kohtaamis- ja harrastuspaikkoja."
    static let itaNature =
        "Ulkoilu- , puisto- ja luontokohteet: Uutelan ja Mustavuoren ulkoilualueet, Kirsikkapuisto, Rakkauden metsä, Vuosaarenhuippu, Aarrepuisto."

    static let ita: [Entry] = [
        Entry(
            prefix: "Stadin yhteisötalo", mention: "Kontula", category: .communityHouse, area: "Itä",
            description: itaHouses, web: yhteisotalo + "kontula"),
        Entry(
            prefix: "Stadin yhteisötalo", mention: "Vuosaari", category: .communityHouse, area: "Itä",
            description: itaHouses, web: yhteisotalo + "vuosaari"),
        Entry(
            prefix: "", mention: "Naapurustalo Mellari", category: .thirdSector, area: "Itä",
            description: itaHouses,
            web: "https://kalliola.fi/osallistu-toimintaamme/naapuruustalot-ja-kohtaamispaikat/naapuruustalo-mellari/"),
        Entry(
            prefix: "", mention: "Kontulan Elokolo", category: .thirdSector, area: "Itä", description: itaHouses,
            web:
                "https://ehyt.fi/ehyt-ry/toiminta-ja-hankkeet/opiskelijoille-tyoikaisille-ja-ikaantyneille/elokolo-kohtaamispaikat/kontulan-elokolo/"
        ),
        Entry(
            prefix: "", mention: "Kontulan D-asema", category: .thirdSector, area: "Itä",
            address: "Kontulankaari 1B 14A",
            description: "Kontulan D-asema tarjoaa kaikille avoimen kohtaamispaikan ja monenlaista toimintaa.",
            web: "https://www.hdl.fi/d-asema-kontula/"),
        Entry(
            prefix: "", mention: "Hang On ry", category: .thirdSector, area: "Itä", address: "Jauhokuja 3",
            description:
                "Hang On ry on kynnyksettömän kohtaamispaikan kaiken ikäisille, jossa tarjotaan toimintaa, apua ja tukea. Tiloissa toimii myös hävikkiruokaravintola Myllyn murkina",
            web: "https://www.hangonry.fi/"),
        Entry(
            prefix: "", mention: "Uutelan ja Mustavuoren ulkoilualueet", category: .nature, area: "Itä",
            description: itaNature, web: outdoors),
        Entry(
            prefix: "", mention: "Kirsikkapuisto", category: .nature, area: "Itä", description: itaNature, web: outdoors
        ),
        Entry(
            prefix: "", mention: "Rakkauden metsä", category: .nature, area: "Itä", description: itaNature,
            web: outdoors),
        Entry(
            prefix: "", mention: "Vuosaarenhuippu", category: .nature, area: "Itä", description: itaNature,
            web: outdoors),
        Entry(
            prefix: "", mention: "Aarrepuisto", category: .nature, area: "Itä", description: itaNature, web: outdoors),
        Entry(
            prefix: "", mention: "Liikuntamylly", category: .sports, area: "Itä", address: "Myllypurontie 1",
            description: "Liikuntamylly tarjoaa paikan sekä omatoimiseen että ryhmämuotoiseen liikkumiseen.",
            web: "https://www.stadissa.fi/paikat/1328/liikuntamylly"),
        Entry(
            prefix: "", mention: "Kulttuurikeskus Stoa", category: .culture, area: "Itä", address: "Turunlinnantie 1",
            description:
                "Kulttuurikeskus Stoa tarjoaa monipuolisesti erilaisia tapahtumia ja toimintaa kaiken ikäisille.",
            web: "http://www.stoa.fi/"),
        Entry(
            prefix: "", mention: "African Care ry", category: .thirdSector, area: "Itä", address: "Kauppakeskus Itis",
            description: "African Care ry tarjoaa toimintaa ja ryhmiä monikulttuurisille naisille ja lapsiperheille.",
            web: "https://www.africancare.fi/"),
    ]

    // MARK: Pohjoinen

    static let pohjoinenHouses =
        "Stadin yhteisötalot Malmi, Pihlajamäki, Saunabaari ja Oulunkylän Seurahuone sekä Tapulin asukastila ja Tapanilan kylätila ovat kaikille avoimia harrastus- ja kohtaamispaikkoja."
    static let pohjoinenNature =
        "Ulkoilu, puistot ja luontokohteet: Fallkullan pieneläintila, Viikin pellot, Haltiala ja Paloheinän ulkoilumaastot, sekä Malmin lentokentän ulkoilureitti."

    static let pohjoinen: [Entry] = [
        Entry(
            prefix: "Stadin yhteisötalo", mention: "Malmi", category: .communityHouse, area: "Pohjoinen",
            description: pohjoinenHouses, web: yhteisotalo + "malmi"),
        Entry(
            prefix: "Stadin yhteisötalo", mention: "Pihlajamäki", category: .communityHouse, area: "Pohjoinen",
            description: pohjoinenHouses, web: yhteisotalo + "pihlajamaki"),
        Entry(
            prefix: "Stadin yhteisötalo", mention: "Saunabaari", category: .communityHouse, area: "Pohjoinen",
            description: pohjoinenHouses, web: yhteisotalo + "saunabaari"),
        Entry(
            prefix: "Stadin yhteisötalo", mention: "Oulunkylän Seurahuone", category: .communityHouse,
            area: "Pohjoinen", description: pohjoinenHouses, web: yhteisotalo + "oulunkylan-seurahuone"),
        Entry(
            prefix: "", mention: "Tapulin asukastila", category: .communityHouse, area: "Pohjoinen",
            description: pohjoinenHouses,
            web: "https://www.myhelsinki.fi/fi/n%C3%A4e-ja-koe/tapahtumat/tapulin-asukastila"),
        Entry(
            prefix: "", mention: "Tapanilan kylätila", category: .communityHouse, area: "Pohjoinen",
            description: pohjoinenHouses),
        Entry(
            prefix: "", mention: "Fallkullan pieneläintila", category: .nature, area: "Pohjoinen",
            description: pohjoinenNature, web: outdoors),
        Entry(
            prefix: "", mention: "Viikin pellot", category: .nature, area: "Pohjoinen", description: pohjoinenNature,
            web: outdoors),
        Entry(
            prefix: "", mention: "Haltiala ja Paloheinän ulkoilumaastot", category: .nature, area: "Pohjoinen",
            description: pohjoinenNature, web: outdoors),
        Entry(
            prefix: "", mention: "Malmin lentokentän ulkoilureitti", category: .nature, area: "Pohjoinen",
            description: pohjoinenNature, web: outdoors),
        Entry(
            prefix: "", mention: "Tukiyhdistys Karvinen", category: .mentalHealthAndSubstance, area: "Pohjoinen",
            address: "Malmin raitti 19",
            description:
                "Tukiyhdistys Karvinen on matalan kynnyksen kohtaamispaikka mielenterveyskuntoutujille, jossa hyvän mielen lisäksi tarjotaan kahvia, ruokaa, vertaistukea ja monipuolista toimintaa ryhmien ja retkien muodossa."
        ),
        Entry(
            prefix: "", mention: "Taiteen Sulattamo", category: .culture, area: "Pohjoinen",
            address: "Malmin raitti 17", openingNotes: "jokaisena arkipäivänä",
            description:
                "Taiteen Sulattamo tarjoaa maksutonta luovaa taidetoimintaa jokaisena arkipäivänä osoitteessa Malmin raitti 17. Palvelut on tarkoitettu kaikille ikään, taitoihin tai diagnoosiin katsomatta.",
            isFree: true),
        Entry(
            prefix: "", mention: "Jakomäen Olkkari", category: .culture, area: "Pohjoinen",
            address: "Jakomäenpolku 3", openingNotes: "torstaisin klo 11-12",
            description:
                "Jakomäen Olkkari kirjastossa torstaisin klo 11-12. Vapaata oleskelua ja jutustelua ajankohtaisista aiheista."
        ),
        Entry(
            prefix: "", mention: "Maunula-talo", category: .culture, area: "Pohjoinen",
            description:
                "Maunula-talo on kulttuurin, oppimisen, tekemisen ja yhdessäolon talo sekä kaikenikäisten kävijöiden kohtaamispaikka. Paljon monipuolista toimintaa.",
            web: "https://maunulatalo.hel.fi/"),
    ]

    // MARK: Etelä

    static let etelaHouses =
        "Stadin yhteisötalot Hanna, Käpylä ja Betania sekä Pasilan Naapuruustalo, Tsänssi ja Kallion Elokolo ovat kaikille avoimia harrastus ja kohtaamispaikkoja."
    static let etelaNature =
        "Ulkoilu, puistot ja luontokohteet: Seurasaari, Vanhankaupunginlahti, Lammassaari, Talvipuutarha, Töölönlahti"
    static let loiste =
        "Loistesetlementin Helsingin Tyttöjen talo (osoite Hämeentie 13 A, 4. kerros) ja Poikien talo (osoite: Hämeentie 13 A, 3. kerros) tarjoavat toimintaa ja tukea alle 29 vuotiaille nuorille."

    static let etela: [Entry] = [
        Entry(
            prefix: "Stadin yhteisötalo", mention: "Hanna", category: .communityHouse, area: "Etelä",
            description: etelaHouses),
        Entry(
            prefix: "Stadin yhteisötalo", mention: "Käpylä", category: .communityHouse, area: "Etelä",
            description: etelaHouses),
        Entry(
            prefix: "Stadin yhteisötalo", mention: "Betania", category: .communityHouse, area: "Etelä",
            description: etelaHouses),
        Entry(
            prefix: "", mention: "Pasilan Naapuruustalo", category: .thirdSector, area: "Etelä",
            description: etelaHouses,
            web: "https://kalliola.fi/osallistu-toimintaamme/naapuruustalot-ja-kohtaamispaikat/naapuruustalo-pasila/"),
        Entry(
            prefix: "", mention: "Tsänssi", category: .thirdSector, area: "Etelä", description: etelaHouses,
            web: "https://etappiry.net/tsanssi/"),
        Entry(
            prefix: "", mention: "Kallion Elokolo", category: .thirdSector, area: "Etelä", description: etelaHouses,
            web:
                "https://ehyt.fi/ehyt-ry/toiminta-ja-hankkeet/opiskelijoille-tyoikaisille-ja-ikaantyneille/elokolo-kohtaamispaikat/kallion-elokolo/"
        ),
        Entry(
            prefix: "", mention: "Hermannin Diakoniatalon Varustamo", category: .parish, area: "Etelä",
            address: "Hämeentie 73",
            description:
                "Hermannin Diakoniatalon Varustamo tarjoaa monipuolisesti erilaista toimintaa, mutta myös paikan, jossa saa vaan olla.",
            web: "https://www.helsinginseurakunnat.fi/artikkelit/hermannindiakoniatalo"),
        Entry(
            prefix: "", mention: "Lapinlahden lähde", category: .culture, area: "Etelä",
            address: "Lapinlahdenpolku 8",
            description:
                "Lapinlahden lähde on kulttuurin, oppimisen, tekemisen ja yhdessäolon talo sekä kaikenikäisten kävijöiden kohtaamispaikka. Paljon monipuolista toimintaa.",
            web: "https://lapinlahdenlahde.fi/"),
        Entry(
            prefix: "", mention: "Vallilan Helmitalo", category: .mentalHealthAndSubstance, area: "Etelä",
            address: "Mäkelänkatu 56, 3. kerros",
            description:
                "Vallilan Helmitalo on mielenterveystoipujien matalan kynnyksen kohtaamispaikka. Toimintaan voi osallistua omien voimavarojen mukaan. Tarjolla myös aamupalaa ja lounas!",
            web: "https://mielenterveyshelmi.fi/"),
        Entry(
            prefix: "", mention: "Seurasaari", category: .nature, area: "Etelä", description: etelaNature, web: outdoors
        ),
        Entry(
            prefix: "", mention: "Vanhankaupunginlahti", category: .nature, area: "Etelä", description: etelaNature,
            web: outdoors),
        Entry(
            prefix: "", mention: "Lammassaari", category: .nature, area: "Etelä", description: etelaNature,
            web: outdoors),
        Entry(
            prefix: "", mention: "Talvipuutarha", category: .nature, area: "Etelä", description: etelaNature,
            web: outdoors),
        Entry(
            prefix: "", mention: "Töölönlahti", category: .nature, area: "Etelä", description: etelaNature,
            web: outdoors),
        Entry(
            prefix: "Loistesetlementin", mention: "Helsingin Tyttöjen talo", category: .thirdSector, area: "Etelä",
            address: "Hämeentie 13 A, 4. kerros", description: loiste),
        Entry(
            prefix: "Loistesetlementin", mention: "Poikien talo", category: .thirdSector, area: "Etelä",
            address: "Hämeentie 13 A, 3. kerros", description: loiste, web: "https://www.poikientalo.fi/"),
    ]

    // MARK: Länsi

    static let lansiNature =
        "Ulkoilu, puistot ja luontokohteet: Mätäjokilaakson ulkoilureitit, Malminkartanon omenatarha, Alppiruusupuisto, Malminkartanon täyttömäki, Strömbergin puisto."
    static let lansiHouses =
        "Stadin yhteisötalo Lassila, asukastalot Pikku-Huopalahti, Malminkartanon Renki ja asukastila Hopeala ovat kaikille avoimia kohtaamis- ja harrastuspaikkoja."

    static let lansi: [Entry] = [
        Entry(
            prefix: "", mention: "Kannelmäen D-asema", category: .thirdSector, area: "Länsi",
            address: "Klaneettitie 11",
            description: "Kannelmäen D-asema tarjoaa kaikille avoimen kohtaamispaikan ja monenlaista toimintaa.",
            web: "https://www.hdl.fi/d-asema-kannelmaki/"),
        Entry(
            prefix: "", mention: "Mätäjokilaakson ulkoilureitit", category: .nature, area: "Länsi",
            description: lansiNature, web: outdoors),
        Entry(
            prefix: "", mention: "Malminkartanon omenatarha", category: .nature, area: "Länsi",
            description: lansiNature, web: outdoors),
        Entry(
            prefix: "", mention: "Alppiruusupuisto", category: .nature, area: "Länsi", description: lansiNature,
            web: outdoors),
        Entry(
            prefix: "", mention: "Malminkartanon täyttömäki", category: .nature, area: "Länsi",
            description: lansiNature, web: outdoors),
        Entry(
            prefix: "", mention: "Strömbergin puisto", category: .nature, area: "Länsi", description: lansiNature,
            web: outdoors),
        Entry(
            prefix: "", mention: "Pitäjänmäen kirjasto", category: .culture, area: "Länsi", address: "Jousipolku 1",
            description:
                "Pitäjänmäen kirjasto tarjoaa monipuolista kaikille avointa toimintaa: elokuvia, lukupiiri, kirjailijavieraat, kielikahvila."
        ),
        Entry(
            prefix: "", mention: "Stadin yhteisötalo Lassila", category: .communityHouse, area: "Länsi",
            description: lansiHouses),
        Entry(
            prefix: "Asukastalo", mention: "Pikku-Huopalahti", category: .communityHouse, area: "Länsi",
            description: lansiHouses, web: "https://pikkuhuopalahti.fi/asukastalo/"),
        Entry(
            prefix: "", mention: "Malminkartanon Renki", category: .communityHouse, area: "Länsi",
            description: lansiHouses),
        Entry(
            prefix: "", mention: "Asukastila Hopeala", category: .communityHouse, area: "Länsi",
            description: lansiHouses, web: "https://www.facebook.com/p/Asukastila-Hopeala-100064501069965/"),
        Entry(
            prefix: "", mention: "Kulttuurikeskus Kanneltalo", category: .culture, area: "Länsi",
            address: "Klaneettitie 5",
            description:
                "Kulttuurikeskus Kanneltalo tarjoaa monipuolisesti erilaisia tapahtumia ja toimintaa kaiken ikäisille.",
            web: "https://kanneltalo.fi/"),
        Entry(
            prefix: "", mention: "Tukiyhdistys Majakka ry", category: .mentalHealthAndSubstance, area: "Länsi",
            address: "Teuvo Pakkalantie 1 A",
            description:
                "Tukiyhdistys Majakka ry toimii matalan kynnyksen kohtaamispaikkana mielenterveyskuntoutujille. Majakka tarjoaa laajasti erilaista ryhmätoimintaa.",
            web: "https://www.majakkary.fi/"),
    ]

    // MARK: City-wide ("Muista alueelliset palvelut!")

    static let mentalHealth =
        "Hyödynnä päihde- mielenterveyspoliklinikoiden ryhmätoimintaa, Klubitalotoimintaa, A-kiltoja, alueen AA- ja NA-ryhmiä, Lilinkotisäätiötä, Stop huumeille ry:tä yms."
    static let communitySpaces =
        "Ohjaa asiakasta hyödyntämään Stadin yhteisötaloja, joihin voi mennä matalalla kynnyksellä viettämään aikaa. Lähde mukaan tutustumaan! Tsekkaa myös 3. sektorin avoimet tilat."

    static let cityWide: [Entry] = [
        Entry(
            prefix: "", mention: "Stadin yhteisötalot", category: .communityHouse, area: nil,
            description: communitySpaces,
            web:
                "https://www.hel.fi/fi/paatoksenteko-ja-hallinto/osallistu-ja-vaikuta/tukea-yhdessa-tekemiseen/stadin-yhteisotalot"
        ),
        Entry(
            prefix: "", mention: "3. sektorin avoimet tilat", category: .thirdSector, area: nil,
            description: communitySpaces, web: "https://www.lahella.fi/"),
        Entry(
            prefix: "", mention: "Varustamot", category: .parish, area: nil,
            description:
                "Seurakunta tarjoaa paljon erilaisia toimintoja, diakoniatyötä ja ruoka-apua. Toimintaa myös lapsiperheille. Katso esimerkiksi matalan kynnyksen kohtaamispaikka Varustamot.",
            web:
                "https://www.helsinginseurakunnat.fi/sisaltokeskus/varustamo-livsrum-siellaonihminentavattavissa.html.stx"
        ),
        Entry(
            prefix: "", mention: "Ruoka-apu", category: .foodAid, area: nil,
            description: "Ruoka-apua vähävaraisille saatavilla joka alueella. Tsekkaa ruokajaot ja yhteisöruokailut.",
            web: "https://ruoka-apu.fi/"),
        Entry(
            prefix: "", mention: "Stop huumeille ry", category: .mentalHealthAndSubstance, area: nil,
            description: mentalHealth, web: "https://stophuumeille.fi/"),
        Entry(
            prefix: "", mention: "Nimettömät alkoholistit Helsinki", category: .mentalHealthAndSubstance, area: nil,
            description: mentalHealth, web: "https://aahelsinki.fi/"),
        Entry(
            prefix: "", mention: "Suomen Klubitalot ry", category: .mentalHealthAndSubstance, area: nil,
            description: mentalHealth, web: "https://suomenklubitalot.fi/tietoa-meista/mika-on-klubitalo/"),
        Entry(
            prefix: "", mention: "Lilinkotisäätiö", category: .mentalHealthAndSubstance, area: nil,
            description: mentalHealth, web: "https://www.lilinkoti.fi/"),
        Entry(
            prefix: "", mention: "Helsingin A-Kilta", category: .mentalHealthAndSubstance, area: nil,
            description: mentalHealth, web: "https://www.helsinginakilta.fi/"),
        Entry(
            prefix: "", mention: "Nimettömät narkomaanit Helsinki", category: .mentalHealthAndSubstance, area: nil,
            description: mentalHealth, web: "https://www.nasuomi.org/kokous/na-helsinki/"),
        Entry(
            prefix: "", mention: "Vapaaehtoistyö", category: .volunteering, area: nil,
            description:
                "Mahdollisuutta vapaaehtoistyöhön voi kysellä monesta paikasta: esim. Helsingin kaupunki, seurakunnat ja 3. sektorin palvelut.",
            web: "https://vapaaehtoistoiminta.hel.fi/"),
        Entry(
            prefix: "", mention: "Alueliikunnan palvelut", category: .sports, area: nil,
            description: "Muista alueliikunnan palvelut, kuntoportaat, puistojumpat, Kisahalli yms.",
            web: "https://liikunta.hel.fi/fi/sivut/ohjattu-liikunta/alueliikunta"),
    ]

    static var all: [Entry] { ita + pohjoinen + etela + lansi + cityWide }

    /// Adds the places unless the directory has some already; areas are found by name.
    static func load(createdBy: UUID?, on db: any Database) async throws {
        guard try await Place.query(on: db).count() == 0 else { return }
        let areas = Dictionary(
            try await Area.query(on: db).all().compactMap { area in area.id.map { (area.name, $0) } },
            uniquingKeysWith: { a, _ in a })
        for entry in all {
            let place = Place()
            place.name = entry.name
            place.category = entry.category.rawValue
            place.$area.id = entry.area.flatMap { areas[$0] }
            place.address = entry.address
            place.openingNotes = entry.openingNotes
            place.webAddress = entry.web
            place.languages = ""
            place.isFree = entry.isFree
            place.description = entry.description
            place.isActive = true
            place.$createdBy.id = createdBy
            try await place.create(on: db)
        }
    }
}
