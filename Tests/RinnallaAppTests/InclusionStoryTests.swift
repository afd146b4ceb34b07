import Fluent
import Foundation
import RinnallaCore
import Testing
import Vapor
import VaporTesting

@testable import RinnallaApp

/// Small success stories of an inclusion evaluation: the stepper, interviews (pseudonym
/// only), stories with the team's codes, the analysis and the report section.
@Suite("Inclusion success stories")
struct InclusionStoryTests {
    static func setUp(_ app: Application, _ fixture: Fixture) async throws -> (
        lead: Browser, base: String, evaluation: UUID
    ) {
        let inclusion = try await InclusionFixture.make(on: app, unit: fixture.unitA, createdBy: fixture.teamLeadA)
        let lead = try await Browser.loggedIn(app, email: "lead.a@example.fi")
        return (lead, "/evaluations/\(inclusion.evaluation)/stories", inclusion.evaluation)
    }

    static let interview: [String: String] = [
        "pseudonym": "Kettu", "interviewer": "Leena", "interviewDay": "1.1.2026", "consentRecorded": "on",
        "interviewLanguage": "fi", "activity": "Olohuone-ryhmä",
        "notes-merkityksellisyys": "Odottaa ryhmäpäivää.", "notes-toimijauskomukset": "",
    ]

    static func story(_ theme: String = "toimijauskomukset") -> [String: String] {
        [
            "excerpt": "Ensin en uskaltanut. Sitten ehdotin retkeä ja se toteutui.", "storyTheme": theme,
            "sequenceConfirmed": "on", "storyType": "mahdollisuus vaikuttaa", "interpretation": "pystyvyyden tunne",
            "mechanism": "ideat toteutetaan", "domains[]": "osallisuus-yhteisoissa",
        ]
    }

    static func counts(_ app: Application) async throws -> [Int] {
        [
            try await InclusionInterview.query(on: app.db).count(),
            try await InclusionInterviewNote.query(on: app.db).count(),
            try await InclusionStory.query(on: app.db).count(), try await InclusionStoryPlan.query(on: app.db).count(),
            try await InclusionStoryTheme.query(on: app.db).count(),
        ]
    }

