import Fluent
import Foundation
import RinnallaCore

/// Demo Small success stories and 24-question self-evaluations for an inclusion evaluation.
/// The interviews, quotes and answers are made up for the demo; the pseudonyms are plain
/// nicknames.
///
/// `loadDemo` attaches them to the demo's inclusion evaluation (`DemoInclusion`).
enum DemoSuccessStories {
    static func loadDemo(units: [String: UUID], users: [String: UUID], on db: any Database) async throws {
        guard let evaluationID = try await DemoInclusion.evaluationID(on: db) else { return }
        try await load(evaluationID: evaluationID, on: db)
    }

    struct DemoStory {
        let theme: SmallSuccessStories.ThemeKind
        let excerpt: String
        let storyType: String
        let interpretation: String
        let mechanism: String
        let domains: [AuxiliaryQuestions.GroupKind]
        let chosen: Bool
    }

    static let interviews:
        [(pseudonym: String, day: String, notes: [SmallSuccessStories.ThemeKind: String], stories: [DemoStory])] = [
            (
                "Kettu", "2026-03-10",
                [
                    .meaningfulness: "Kertoo odottavansa ryhmäpäivää koko viikon. Aamut helpompia kun on minne mennä.",
                    .agencyBeliefs: "Ehdotti retkeä, joka toteutui.",
                ],
                [
                    DemoStory(
                        theme: .agencyBeliefs,
                        excerpt:
                            "Ensin en uskaltanut sanoa mitään. Sitten ehdotin, että mentäisiin luontoon, ja kaikki innostuivat. Nyt suunnittelen seuraavaa retkeä itse.",
                        storyType: "mahdollisuus vaikuttaa", interpretation: "pystyvyyden tunne",
                        mechanism: "osallistujien ideat toteutetaan", domains: [.communitiesAndInfluence], chosen: true),
                    DemoStory(
                        theme: .meaningfulness,
                        excerpt:
                            "Ennen makasin sohvalla koko päivän. Kun ryhmä alkoi, minulla oli syy herätä tiistaisin, ja nyt käyn kaupassakin aamulla.",
                        storyType: "arjen rytmi", interpretation: "merkityksellisyyden kokemus",
                        mechanism: "säännöllinen kokoontuminen", domains: [.ownLife], chosen: false),
                ]
            ),
            (
                "Sammakko", "2026-03-12",
                [.qualityOfSocialRelationships: "Löysi ryhmästä kaverin, jonka kanssa käy kävelyllä."],
                [
                    DemoStory(
                        theme: .qualityOfSocialRelationships,
                        excerpt:
                            "Alussa istuin aina nurkassa. Ohjaaja pyysi minua keittämään kahvit, ja siitä juttelin ensimmäistä kertaa Maijan kanssa. Nyt käymme yhdessä kävelyllä.",
                        storyType: "uusi ystävyys", interpretation: "sosiaalisen vuorovaikutuksen helpottuminen",
                        mechanism: "pieni tehtävä ryhmässä", domains: [.ownLife, .commonGood], chosen: true),
                    DemoStory(
                        theme: .agencyBeliefs,
                        excerpt:
                            "Sain kehuja piirustuksestani. Ensin en uskonut sitä, mutta sitten vein sen näyttelyyn kirjastoon.",
                        storyType: "myönteinen palaute", interpretation: "pystyvyyden tunne",
                        mechanism: "osaamisen näkyväksi tekeminen", domains: [], chosen: false),
                ]
            ),
            (
                "Tähti", "2026-03-17",
                [.meaningfulness: "Kuvaa ryhmää turvalliseksi paikaksi."],
                [
                    DemoStory(
                        theme: .qualityOfSocialRelationships,
                        excerpt:
                            "Kun kerroin huonosta viikosta, kukaan ei neuvonut, kaikki vain kuuntelivat. Seuraavalla kerralla uskalsin kertoa enemmän.",
                        storyType: "myönteinen palaute", interpretation: "luottamuksen kasvu",
                        mechanism: "kiireetön kuunteleminen", domains: [.ownLife], chosen: true)
                ]
            ),
        ]

