/// A population figure of the inclusion indicator that the guide publishes, shown beside a
/// team's own results so that it can see its group against the population. Only figures
/// the guide prints, with its numbers and words; `printed` is the guide's own wording of
/// the number and `population` its words for who was measured (both verbatim fragments,
/// checked against the seed by a test).
public struct InclusionReferenceFigure: Sendable, Hashable {
    public enum Measure: String, Sendable, Hashable, CaseIterable {
        /// Mean score on the 0–100 scale.
        case meanScore
        /// Percentage with a very weak experience of inclusion (score below 50).
        case percentVeryWeak
    }

    public let measure: Measure
    /// The figure: points (0–100) or a percentage (0–100).
    public let value: Double
    /// The number as the guide prints it, e.g. "75,2 pistettä".
    public let printed: String
    /// Who the figure is about, in the guide's words.
    public let population: String
    /// The survey and its year, a short label from the guide's naming (e.g. "Finsote 2019";
    /// the guide writes "Pääkaupunkiseudun hyvinvointikyselyn 2021", inflected).
    public let survey: String
    public let year: Int
    /// The publication the guide cites for it, shortened to authors and year.
    public let reference: String
    /// Where in the seed `004_1d8d46e8ce5452c4.txt` the figure is printed.
    public let seedLines: ClosedRange<Int>
}

/// The reference figures printed in part 1 of the guide ("Osallisuuden kokemuksesta
/// kertovia tutkimustuloksia", which part 2 points back to at line 2032). Regional figures
/// without a number (e.g. "alle 70 pistettä" for the weakest municipality, lines
/// 1764–1768) are left out: they are bounds, not figures.
public enum InclusionReferenceFigures {
    /// Lines 1342–1354: "Aikuisten (yli 20-vuotiaat) osallisuuden kokemus oli
    /// osallisuusindikaattorilla mitattuna keskimäärin 75,2 pistettä." (Finsote 2019,
    /// Leemann ym. 2022.)
    public static let finsote2019AdultsMean = InclusionReferenceFigure(
        measure: .meanScore, value: 75.2, printed: "75,2 pistettä", population: "Aikuisten (yli 20-vuotiaat)",
        survey: "Finsote 2019", year: 2019, reference: "Leemann ym. 2022", seedLines: 1342...1354)

    /// Lines 1356–1358: "Kymmenellä prosentilla oli erittäin heikko osallisuuden kokemus."
    /// (the same adults, Finsote 2019).
    public static let finsote2019AdultsVeryWeak = InclusionReferenceFigure(
        measure: .percentVeryWeak, value: 10, printed: "Kymmenellä prosentilla",
        population: "Aikuisten (yli 20-vuotiaat)",
        survey: "Finsote 2019", year: 2019, reference: "Leemann ym. 2022", seedLines: 1352...1358)

    /// Line 1360: "24,5 prosenttia Suomen työttömistä kokee erittäin heikkoa osallisuutta."
    public static let finsote2019UnemployedVeryWeak = InclusionReferenceFigure(
        measure: .percentVeryWeak, value: 24.5, printed: "24,5 prosenttia", population: "Suomen työttömistä",
        survey: "Finsote 2019", year: 2019, reference: "Leemann ym. 2022", seedLines: 1360...1360)

    /// Lines 1429–1435: "Kaikkien vastaajien osallisuusindikaattorin keskiarvo laski 75
    /// pisteestä (vuosi 2019) 71,8 pisteeseen (vuosi 2021)." — the School Health Promotion
    /// study (Kouluterveyskysely), pupils from the 8th grade up (lines 2134–2136).
    public static let schoolHealth2019Mean = InclusionReferenceFigure(
        measure: .meanScore, value: 75, printed: "75 pisteestä (vuosi 2019)", population: "Kaikkien vastaajien",
        survey: "Kouluterveyskysely 2019", year: 2019, reference: "Leemann & Virrankari 2022",
        seedLines: 1429...1435)

    public static let schoolHealth2021Mean = InclusionReferenceFigure(
        measure: .meanScore, value: 71.8, printed: "71,8 pisteeseen (vuosi 2021)", population: "Kaikkien vastaajien",
        survey: "Kouluterveyskysely 2021", year: 2021, reference: "Leemann & Virrankari 2022",
        seedLines: 1429...1435)

    /// Lines 1730–1736 (Pääkaupunkiseudun hyvinvointikysely 2021; Erjansola, Mäki &
    /// Ahlgren-Leinvuo 2022, lines 1740–1746): the whole capital region 74,9, Kauniainen
    /// 80,9, Vantaa 72,6.
    public static let capitalRegion2021Mean = InclusionReferenceFigure(
        measure: .meanScore, value: 74.9, printed: "74,9 pistettä", population: "koko pääkaupunkiseudulla",
        survey: "Pääkaupunkiseudun hyvinvointikysely 2021", year: 2021,
        reference: "Erjansola, Mäki & Ahlgren-Leinvuo 2022", seedLines: 1730...1732)

    public static let kauniainen2021Mean = InclusionReferenceFigure(
        measure: .meanScore, value: 80.9, printed: "80,9 pistettä", population: "Kauniaisissa",
        survey: "Pääkaupunkiseudun hyvinvointikysely 2021", year: 2021,
        reference: "Erjansola, Mäki & Ahlgren-Leinvuo 2022", seedLines: 1732...1732)

    public static let vantaa2021Mean = InclusionReferenceFigure(
        measure: .meanScore, value: 72.6, printed: "72,6 pistettä", population: "Vantaalla",
        survey: "Pääkaupunkiseudun hyvinvointikysely 2021", year: 2021,
        reference: "Erjansola, Mäki & Ahlgren-Leinvuo 2022", seedLines: 1734...1736)

    /// Every figure, national adults first (the default comparison for adult groups).
    public static let all: [InclusionReferenceFigure] = [
        finsote2019AdultsMean, finsote2019AdultsVeryWeak, finsote2019UnemployedVeryWeak,
        schoolHealth2019Mean, schoolHealth2021Mean,
        capitalRegion2021Mean, kauniainen2021Mean, vantaa2021Mean,
    ]
}
