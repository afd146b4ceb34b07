/// The fixed words of the social rehabilitation and travel ticket decisions in one
/// language. The sentences, their order and the data they take are the same in every
/// language, so one builder (`DecisionTexts.rehabilitation`, `.travelTicket`) writes them
/// all: Finnish verbatim from the handbook, Swedish as the team translated it (with the
/// laws named as in Swedish; to be reviewed by a Swedish-speaking social worker), English
/// only for the unofficial courtesy copy (issue 15).
public struct DecisionWording: Sendable {
    let agreed: @Sendable (_ isContinuation: Bool) -> String
    let implementation: @Sendable (_ range: String, _ individual: Int, _ group: Int, _ euros: String) -> String
    let goalsHeading: String
    let isContinuation: @Sendable (Bool) -> String
    let decisionHeading: String
    let resolutionKind: @Sendable (DecisionTexts.Resolution) -> String
    let granted: @Sendable (_ range: String) -> String
    /// The grounds' label alone, which a negative decision's writer fills in.
    let groundsLabel: String
    let opinionHeard: @Sendable (Bool) -> String
    /// Nil where the copy leaves the worker's own words (Finnish or Swedish) out.
    let opinionMethod: (@Sendable (String) -> String)?
    let ticketHeading: String
    let discountName: @Sendable (String) -> String
    let ticketDiscount: @Sendable (String) -> String
    let ticketGranted: @Sendable (_ zones: String, _ discount: String?) -> String

    public static func official(_ language: DecisionLanguage) -> DecisionWording {
        language == .sv ? swedish : finnish
    }

    static let finnish = DecisionWording(
        agreed: { "Asiakkaan kanssa sovittu sosiaalisen kuntoutuksen \($0 ? "jatkamisesta" : "aloituksesta")." },
        implementation: { range, individual, group, euros in
            "Sosiaalinen kuntoutus toteutetaan ajalla \(range), jona aikana tehostetun yksilötyön tapaamisia noin \(individual) kertaa ja ryhmätoiminnan tapaamisia noin \(group) kertaa. Asiakas saa toimintarahaa \(euros) euroa jokaiselta toimintapäivältä. Toimintaraha maksetaan kuukausittain jälkikäteen toteutuman mukaisesti."
        },
        goalsHeading: "Sosiaalisen kuntoutuksen tavoitteina on:",
        isContinuation: { "Kyseessä on jatkopäätös: \($0 ? "Kyllä" : "Ei")" },
        decisionHeading: "Päätös:",
        resolutionKind: { "Ratkaisun laji: \($0.finnish)" },
        granted: { range in
            "Ratkaisu ja perustelut: Sinulle myönnetään sosiaalista kuntoutusta ajalle \(range) sosiaalihuoltolain 17 §:n mukaisesti. Palvelun sisällöstä on sovittu tarkemmin palvelutarpeen arvioinnissa ja/tai asiakassuunnitelmassa."
        },
        groundsLabel: "Ratkaisu ja perustelut: ",
        opinionHeard: { "Asianosaisen mielipide on selvitetty: \($0 ? "Kyllä" : "Ei")" },
        opinionMethod: { "Tapa, jolla asianosaisen mielipide on selvitetty: \($0)" },
        ticketHeading: "HSL-matkakortti sosiaalisen kuntoutuksen ajalle.",
        discountName: { $0 },
        ticketDiscount: { "Asiakas saa matkakortista \(DecisionTexts.discountAccusative($0))." },
        ticketGranted: { zones, discount in
            "Ratkaisu ja perustelu: Myönnetään ehkäisevänä toimeentulotukena maksusitoumus HSL-matkakortin kausilipun lataukseen \(zones)-vyöhykkeen matkoihin \(DecisionTexts.ticketDays) vuorokauden ajalle\(discount.map { ", \($0)" } ?? ""). Maksusitoumukseen sisältyy tarvittaessa HSL-kortti. Lataa kausilippusi rautatieaseman HSL:n palvelupisteessä osoitteessa Elielinaukio 3, 00100 Helsinki."
        })