    @Test func theStoriesPageIsAStepperWithTheGuidesGuidanceAndItsReadIsAudited() async throws {
        try await withTestApp { (app, fixture) async throws in
            let (lead, base, evaluation) = try await Self.setUp(app, fixture)
            let page = try await lead.get(base)
            #expect(page.status == .ok)
            let html = page.body.string
            for step in SmallSuccessStories.StepKind.allCases {
                #expect(html.contains("id=\"step-\(step.rawValue)\""))
                for line in SmallSuccessStories.step(step).guidance { #expect(html.contains(line)) }
            }
            for theme in SmallSuccessStories.themes {
                #expect(html.contains(theme.title))
                for question in theme.questions { #expect(html.contains(question)) }
            }
            #expect(html.contains(SmallSuccessStories.goodInterviewPrinciples[0]))
            #expect(html.contains("href=\"\(base)/interviews/new\""))
            let audit = try await AuditEvent.query(on: app.db).filter(\.$recordType == "inclusion-stories")
                .filter(\.$recordID == evaluation.uuidString).all()
            #expect(audit.count == 1)
            #expect(audit.first?.action == "view")
            #expect(audit.first?.clientID == nil)
        }
    }

    @Test func anInterviewAndAStoryAreRecordedAnalysedAndChosenForTheReport() async throws {
        try await withTestApp { (app, fixture) async throws in
            let (lead, base, evaluation) = try await Self.setUp(app, fixture)
            // The interview form shows the themes' questions and follow-up prompts while recording.
            let form = try await lead.get("\(base)/interviews/new").body.string
            #expect(form.contains(SmallSuccessStories.themes[2].questions[0]))
            #expect(form.contains(SmallSuccessStories.followUpQuestions[0]))
            let saved = try await lead.post("\(base)/interviews", form: Self.interview)
            #expect(saved.status == .seeOther)
            let interview = try #require(try await InclusionInterview.query(on: app.db).first())
            #expect(interview.pseudonym == "Kettu")
            #expect(interview.day == "2026-01-01")
            #expect(interview.consentRecorded)
            // Empty notes are not stored.
            let notes = try await InclusionInterviewNote.query(on: app.db).all()
            #expect(notes.map(\.theme) == ["merkityksellisyys"])
            let interviewID = try interview.requireID()
            let page = try await lead.get("\(base)/interviews/\(interviewID)")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Odottaa ryhmäpäivää."))
            #expect(page.body.string.contains(SmallSuccessStories.storyDefinition))
            let reads = try await AuditEvent.query(on: app.db).filter(\.$recordType == "inclusion-interview").all()
            #expect(Set(reads.map(\.action)) == ["create", "view"])
            // A story, then a second one reusing the codes.
            #expect(
                try await lead.post("\(base)/interviews/\(interviewID)/stories", form: Self.story()).status == .seeOther
            )
            var second = Self.story("merkityksellisyys")
            second["excerpt"] = "Ennen en lähtenyt kotoa. Nyt käyn ryhmässä joka viikko."
            second["domains[]"] = nil
            #expect(try await lead.post("\(base)/interviews/\(interviewID)/stories", form: second).status == .seeOther)
            let stories = try await InclusionStory.query(on: app.db).sort(\.$excerpt).all()
            #expect(stories.count == 2)
            #expect(stories.map(\.domains).sorted() == ["", "osallisuus-yhteisoissa"])
            // The codes come back as suggestions.
            let again = try await lead.get("\(base)/interviews/\(interviewID)").body.string
            #expect(again.contains("<option value=\"pystyvyyden tunne\"></option>"))
            // Analysis: the typology counts both under one type.
            let analysis = try await lead.get(base).body.string
            #expect(analysis.contains("<th scope=\"row\">mahdollisuus vaikuttaa</th><td>2</td>"))
            #expect(analysis.contains("tiimin oma lisäys"))
            // Choose one for the report.
            let chosenID = try stories[0].requireID()
            #expect(try await lead.post("\(base)/\(chosenID)/chosen", form: ["chosen": "true"]).status == .seeOther)
            #expect(try await InclusionStory.find(chosenID, on: app.db)?.chosen == true)
            // The report section shows the chosen quote and no pseudonym.
            let request = Request(application: app, on: app.eventLoopGroup.next())
            let evaluationRow = try #require(try await InclusionEvaluation.find(evaluation, on: app.db))
            let context = PageContext(request)
            let section = try await InclusionStoryViews.reportSection(
                context: context, evaluation: evaluationRow, on: request
            ).render()
            #expect(section.contains(stories[0].excerpt))
            #expect(!section.contains(stories[1].excerpt))
            #expect(!section.contains("Kettu"))
            #expect(section.contains("mahdollisuus vaikuttaa"))
        }
    }

    @Test func refusedInterviewInputLeavesTheDatabaseUnchangedAndNamesTheField() async throws {
        try await withTestApp { (app, fixture) async throws in
            let (lead, base, _) = try await Self.setUp(app, fixture)
            let cases: [(String, String, String)] = [
                ("pseudonym", "131052-308T", "Nimimerkki näyttää henkilötunnukselta"),
                ("pseudonym", "Kettu 131052A308T", "Nimimerkki näyttää henkilötunnukselta"),
                ("pseudonym", "040 123 4567", "Nimimerkki näyttää puhelinnumerolta"),
                ("pseudonym", "", "Täytä kenttä: Nimimerkki"),
                ("pseudonym", String(repeating: "k", count: 41), "Nimimerkki"),
                ("interviewer", "", "Täytä kenttä: Haastattelija"),
                ("interviewDay", "31.2.2026", "Päivämäärä"),
                ("interviewDay", "2.1.2026", "Päivämäärä ei voi olla tulevaisuudessa"),
                ("consentRecorded", "", "Suostumus"),
                ("interviewLanguage", "de", "Haastattelun kieli"),
                ("activity", "", "Arvioitava toiminta"),
            ]
            let before = try await Self.counts(app)
            for (field, value, message) in cases {
                var form = Self.interview
                form[field] = value
                let response = try await lead.post("\(base)/interviews", form: form)
                #expect(response.status == .unprocessableEntity, "\(field)=\(value)")
                #expect(response.body.string.contains(message), "\(field)=\(value)")
                #expect(response.body.string.contains("id=\"field-\(field)-error\""), "\(field)")
                #expect(try await Self.counts(app) == before)
            }
        }
    }

    @Test func refusedStoryPlanAndThemeInputLeavesTheDatabaseUnchanged() async throws {
        try await withTestApp { (app, fixture) async throws in
            let (lead, base, _) = try await Self.setUp(app, fixture)
            _ = try await lead.post("\(base)/interviews", form: Self.interview)
            let interviewID = try #require(try await InclusionInterview.query(on: app.db).first()?.requireID())
            let cases: [(String, String?, String)] = [
                ("excerpt", "", "Täytä kenttä: Ote (lainaus)"),
                ("sequenceConfirmed", nil, "Tarinan ajallinen rakenne"),
                ("storyTheme", "unknown", "Teema, jossa tarina tuli esiin"),
                ("storyType", "", "Täytä kenttä: Tarinatyyppi"),
                ("interpretation", " ", "Millaisesta osallisuuden lisääntymisestä"),
                ("mechanism", String(repeating: "m", count: 81), "Mekanismi toiminnassa"),
                ("domains[]", "rakenteiden-luominen", "Osallisuuden ulottuvuudet"),
            ]
            let before = try await Self.counts(app)
            for (field, value, message) in cases {
                var form = Self.story()
                form[field] = value
                let response = try await lead.post("\(base)/interviews/\(interviewID)/stories", form: form)
                #expect(response.status == .unprocessableEntity, "\(field)")
                #expect(response.body.string.contains(message), "\(field)")
                #expect(try await Self.counts(app) == before)
            }
            let long = String(repeating: "x", count: InclusionStoryService.maximumText + 1)
            let plan = try await lead.post("\(base)/plan", form: ["storyAims": long])
            #expect(plan.status == .unprocessableEntity)
            #expect(plan.body.string.contains("Haastattelujen tavoitteet"))
            let theme = try await lead.post("\(base)/themes", form: ["themeTitle": "", "themeQuestions": "Miksi?"])
            #expect(theme.status == .unprocessableEntity)
            #expect(theme.body.string.contains("Täytä kenttä: Teeman nimi"))
            #expect(try await Self.counts(app) == before)
            // Accepted: the plan and a theme of the team's own, which the interview form then offers.
            #expect(
                try await lead.post(
                    "\(base)/plan", form: ["storyAims": "Tavoite", "storyInterviewees": "3", "storyConsentText": "Ok"]
                ).status == .seeOther)
            #expect(
                try await lead.post(
                    "\(base)/themes", form: ["themeTitle": "Hallittavuus", "themeQuestions": "Miksi?\nMiten?"]
                )
                .status == .seeOther)
            let themeRow = try #require(try await InclusionStoryTheme.query(on: app.db).first())
            let form = try await lead.get("\(base)/interviews/new").body.string
            #expect(form.contains("name=\"notes-\(themeRow.key)\""))
            #expect(form.contains("<li>Miten?</li>"))
        }
    }

    @Test func onlyManagersOfTheUnitReachTheStoriesAndSelfEvaluations() async throws {
        try await withTestApp { (app, fixture) async throws in
            let inclusion = try await InclusionFixture.make(on: app, unit: fixture.unitA, createdBy: fixture.teamLeadA)
            try await DemoSuccessStories.load(evaluationID: inclusion.evaluation, on: app.db)
            let interview = try #require(try await InclusionInterview.query(on: app.db).first()?.requireID())
            let story = try #require(try await InclusionStory.query(on: app.db).first()?.requireID())
            let round = try #require(try await InclusionSelfEvaluation.query(on: app.db).first()?.requireID())
            let e = "/evaluations/\(inclusion.evaluation)"
            let gets = [
                "\(e)/stories", "\(e)/stories/interviews/new", "\(e)/stories/interviews/\(interview)",
                "\(e)/self-evaluations", "\(e)/self-evaluations/new", "\(e)/self-evaluations/\(round)",
            ]
            let posts = [
                "\(e)/stories/plan", "\(e)/stories/themes", "\(e)/stories/interviews",
                "\(e)/stories/interviews/\(interview)/stories", "\(e)/stories/\(story)/chosen", "\(e)/self-evaluations",
            ]
            let before = try await Self.counts(app)
            let worker = try await Browser.loggedIn(app, email: "worker.a@example.fi")
            let outsider = try await Browser.loggedIn(app, email: "worker.b@example.fi")
            for path in gets {
                #expect(try await worker.get(path).status == .forbidden, "\(path)")
                let outside = try await outsider.get(path)
                #expect(outside.status == .notFound, "\(path)")
                #expect(!outside.body.string.contains("Kettu"))
            }
            for path in posts {
                #expect(try await worker.post(path, form: Self.story()).status == .forbidden, "\(path)")
                #expect(try await outsider.post(path, form: Self.story()).status == .notFound, "\(path)")
            }
            #expect(try await Self.counts(app) == before)
            // The evaluator of the unit manages them.
            let evaluator = try await Browser.loggedIn(app, email: "evaluator@example.fi")
            for path in gets { #expect(try await evaluator.get(path).status == .ok, "\(path)") }
            // An interview of another evaluation is not found through this one.
            let other = try await InclusionFixture.make(
                on: app, unit: fixture.unitA, createdBy: fixture.teamLeadA, name: "Toinen")
            #expect(
                try await evaluator.get("/evaluations/\(other.evaluation)/stories/interviews/\(interview)").status
                    == .notFound)
        }
    }

    @Test func thePagesRenderInSwedishAndEnglishWithTheGuidesFinnishWordingMarked() async throws {
        try await withTestApp { (app, fixture) async throws in
            let inclusion = try await InclusionFixture.make(on: app, unit: fixture.unitA, createdBy: fixture.teamLeadA)
            try await DemoSuccessStories.load(evaluationID: inclusion.evaluation, on: app.db)
            let interview = try #require(try await InclusionInterview.query(on: app.db).first()?.requireID())
            let rounds = try await InclusionSelfEvaluation.query(on: app.db).sort(\.$day).all()
            let e = "/evaluations/\(inclusion.evaluation)"
            let pages = [
                "\(e)/stories", "\(e)/stories/interviews/new", "\(e)/stories/interviews/\(interview)",
                "\(e)/self-evaluations", "\(e)/self-evaluations/new",
                "\(e)/self-evaluations/\(try rounds[1].requireID())",
            ]
            let lead = try await Browser.loggedIn(app, email: "lead.a@example.fi")
            for language in [Language.sv, .en] {
                _ = try await lead.post("/account/language", form: ["language": language.rawValue])
                for path in pages {
                    let page = try await lead.get(path)
                    #expect(page.status == .ok, "\(path) in \(language)")
                    let html = page.body.string
                    #expect(html.contains("<html lang=\"\(language.rawValue)\""))
                    for key in ["stories.", "auxq.", "field.", "form.", "error."] {
                        #expect(!html.contains(">\(key)"), "\(path) shows a raw key \(key) in \(language)")
                    }
                    // Every page with the guide's text marks it (the list of rounds has none).
                    if !path.hasSuffix("/self-evaluations") {
                        #expect(html.contains(Localizer.shared.text(.storiesGuideWording, language)), "\(path)")
                        #expect(html.contains("<span lang=\"fi\">") || html.contains("<ul lang=\"fi\">"))
                    }
                }
            }
        }
    }
}
