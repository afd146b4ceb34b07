import Fluent
import Foundation
import RinnallaCore
import SQLKit

/// Client feedback for the demo (issue 17): links for the social rehabilitation unit
/// (closing) and the outreach unit (after a contact), and made-up anonymous answers to the
/// default questions for the four quarters the evidence view shows, more than the
/// small-cell threshold in each, released as the figures read them.
enum DemoClientFeedback {
    static func load(units: [String: UUID], users: [String: UUID], now: Date, on db: any Database) async throws {
        guard let west = units[DemoData.west], let outreach = units[DemoData.outreach],
            let sanna = users["sanna@demo.rinnalla.fi"], let eetu = users["eetu@demo.rinnalla.fi"]
        else { return }
        for (unit, context, worker) in [(west, ClientFeedbackContext.closing, sanna), (outreach, .contact, eetu)] {
            let link = ClientFeedbackLink()
            link.$unit.id = unit
            link.context = context.rawValue
            link.token = Secrets.token()
            link.$createdBy.id = worker
            try await link.create(on: db)
        }
        var rng = SeededRandom(seed: 2026 + 70)
        let quarters = LogicModelEvidenceService.quarters(endingWith: nil, today: Day(now))
        var rows: [[any SQLExpression]] = []
        for (unit, context, perQuarter) in [(west, ClientFeedbackContext.closing, 12), (outreach, .contact, 30)] {
            let questions = try await ClientFeedbackService.questions(context, on: db).compactMap(\.id)
            for (index, quarter) in quarters.enumerated() {
                rows += answers(
                    unit: unit, context: context, quarter: quarter, count: perQuarter + 2 * index,
                    questions: questions, rng: &rng)
            }
        }
        try await DemoScale.insert("client_feedback_responses", columns, rows, on: db as! any SQLDatabase)
    }

    static let columns = ["id", "collection_id", "unit_id", "context", "quarter", "source", "answers"]

    /// `count` answers to `questions`, mostly agreeing, some "cannot say" or blank.
    static func answers(
        unit: UUID, context: ClientFeedbackContext, quarter: ReportingPeriod, count: Int, questions: [UUID],
        rng: inout SeededRandom
    ) -> [[any SQLExpression]] {
        let collection = ClientFeedbackCollection(unitID: unit, context: context, quarter: quarter)
        return (0..<count).map { _ in
            var answers: [String: Int] = [:]
            for question in questions where rng.chance(0.9) {
                answers[question.uuidString] = rng.chance(0.05) ? 0 : rng.pick([2, 3, 3, 4, 4, 4, 5, 5, 5, 5])
            }
            let json = (try? ClientFeedbackService.encoded(answers)) ?? "{}"
            return [
                SQLBind(rng.uuid()), SQLBind(collection.id), SQLBind(unit), SQLBind(context.rawValue),
                SQLBind(collection.quarter.iso), SQLBind(rng.chance(0.3) ? "paper" : "link"), SQLBind(json),
            ]
        }
    }
}