    /// The ratings of the two demo rounds, question by question (the team's own 1–5 scale).
    static let ratings: [(day: String, note: String, values: [Int])] = [
        (
            "2026-01-20", "Tiimin aloituspalaveri",
            [2, 3, 3, 4, 2, 2, 3, 2, 1, 1, 1, 1, 1, 1, 3, 2, 2, 1, 1, 2, 3, 2, 3, 1]
        ),
        (
            "2026-06-15", "Kevään päätöspalaveri",
            [3, 4, 4, 4, 3, 3, 4, 3, 2, 2, 1, 2, 2, 1, 4, 3, 3, 2, 2, 2, 4, 3, 4, 2]
        ),
    ]

    /// Loads the demo interviews, stories and self-evaluations into an evaluation, unless it
    /// has interviews already.
    static func load(evaluationID: UUID, on db: any Database) async throws {
        guard let evaluation = try await InclusionEvaluation.find(evaluationID, on: db) else { return }
        guard try await InclusionInterview.query(on: db).filter(\.$evaluation.$id == evaluationID).count() == 0
        else { return }
        let unit = evaluation.$unit.id
        let author = evaluation.$createdBy.id
        let authorName = try await User.find(author, on: db)?.name ?? "Tiimi"
        let plan = InclusionStoryPlan()
        plan.$evaluation.id = evaluationID
        plan.$unit.id = unit
        plan.aims = evaluation.aims
        plan.interviewees = "3–5 ryhmään vähintään kolme kuukautta osallistunutta, vapaaehtoisia."
        plan.consentText =
            "Haastattelu on vapaaehtoinen ja sen voi keskeyttää. Muistiinpanot säilytetään lukitussa kaapissa ja hävitetään arvioinnin jälkeen. Raportissa ei näy nimiä."
        plan.$updatedBy.id = author
        try await plan.create(on: db)
        for item in interviews {
            let interview = InclusionInterview()
            interview.$evaluation.id = evaluationID
            interview.$unit.id = unit
            interview.pseudonym = item.pseudonym
            interview.interviewer = authorName
            interview.day = item.day
            interview.consentRecorded = true
            interview.language = "fi"
            interview.activity = evaluation.activityName
            interview.$createdBy.id = author
            try await interview.create(on: db)
            for (theme, text) in item.notes.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                let note = InclusionInterviewNote()
                note.$interview.id = try interview.requireID()
                note.$unit.id = unit
                note.theme = theme.rawValue
                note.notes = text
                try await note.create(on: db)
            }
            for demo in item.stories {
                let story = InclusionStory()
                story.$evaluation.id = evaluationID
                story.$unit.id = unit
                story.$interview.id = try interview.requireID()
                story.theme = demo.theme.rawValue
                story.excerpt = demo.excerpt
                story.storyType = demo.storyType
                story.interpretation = demo.interpretation
                story.mechanism = demo.mechanism
                story.domains = demo.domains.map(\.rawValue).joined(separator: ",")
                story.chosen = demo.chosen
                story.$createdBy.id = author
                try await story.create(on: db)
            }
        }
        for round in ratings {
            let selfEvaluation = InclusionSelfEvaluation()
            selfEvaluation.$evaluation.id = evaluationID
            selfEvaluation.$unit.id = unit
            selfEvaluation.day = round.day
            selfEvaluation.note = round.note
            selfEvaluation.$createdBy.id = author
            try await selfEvaluation.create(on: db)
            for (index, value) in round.values.enumerated() {
                let answer = InclusionSelfEvaluationAnswer()
                answer.$selfEvaluation.id = try selfEvaluation.requireID()
                answer.$unit.id = unit
                answer.question = index + 1
                answer.rating = value
                answer.answer = index == 3 ? "Ryhmään voi tulla istumaan ja kuuntelemaan." : ""
                try await answer.create(on: db)
            }
        }
    }
}
