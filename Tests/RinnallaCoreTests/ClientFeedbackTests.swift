import Foundation
import Testing

@testable import RinnallaCore

@Suite("Client feedback: the organisation's own questions")
struct ClientFeedbackTests {
    @Test func everyDefaultQuestionHasItsThreeLanguagesAndATopicOfItsModels() {
        #expect(ClientFeedbackDefaults.items.count == 12)
        #expect(Set(ClientFeedbackDefaults.items.map(\.id)).count == 12)
        for item in ClientFeedbackDefaults.items {
            for language in Language.allCases {
                #expect(Localizer.shared.text(item.text, language) != item.text.rawValue)
            }
            // An outcome topic belongs to a model its context is shown for.
            if !item.topic.isExperience {
                #expect(item.context.models.contains { item.topic.outcome(in: $0) != nil }, "\(item.id)")
            }
        }
    }

    @Test func clientToldOutcomesAreOutcomesOfTheLogicModels() {
        for topic in ClientFeedbackTopic.allCases {
            for model in OperatingModel.allCases {
                guard let outcome = topic.outcome(in: model) else { continue }
                #expect(LogicModels.model(model).outcomes.map(\.id).contains(outcome))
            }
        }
    }

    @Test func answersAreOnTheScaleAndAtLeastOneIsGiven() {
        let questions = ["a", "b", "c"]
        #expect(
            ClientFeedbackAnswer.validate(["a": "5", "b": "", "c": nil], questions: questions) == .success(["a": 5]))
        #expect(ClientFeedbackAnswer.validate(["a": "0"], questions: questions) == .success(["a": 0]))
        #expect(ClientFeedbackAnswer.validate(["a": "", "b": " "], questions: questions) == .failure(.empty))
        #expect(ClientFeedbackAnswer.validate(["b": "6"], questions: questions) == .failure(.offScale("b")))
        #expect(ClientFeedbackAnswer.validate(["c": "-1"], questions: questions) == .failure(.offScale("c")))
        // An unknown question is not read.
        #expect(ClientFeedbackAnswer.validate(["x": "4"], questions: questions) == .failure(.empty))
    }

    @Test func theShareAgreeingLeavesOutCannotSay() {
        // 5, 4 agree; 3 and 1 do not; 0 is "cannot say".
        #expect(ClientFeedbackAnswer.share([5, 4, 3, 1, 0]) == Share(part: 2, whole: 4))
        #expect(ClientFeedbackAnswer.share([0, 0]).percent == nil)
    }

    @Test func aCollectionIsAUnitsContextInAQuarter() {
        let unit = UUID(uuidString: "00000000-0000-0000-0000-0000000000AA")!
        let october = ClientFeedbackCollection(unitID: unit, context: .contact, day: Day(2026, 10, 3))
        let december = ClientFeedbackCollection(unitID: unit, context: .contact, day: Day(2026, 12, 31))
        #expect(october.id == december.id)
        #expect(october.quarter == .quarter(year: 2026, quarter: 4))
        #expect(ClientFeedbackCollection(unitID: unit, context: .closing, day: Day(2026, 10, 3)).id != october.id)
        #expect(ClientFeedbackCollection(unitID: unit, context: .contact, day: Day(2027, 1, 1)).id != october.id)
        #expect(october.isOpen(today: Day(2026, 12, 31)) && !october.isOpen(today: Day(2027, 1, 1)))
    }
}
