import Foundation
import Testing

@testable import RinnallaCore

/// Checks `text` holds `parts` in this order, each after the previous.
func expectInOrder(_ text: String, _ parts: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    var rest = text[...]
    for part in parts {
        guard let range = rest.range(of: part) else {
            Issue.record("not found (in order): \(part)", sourceLocation: sourceLocation)
            return
        }
        rest = rest[range.upperBound...]
    }
}

@Suite("Small success stories (guide data)")
struct SmallSuccessStoriesTests {
    typealias S = SmallSuccessStories

    @Test func theFourStepsWithTheirGuidanceInOrder() {
        #expect(S.steps.map(\.kind) == [.preparation, .interview, .analysis, .reporting])
        let text = GuideText.text(2596...2662)
        #expect(text.hasPrefix("Ohjeet Pienet onnistumistarinat -arviointityökalun käyttöön"))
        expectInOrder(text, S.steps.flatMap { [$0.title] + $0.guidance.map { "• " + $0 } })
        // Nothing of the summary is left out: its bullets are exactly the steps' guidance.
        #expect(text.components(separatedBy: "• ").count - 1 == S.steps.map(\.guidance.count).reduce(0, +))
        #expect(text.hasSuffix("• " + S.step(.reporting).guidance.last!))
    }

    @Test func theStepsSectionsAreWhereTheySay() {
        for step in S.steps {
            let first = step.sectionSeedLines.lowerBound
            #expect(GuideText.text(first...first) == step.section)
        }
    }

    @Test func theThreeThemesAreTheInterviewGuideVerbatim() {
        let rendered = S.themes.map { theme in
            (["Teema \(theme.number): \(theme.title)"] + theme.questions.map { "• " + $0 }).joined(separator: " ")
        }
        #expect(GuideText.text(2884...2930) == rendered.joined(separator: " "))
        #expect(S.themes.map(\.kind) == [.meaningfulness, .agencyBeliefs, .qualityOfSocialRelationships])
        #expect(S.themes.map(\.number) == [1, 2, 3])
        #expect(GuideText.text(2857...2867).contains(S.ownThemesNote))
    }

    @Test func theInterviewersPromptsAreQuoted() {
        let text = GuideText.text(2811...2867)
        let quote = { (items: [String], last: String) in
            items.dropLast().map { "”\($0)”" }.joined(separator: ", ") + " \(last) ”\(items.last!)”"
        }
        #expect(text.contains(quote(S.followUpQuestions, "ja")))
        #expect(text.contains(quote(S.encouragingComments, "tai")))
        #expect(text.contains(S.everydayLifeQuestions.joined(separator: " ")))
    }

    @Test func principlesStoryDefinitionAndTypology() {
        #expect(GuideText.text(2944...2988) == S.goodInterviewPrinciples.map { "• " + $0 }.joined(separator: " "))
        #expect(GuideText.text(3019...3021).hasPrefix(S.storyDefinition))
        #expect(GuideText.text(3096...3108) == "Tyypittely ja luokittelu " + S.typologyGuidance)
    }
}

@Suite("The 24 auxiliary questions (guide data)")
struct AuxiliaryQuestionsTests {
    typealias A = AuxiliaryQuestions

    @Test func thereAreExactly24InOrder() {
        #expect(A.questions.count == 24)
        #expect(A.questions.map(\.number) == Array(1...24))
        #expect(A.groups.map(\.kind) == [.ownLife, .communitiesAndInfluence, .commonGood, .lastingStructures])
        #expect(A.groups.map { $0.questions.count } == [7, 13, 3, 1])
        #expect(A.group(of: 24)?.kind == .lastingStructures)
        #expect(A.group(of: 25) == nil)
    }

    /// The groups, subheadings, questions and example lists read in order are the guide's
    /// text of lines 3298–3448 exactly.
    @Test func theGroupsAndQuestionsAreTheGuideVerbatim() {
        var parts: [String] = []
        for group in A.groups {
            parts.append(group.title)
            if let introduction = group.introduction { parts.append(introduction) }
            for section in group.sections {
                if let title = section.title { parts.append(title) }
                for question in section.questions {
                    parts.append("\(question.number). \(question.text)")
                    if let examples = question.examples { parts.append("• " + examples) }
                }
            }
        }
        #expect(GuideText.text(3298...3448) == parts.joined(separator: " "))
        #expect(GuideText.text(3255...3258) == A.title)
    }

    @Test func eachQuestionAppearsInTheGuide() {
        let text = GuideText.text(3298...3448)
        for question in A.questions {
            #expect(text.contains("\(question.number). \(question.text)"))
            if let examples = question.examples { #expect(text.contains(examples)) }
        }
    }
}

@Suite("Inclusion reference figures")
struct InclusionReferenceFiguresTests {
    @Test func everyFigureIsPrintedWhereItSays() {
        for figure in InclusionReferenceFigures.all {
            let text = GuideText.text(figure.seedLines)
            #expect(text.contains(figure.printed), "\(figure.printed)")
            #expect(text.contains(figure.population), "\(figure.population)")
            if figure.printed.first?.isNumber == true {
                // The value is the printed number (Finnish decimal comma).
                let number = figure.printed.prefix { $0.isNumber || $0 == "," }.replacingOccurrences(of: ",", with: ".")
                #expect(Double(number) == figure.value)
            }
        }
    }

    @Test func theNationalAdultFigures() {
        let mean = InclusionReferenceFigures.finsote2019AdultsMean
        #expect(mean.value == 75.2 && mean.measure == .meanScore && mean.year == 2019)
        let weak = InclusionReferenceFigures.finsote2019AdultsVeryWeak
        #expect(weak.value == 10 && weak.measure == .percentVeryWeak)
        #expect(
            GuideText.text(1352...1358).contains("Kymmenellä prosentilla oli erittäin heikko osallisuuden kokemus."))
        #expect(GuideText.text(1342...1354).contains("Finsote 2019"))
    }
}
