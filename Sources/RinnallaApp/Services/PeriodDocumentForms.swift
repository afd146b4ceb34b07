import Foundation

/// A page form of text fields only, one per coding key: the period's planning documents
/// (issue 14). The keys are the field names of the views, the services' errors and the
/// API's body; `RinnallaCore`'s checks name the same ones.
struct TextFieldsForm<Field: CodingKey & CaseIterable & Hashable & Sendable>: PageForm, Sendable {
    typealias CodingKeys = Field
    var values: [Field: String] = [:]

    init() {}

    /// The fields of a body already read as names and texts (the API's).
    init(_ fields: [String: String]) {
        for key in Field.allCases { values[key] = fields[key.stringValue] }
    }

    subscript(_ key: Field) -> String? {
        get { values[key] }
        set { values[key] = newValue }
    }

    /// Whether a checkbox was checked: "on" from the browser, "true" from the API.
    func checked(_ key: Field) -> Bool { ["on", "true"].contains(values[key]) }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Field.self)
        for key in Field.allCases { values[key] = try c.decodeIfPresent(String.self, forKey: key) }
    }
}

/// Kuntoutustarpeen selvittäminen.
enum NeedMappingField: String, CodingKey, CaseIterable, Sendable {
    case currentServices, earlierServices, whatHelped, healthCare, kela, employmentServices
    /// A checkbox.
    case thkHeld
    case thkDay, thkSummary
}

/// Toteuttamissuunnitelma.
enum ImplementationPlanField: String, CodingKey, CaseIterable, Sendable {
    case content, methods, individualMeetings, groupSessions
}

/// Sopimus: the initial goals are one field each, `Agreement.maximumGoals` of them.
enum AgreementField: String, CodingKey, CaseIterable, Sendable {
    case startDay, meetingTimes, goal1, goal2, goal3, otherAgreements

    static let goals: [Self] = [.goal1, .goal2, .goal3]
}

typealias NeedMappingForm = TextFieldsForm<NeedMappingField>
typealias ImplementationPlanForm = TextFieldsForm<ImplementationPlanField>
typealias AgreementForm = TextFieldsForm<AgreementField>