    static let swedish = DecisionWording(
        agreed: {
            "Med klienten har man kommit överens om att \($0 ? "den sociala rehabiliteringen fortsätter" : "social rehabilitering inleds")."
        },
        implementation: { range, individual, group, euros in
            "Den sociala rehabiliteringen genomförs under tiden \(range), och under den tiden ordnas cirka \(individual) träffar inom intensifierat individuellt arbete och cirka \(group) träffar i gruppverksamhet. Klienten får verksamhetspenning \(euros) euro för varje verksamhetsdag. Verksamhetspenningen betalas ut månadsvis i efterskott enligt utfallet."
        },
        goalsHeading: "Målen för den sociala rehabiliteringen är:",
        isContinuation: { "Det är fråga om ett fortsatt beslut: \($0 ? "Ja" : "Nej")" },
        decisionHeading: "Beslut:",
        resolutionKind: { "Avgörandets art: \($0.name(.sv))" },
        granted: { range in
            "Avgörande och motivering: Du beviljas social rehabilitering för tiden \(range) enligt 17 § i socialvårdslagen. Tjänstens innehåll har avtalats närmare i bedömningen av servicebehovet och/eller i klientplanen."
        },
        groundsLabel: "Avgörande och motivering: ",
        opinionHeard: { "Partens åsikt har utretts: \($0 ? "Ja" : "Nej")" },
        opinionMethod: { "Sätt på vilket partens åsikt har utretts: \($0)" },
        ticketHeading: "HRT-resekort för tiden för den sociala rehabiliteringen.",
        discountName: { DecisionTexts.swedishDiscounts[$0] ?? $0 },
        ticketDiscount: { "Klienten får \($0) på resekortet." },
        ticketGranted: { zones, discount in
            "Avgörande och motivering: Som förebyggande utkomststöd beviljas en betalningsförbindelse för laddning av en säsongsbiljett på HRT-resekortet för resor i zon \(zones) för \(DecisionTexts.ticketDays) dygn\(discount.map { ", \($0)" } ?? ""). Betalningsförbindelsen omfattar vid behov ett HRT-kort. Ladda din säsongsbiljett vid HRT:s servicepunkt på järnvägsstationen, Elielplatsen 3, 00100 Helsingfors."
        })

    /// The unofficial English courtesy copy.
    static let english = DecisionWording(
        agreed: { "It has been agreed with the client that social rehabilitation \($0 ? "continues" : "starts")." },
        implementation: { range, individual, group, euros in
            "Social rehabilitation takes place during \(range), with about \(individual) meetings of intensive individual work and about \(group) group sessions. The client receives an activity allowance of \(euros) euros for each activity day. The activity allowance is paid monthly in arrears for the days that took place."
        },
        goalsHeading: "The goals of social rehabilitation (as written in the decision) are:",
        isContinuation: { "This is a continuation decision: \($0 ? "Yes" : "No")" },
        decisionHeading: "Decision:",
        resolutionKind: { "Type of resolution: \($0 == .positive ? "Positive" : "Negative")" },
        granted: { range in
            "Resolution and grounds: You are granted social rehabilitation for \(range) under section 17 of the Social Welfare Act. The content of the service has been agreed in more detail in the assessment of service needs and/or the client plan."
        },
        groundsLabel: "Resolution and grounds: ",
        opinionHeard: { "The client's opinion has been heard: \($0 ? "Yes" : "No")" },
        opinionMethod: nil,
        ticketHeading: "HSL travel card for the period of social rehabilitation.",
        discountName: { $0 == "eläkeläisalennus" ? "pensioner discount" : $0 },
        ticketDiscount: { "The client gets the \($0) on the travel card." },
        ticketGranted: { zones, discount in
            "Resolution and grounds: A payment commitment is granted as preventive social assistance for loading a season ticket on the HSL travel card for travel in zones \(zones) for \(DecisionTexts.ticketDays) days\(discount.map { ", \($0)" } ?? ""). The payment commitment includes an HSL card if needed. Load your season ticket at HSL's service point at the railway station, Elielinaukio 3, 00100 Helsinki."
        })
}

extension DecisionTexts {
    /// The rehabilitation decision in `wording`'s language.
    public static func rehabilitation(_ input: Rehabilitation, wording w: DecisionWording) -> String {
        let range = input.range.finnish
        let euros = AllowanceDecisionText.euros(input.allowanceCentsPerDay)
        var lines = [
            w.agreed(input.isContinuation) + " "
                + w.implementation(range, input.individualMeetings, input.groupSessions, euros),
            "",
        ]
        if !input.goals.isEmpty {
            lines.append(w.goalsHeading)
            lines += input.goals.map { "- \($0)" }
            lines.append("")
        }
        lines += [
            w.isContinuation(input.isContinuation), "", w.decisionHeading, "", w.resolutionKind(input.resolution),
            input.resolution == .positive ? w.granted(range) : w.groundsLabel, "", w.opinionHeard(input.opinionHeard),
        ]
        if let method = w.opinionMethod { lines.append(method(input.opinionMethod)) }
        return lines.joined(separator: "\n")
    }

    /// The travel ticket decision in `wording`'s language.
    public static func travelTicket(_ input: TravelTicket, wording w: DecisionWording) -> String {
        let discount = input.discount.map(w.discountName)
        var lines = [w.ticketHeading, ""]
        if let discount { lines += [w.ticketDiscount(discount), ""] }
        lines += [
            w.decisionHeading, "", w.resolutionKind(.positive), w.ticketGranted(input.zones, discount),
        ]
        return lines.joined(separator: "\n")
    }
}
