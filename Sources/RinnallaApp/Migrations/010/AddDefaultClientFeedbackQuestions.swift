import Fluent
import Foundation
import RinnallaCore

/// Rinnalla's default questions (`ClientFeedbackDefaults`), in the catalogs' wording at
/// the time this ran; from then on they are the organisation's to edit.
struct AddDefaultClientFeedbackQuestions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        var positions: [ClientFeedbackContext: Int] = [:]
        for item in ClientFeedbackDefaults.items {
            let position = (positions[item.context] ?? 0) + 1
            positions[item.context] = position
            let question = ClientFeedbackQuestion()
            question.defaultID = item.id
            question.context = item.context.rawValue
            question.topic = item.topic.rawValue
            question.position = position
            question.textFi = Localizer.shared.text(item.text, .fi)
            question.textSv = Localizer.shared.text(item.text, .sv)
            question.textEn = Localizer.shared.text(item.text, .en)
            question.isActive = true
            try await question.create(on: database)
        }
    }

    func revert(on database: any Database) async throws {
        try await ClientFeedbackQuestion.query(on: database).filter(\.$defaultID != nil).delete()
    }
}
