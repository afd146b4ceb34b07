import Fluent
import Foundation
import RinnallaCore

/// A decision made in a period: social rehabilitation (SHL 17 §), the HSL ticket or a
/// month's activity allowance (both preventive social assistance). Saved decisions are
/// never changed; a correction is a new decision that refers to the first.
final class Decision: Model, @unchecked Sendable {
    static let schema = "decisions"

    enum Kind: String, Codable, CaseIterable {
        case rehabilitation
        case travelTicket = "travel-ticket"
        case allowance
    }

    struct Details: Codable, Sendable, Equatable {
        var individualMeetings: Int?
        var groupSessions: Int?
        var goals: [String]?
        var zones: String?
        var discount: String?
        var activityDays: [String]?
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "period_id") var period: RehabilitationPeriod
    @Parent(key: "client_id") var client: ClientRecord
    @Parent(key: "unit_id") var unit: OrgUnit
    @Field(key: "kind") var kind: String
    @Field(key: "number") var number: String
    /// ISO days, inclusive.
    @Field(key: "first_day") var firstDay: String
    @Field(key: "last_day") var lastDay: String
    @Field(key: "is_continuation") var isContinuation: Bool
    @Field(key: "resolution") var resolution: String
    @Field(key: "opinion_heard") var opinionHeard: Bool
    @Field(key: "opinion_method") var opinionMethod: String
    @Field(key: "text") var text: String
    /// The language the decision is written in, "fi" or "sv" (issue 15).
    @Field(key: "language") var language: String
    @OptionalField(key: "amount_cents") var amountCents: Int?
    @OptionalField(key: "corrects_id") var correctsID: UUID?
    @Field(key: "details") var details: Details
    @Parent(key: "created_by") var createdBy: User
    /// The decision date (from the app clock, so tests and the allowance list agree).
    @OptionalField(key: "created_at") var createdAt: Date?

    init() {}

    var range: DayRange? {
        guard let first = Day(iso: firstDay), let last = Day(iso: lastDay) else { return nil }
        return DayRange(first, last)
    }

    var decisionLanguage: DecisionLanguage { DecisionLanguage(rawValue: language) ?? .fi }

    var documentKind: DecisionDocument.Kind { DecisionDocument.Kind(rawValue: kind) ?? .rehabilitation }

    var isGranted: Bool { resolution == DecisionTexts.Resolution.positive.rawValue }
}

extension Day {
    /// Reads "yyyy-MM-dd" (stored days). Parsed by hand over the bytes: the home page
    /// reads thousands of stored days, and splitting strings showed in its profile.
    init?(iso: String) {
        var parts = (0, 0, 0)
        var index = 0
        var digits = 0
        for byte in iso.utf8 {
            if byte == UInt8(ascii: "-") {
                guard digits > 0, index < 2 else { return nil }
                index += 1
                digits = 0
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < 4 {
                let value = Int(byte - UInt8(ascii: "0"))
                switch index {
                case 0: parts.0 = parts.0 * 10 + value
                case 1: parts.1 = parts.1 * 10 + value
                default: parts.2 = parts.2 * 10 + value
                }
                digits += 1
            } else {
                return nil
            }
        }
        guard index == 2, digits > 0 else { return nil }
        self.init(parts.0, parts.1, parts.2)
    }
}
