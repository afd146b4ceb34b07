import Foundation
import Testing

@testable import RinnallaCore

@Suite("Contact rules")
struct ContactRulesTests {
    static let today = Day(2026, 1, 1)

    static func draft(_ change: (inout ContactRules.Draft) -> Void = { _ in }) -> ContactRules.Draft {
        var draft = ContactRules.Draft(
            channel: "street", ageGroup: "18-24", topics: ["housing", "debt"], supports: ["advice-guidance"],
            durationMinutes: "15")
        change(&draft)
        return draft
    }

    static func problem(_ draft: ContactRules.Draft) -> ContactRules.Problem? {
        do {
            _ = try ContactRules.validate(draft, today: today)
            return nil
        } catch {
            return error
        }
    }

    @Test func aQuickContactIsValidAndDefaultsToTodayInFinnish() throws {
        let valid = try ContactRules.validate(Self.draft(), today: Self.today)
        #expect(valid.day == Self.today && valid.channel == .street && valid.ageGroup == .from18to24)
        #expect(valid.topics == [.housing, .debt] && valid.supports == [.adviceAndGuidance])
        #expect(valid.durationMinutes == 15 && valid.language == "fi" && valid.gender == nil && valid.nickname == nil)
        let unknownAge = try ContactRules.validate(Self.draft { $0.ageGroup = nil }, today: Self.today)
        #expect(unknownAge.ageGroup == .unknown)
        let repeated = try ContactRules.validate(Self.draft { $0.topics = ["debt", "debt"] }, today: Self.today)
        #expect(repeated.topics == [.debt])
    }

    @Test func refusedInputNamesItsField() {
        let cases: [(ContactRules.Draft, String, L10nKey)] = [
            (Self.draft { $0.topics = [] }, "topics", .contactErrorTopic),
            (Self.draft { $0.topics = ["weather"] }, "topics", .contactErrorChoose),
            (Self.draft { $0.supports = [" "] }, "supports", .contactErrorSupport),
            (Self.draft { $0.durationMinutes = "0" }, "durationMinutes", .contactErrorDuration),
            (Self.draft { $0.durationMinutes = "601" }, "durationMinutes", .contactErrorDuration),
            (Self.draft { $0.durationMinutes = "puoli tuntia" }, "durationMinutes", .contactErrorDuration),
            (Self.draft { $0.durationMinutes = nil }, "durationMinutes", .contactErrorDuration),
            (Self.draft { $0.day = "2.1.2026" }, "day", .contactErrorFuture),
            (Self.draft { $0.day = "31.2.2025" }, "day", .contactErrorDay),
            (Self.draft { $0.channel = "pigeon" }, "channel", .contactErrorChoose),
            (Self.draft { $0.channel = nil }, "channel", .contactErrorChoose),
            (Self.draft { $0.gender = "x" }, "gender", .contactErrorChoose),
            (Self.draft { $0.language = "de" }, "language", .contactErrorChoose),
            (
                Self.draft {
                    $0.followUpAgreed = true
                    $0.followUpDay = "31.12.2025"
                }, "followUpDay", .contactErrorFollowUpBefore
            ),
            (Self.draft { $0.nickname = String(repeating: "k", count: 41) }, "nickname", .contactErrorNicknameLength),
            (Self.draft { $0.nickname = "Kettu 131052-308T" }, "nickname", .contactErrorNicknameIdentity),
            (Self.draft { $0.nickname = "131052-308A" }, "nickname", .contactErrorNicknameIdentity),
            (Self.draft { $0.nickname = "Kettu 040 123 4567" }, "nickname", .contactErrorNicknamePhone),
            (Self.draft { $0.nickname = "+358401234567" }, "nickname", .contactErrorNicknamePhone),
        ]
        for (draft, field, key) in cases {
            let problem = Self.problem(draft)
            #expect(problem?.field == field, "\(draft)")
            #expect(problem?.key == key, "\(draft)")
        }
    }

    @Test func nicknamesAreTrimmedAndOnlyPlainNicknamesPass() throws {
        #expect(try ContactRules.nickname("  Kettu  ") == "Kettu")
        #expect(try ContactRules.nickname("   ") == nil)
        #expect(try ContactRules.nickname("Kettu 2") == "Kettu 2")
        #expect(try ContactRules.nickname(String(repeating: "ä", count: 40))?.count == 40)
        #expect(ContactRules.nicknameKey(" KeTTu ") == "kettu")
        #expect(ContactRules.containsPhoneNumber("(09) 310 1234"))
        #expect(!ContactRules.containsPhoneNumber("Kettu 12 ja 34"))
        #expect(ContactRules.containsIdentityCode("x010101A123Nx"))
        #expect(!ContactRules.containsIdentityCode("Pikku Myy"))
    }

    @Test func aFollowUpDayCountsOnlyWhenAFollowUpWasAgreed() throws {
        let agreed = try ContactRules.validate(
            Self.draft {
                $0.followUpAgreed = true
                $0.followUpDay = "8.1.2026"
            }, today: Self.today)
        #expect(agreed.followUpAgreed && agreed.followUpDay == Day(2026, 1, 8))
        let notAgreed = try ContactRules.validate(Self.draft { $0.followUpDay = "8.1.2026" }, today: Self.today)
        #expect(!notAgreed.followUpAgreed && notAgreed.followUpDay == nil)
    }
}
