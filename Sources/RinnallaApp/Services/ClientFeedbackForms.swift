import Foundation
import RinnallaCore

/// An anonymous client feedback answer as the form sends it: one field per question,
/// named `q` + the question's id, the chosen value 0–5 (0 "cannot say").
struct ClientFeedbackForm: PageForm, Sendable {
    /// Values by question id.
    var answers: [UUID: String] = [:]

    enum CodingKeys: String, CodingKey { case none }

    static let prefix = "q"

    static func name(_ question: UUID) -> String { prefix + question.uuidString }

    init() {}

    init(from decoder: any Decoder) throws {
        answers = try decoder.container(keyedBy: FormFieldKey.self).texts(prefixedByID: Self.prefix)
    }
}

/// The unit's client feedback page's address after a link is made or a paper answer saved.
struct ClientFeedbackNoticeQuery: PageForm, Sendable {
    var created: String?
    var saved: String?

    enum CodingKeys: String, CodingKey { case created, saved }
}

/// An admin's edit of a question: its three texts, order and whether it is asked.
struct ClientFeedbackQuestionForm: PageForm, Sendable {
    var context: String?
    var topic: String?
    var position: String?
    var textFi: String?
    var textSv: String?
    var textEn: String?
    var active: String?

    enum CodingKeys: String, CodingKey {
        case context, topic, position, textFi = "text_fi", textSv = "text_sv", textEn = "text_en", active
    }
}
