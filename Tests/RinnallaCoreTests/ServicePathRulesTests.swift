import Foundation
import Testing

@testable import RinnallaCore

@Suite("Service path, referral and initial assessment rules")
struct ServicePathRulesTests {
    static let draft = ServicePathRules.Draft(
        name: " Talous- ja velkaneuvonta ", kind: "debt-counselling", description: "Kuvaus",
        howToRefer: "Soita ajanvaraukseen.", phone: "09  123 4567", email: "neuvonta@example.fi",
        address: "", webAddress: "https://example.fi/velkaneuvonta", openingHours: "")

    @Test func aCompleteServicePasses() throws {
        let valid = try ServicePathRules.validate(Self.draft)
        #expect(valid.name == "Talous- ja velkaneuvonta")
        #expect(valid.kind == .debtCounselling)
        #expect(valid.phone == "09 123 4567")
        #expect(valid.address == nil)
        #expect(valid.webAddress == "https://example.fi/velkaneuvonta")
    }

    @Test func onlyTheNameAndKindAreRequired() throws {
        let valid = try ServicePathRules.validate(.init(name: "Asumisneuvonta", kind: "housing-counselling"))
        #expect(valid.phone == nil && valid.email == nil && valid.webAddress == nil && valid.openingHours.isEmpty)
    }

    static func field(_ change: (inout ServicePathRules.Draft) -> Void) -> String? {
        var draft = draft
        change(&draft)
        do {
            _ = try ServicePathRules.validate(draft)
            return nil
        } catch {
            return error.field
        }
    }

    @Test func refusedInputNamesItsField() {
        #expect(Self.field { $0.name = "  " } == "name")
        #expect(Self.field { $0.name = String(repeating: "a", count: 201) } == "name")
        #expect(Self.field { $0.kind = "bank" } == "kind")
        #expect(Self.field { $0.kind = nil } == "kind")
        #expect(Self.field { $0.phone = "soita meille" } == "phone")
        #expect(Self.field { $0.email = "neuvonta@" } == "email")
        #expect(Self.field { $0.webAddress = "javascript:alert(1)" } == "webAddress")
        #expect(Self.field { $0.webAddress = "www.example.fi" } == "webAddress")
        #expect(Self.field { $0.howToRefer = String(repeating: "x", count: 4001) } == "howToRefer")
        #expect(Self.field { $0.openingHours = String(repeating: "x", count: 1001) } == "openingHours")
    }

    @Test(arguments: ["09 310 12345", "+358 9 310 12345", "040-123 4567", "(09) 1234 567", "112 00"])
    func phoneNumbersInTheUsualFormsPass(phone: String) {
        #expect(ServicePathRules.phone(phone) != nil)
    }

    @Test(arguments: ["1234", "09 abc", "++358 40 123", "+", "-040 123 456", "0401234567890123456"])
    func otherPhoneNumbersAreRefused(phone: String) {
        #expect(ServicePathRules.phone(phone) == nil)
    }

    @Test func aFollowUpIsOnOrAfterTheReferralAndNotInTheFuture() throws {
        let referral = Day(2026, 1, 5)
        let today = Day(2026, 1, 20)
        try ReferralRules.checkOutcomeDay(referral, referralDay: referral, today: today)
        try ReferralRules.checkOutcomeDay(today, referralDay: referral, today: today)
        #expect(throws: FieldProblem.self) {
            try ReferralRules.checkOutcomeDay(Day(2026, 1, 4), referralDay: referral, today: today)
        }
        #expect(throws: FieldProblem.self) {
            try ReferralRules.checkOutcomeDay(Day(2026, 1, 21), referralDay: referral, today: today)
        }
        #expect(throws: FieldProblem.self) { try ReferralRules.checkDay(Day(2026, 1, 21), today: today) }
    }

    @Test func aFollowUpRecordsAnAnswer() throws {
        #expect(try ReferralRules.outcome("reached") == .reached)
        #expect(try ReferralRules.outcome("not-reached") == .notReached)
        #expect(try ReferralRules.outcome("unknown") == .unknown)
        #expect(throws: FieldProblem.self) { try ReferralRules.outcome("pending") }
        #expect(throws: FieldProblem.self) { try ReferralRules.outcome(nil) }
    }

    @Test func referralsWaitTwoWeeksBeforeTheyAreOverdue() {
        let today = Day(2026, 1, 20)
        #expect(ReferralRules.isOverdue(referralDay: Day(2026, 1, 6), today: today))
        #expect(!ReferralRules.isOverdue(referralDay: Day(2026, 1, 7), today: today))
        #expect(ReferralRules.overdueCutoff(today: today) == Day(2026, 1, 6))
    }

    @Test func anInitialAssessmentNeedsSituationNeedsUrgencyAndToBeRecordedTogether() throws {
        let draft = InitialAssessmentRules.Draft(
            situation: "Asunto vaarassa", needs: "Asumisneuvonta", strengths: "", urgency: "soon", nextSteps: "",
            recordedTogether: true)
        #expect(try InitialAssessmentRules.validate(draft).urgency == .soon)
        func field(_ change: (inout InitialAssessmentRules.Draft) -> Void) -> String? {
            var copy = draft
            change(&copy)
            do {
                _ = try InitialAssessmentRules.validate(copy)
                return nil
            } catch { return error.field }
        }
        #expect(field { $0.situation = " " } == "situation")
        #expect(field { $0.needs = nil } == "needs")
        #expect(field { $0.urgency = "tomorrow" } == "urgency")
        #expect(field { $0.recordedTogether = false } == "recordedTogether")
        #expect(field { $0.strengths = String(repeating: "x", count: 4001) } == "strengths")
    }
}
