import Fluent
import Foundation
import RinnallaCore

/// An admin's edits of the client feedback questions: reword, reorder, retire or add.
/// A retired question keeps its answers; an answer keeps the question it was given to.
enum ClientFeedbackQuestionService {
    static let maximumText = 300

    struct Valid {
        let context: ClientFeedbackContext
        let topic: ClientFeedbackTopic?
        let position: Int
        let texts: (fi: String, sv: String, en: String)
        let active: Bool
    }

    /// Refused input names its field.
    static func validate(_ form: ClientFeedbackQuestionForm) throws -> Valid {
        typealias Form = ClientFeedbackQuestionForm
        guard let context = form.context.flatMap(ClientFeedbackContext.init(rawValue:)) else {
            throw AppError.invalid(.clientfeedbackErrorChoice, field: Form.name(.context))
        }
        var topic: ClientFeedbackTopic?
        if let raw = form.topic, !raw.isEmpty {
            guard let chosen = ClientFeedbackTopic(rawValue: raw) else {
                throw AppError.invalid(.clientfeedbackErrorChoice, field: Form.name(.topic))
            }
            topic = chosen
        }
        guard let position = BoundedInput.integer(form.position, in: 1...99) else {
            throw AppError.invalid(.clientfeedbackErrorPosition, field: Form.name(.position))
        }
        func text(_ value: String?, _ key: Form.CodingKeys) throws -> String {
            let text = (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty, text.count <= maximumText else {
                throw AppError.invalid(.clientfeedbackErrorText, field: Form.name(key))
            }
            return text
        }
        return Valid(
            context: context, topic: topic, position: position,
            texts: (try text(form.textFi, .textFi), try text(form.textSv, .textSv), try text(form.textEn, .textEn)),
            active: form.active == "on")
    }

    static func create(_ form: ClientFeedbackQuestionForm, on caller: Caller) async throws {
        let valid = try validate(form)
        try await caller.db.atomically { db in
            let question = ClientFeedbackQuestion()
            apply(valid, to: question)
            try await question.create(on: db)
            try await AuditLog.append(
                .create, recordType: "client-feedback-question", recordID: question.id?.uuidString, on: caller, db: db)
        }
    }

    static func update(_ questionID: UUID, _ form: ClientFeedbackQuestionForm, on caller: Caller) async throws {
        guard let question = try await ClientFeedbackQuestion.find(questionID, on: caller.db) else {
            throw AppError.notFound
        }
        let valid = try validate(form)
        try await caller.db.atomically { db in
            apply(valid, to: question)
            try await question.update(on: db)
            try await AuditLog.append(
                .update, recordType: "client-feedback-question", recordID: questionID.uuidString, on: caller, db: db)
        }
    }

    private static func apply(_ valid: Valid, to question: ClientFeedbackQuestion) {
        question.context = valid.context.rawValue
        question.topic = valid.topic?.rawValue
        question.position = valid.position
        question.textFi = valid.texts.fi
        question.textSv = valid.texts.sv
        question.textEn = valid.texts.en
        question.isActive = valid.active
    }
}
