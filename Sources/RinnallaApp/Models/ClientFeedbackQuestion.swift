import Fluent
import Foundation
import RinnallaCore

/// One of the organisation's own client feedback questions (issue 17, item 3): not a
/// validated instrument, and labelled so wherever it is shown.
final class ClientFeedbackQuestion: Model, @unchecked Sendable {
    static let schema = "client_feedback_questions"

    @ID(key: .id) var id: UUID?
    /// `ClientFeedbackDefaults.Item.id` for a shipped question; nil for the organisation's own.
    @OptionalField(key: "default_id") var defaultID: String?
    /// A `ClientFeedbackContext` raw value.
    @Field(key: "context") var context: String
    /// A `ClientFeedbackTopic` raw value, or nil when the question speaks to none.
    @OptionalField(key: "topic") var topic: String?
    @Field(key: "position") var position: Int
    @Field(key: "text_fi") var textFi: String
    @Field(key: "text_sv") var textSv: String
    @Field(key: "text_en") var textEn: String
    @Field(key: "is_active") var isActive: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    func text(_ language: Language) -> String {
        switch language {
        case .fi: textFi
        case .sv: textSv
        case .en: textEn
        }
    }

    var feedbackTopic: ClientFeedbackTopic? { topic.flatMap(ClientFeedbackTopic.init(rawValue:)) }
}
