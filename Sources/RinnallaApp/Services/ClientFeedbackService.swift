import Fluent
import Foundation
import RinnallaCore
import SQLKit

/// The organisation's own client feedback (issue 17, item 3): its questions, a unit's
/// public links, anonymous answers (public form or a paper form entered by a worker) and
/// the figures of the evidence view. As the group feedback: the public side stores
/// nothing about the respondent and is not audited; answers wait out of the figures and
/// join them in groups of five or more (`AnswerHolding`); an answer keeps only its quarter.
enum ClientFeedbackService {
    /// The questions of a context in their order; the retired too when `all`.
    static func questions(_ context: ClientFeedbackContext, all: Bool = false, on db: any Database) async throws
        -> [ClientFeedbackQuestion]
    {
        var query = ClientFeedbackQuestion.query(on: db).filter(\.$context == context.rawValue)
        if !all { query = query.filter(\.$isActive == true) }
        return try await query.sort(\.$position).sort(\.$createdAt).all()
    }

    /// A unit whose links and paper answers the user may handle: its client-work staff.
    /// Others get 404, as for any unit's data.
    static func checkStaff(_ unitID: UUID, on caller: Caller) throws {
        guard try caller.requireUser().can(.readClientData, inUnit: unitID) else { throw AppError.notFound }
    }

    static func currentLinks(unitID: UUID, on db: any Database) async throws -> [ClientFeedbackContext:
        ClientFeedbackLink]
    {
        var links: [ClientFeedbackContext: ClientFeedbackLink] = [:]
        for link in try await ClientFeedbackLink.query(on: db).filter(\.$unit.$id == unitID)
            .filter(\.$retiredAt == nil).all()
        {
            if let context = ClientFeedbackContext(rawValue: link.context) { links[context] = link }
        }
        return links
    }

    /// A new link for the unit and context, retiring the one in use.
    static func newLink(unitID: UUID, context: ClientFeedbackContext, on caller: Caller) async throws {
        try checkStaff(unitID, on: caller)
        let user = try caller.requireUser()
        let now = caller.now
        try await caller.db.atomically { db in
            try await db.serializeWrites()
            let retired = try await ClientFeedbackLink.query(on: db).filter(\.$unit.$id == unitID)
                .filter(\.$context == context.rawValue).filter(\.$retiredAt == nil).all()
            for old in retired {
                old.retiredAt = now
                try await old.update(on: db)
            }
            let link = ClientFeedbackLink()
            link.$unit.id = unitID
            link.context = context.rawValue
            link.token = Secrets.token()
            link.$createdBy.id = user.id
            try await link.create(on: db)
            try await AuditLog.append(
                retired.isEmpty ? .create : .update, unitID: unitID, recordType: "client-feedback-link",
                detail: "\(context.rawValue) retired \(retired.count)", on: caller, db: db)
        }
    }

    enum PublicState {
        case open(ClientFeedbackLink, ClientFeedbackContext)
        case retired
    }

    /// The state of `/p/<token>`; an unknown token is 404.
    static func publicState(_ token: String, on db: any Database) async throws -> PublicState {
        guard token.count <= 64, token.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }),
            let link = try await ClientFeedbackLink.query(on: db).filter(\.$token == token).first(),
            let context = ClientFeedbackContext(rawValue: link.context)
        else { throw AppError.notFound }
        return link.retiredAt == nil ? .open(link, context) : .retired
    }

    /// An answer as stored: question id → value, keys in order, so the stored text says
    /// nothing of the order the form was filled in. The demo stores its answers the same way.
    static func encoded(_ answers: [String: Int]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(answers), as: UTF8.self)
    }

    /// Where an answer came from: the public form, or a paper form a worker entered.
    enum Source: String { case link, paper }

    /// Saves one anonymous answer to the unit's questions of `context`. Refused input
    /// names its field and saves nothing. A paper answer is audited as entered (who entered
    /// one, never what it says); a public one is not audited.
    static func submit(
        unitID: UUID, context: ClientFeedbackContext, form: ClientFeedbackForm, source: Source, on caller: Caller
    ) async throws {
        let questions = try await questions(context, on: caller.db)
        let ids = questions.compactMap { $0.id?.uuidString }
        let values = Dictionary(uniqueKeysWithValues: form.answers.map { ($0.key.uuidString, Optional($0.value)) })
        let answers: [String: Int]
        switch ClientFeedbackAnswer.validate(values, questions: ids) {
        case .success(let valid): answers = valid
        case .failure(.empty):
            let field = questions.first?.id.map(ClientFeedbackForm.name) ?? ClientFeedbackForm.prefix
            throw AppError.invalid(.clientfeedbackErrorEmpty, field: field)
        case .failure(.offScale(let id)):
            let field = ClientFeedbackForm.prefix + id
            throw AppError.invalid(.clientfeedbackErrorScale, field: field)
        }
        let today = Day(caller.now)
        let collection = ClientFeedbackCollection(unitID: unitID, context: context, day: today)
        let stored = try encoded(answers)
        try await caller.db.atomically { db in
            let holding = AnswerHolding.Collection.clientFeedback(collection.id)
            try await AnswerHolding.lock(holding, on: db)
            try await (db as! any SQLDatabase).raw(
                """
                INSERT INTO \(ident: holding.held) (id, collection_id, unit_id, context, quarter, source, answers)
                VALUES (\(bind: UUID()), \(bind: collection.id), \(bind: unitID), \(bind: context.rawValue),
                  \(bind: collection.quarter.iso), \(bind: source.rawValue), \(bind: stored))
                """
            ).run()
            if source == .paper {
                try await AuditLog.append(
                    .create, unitID: unitID, recordType: "client-feedback-paper", detail: context.rawValue,
                    on: caller, db: db)
            }
            try await AnswerHolding.release(holding, open: collection.isOpen(today: today), on: db)
        }
    }

    /// One question's answers, quarter by quarter (the quarters asked for, in order).
    struct QuestionFigures: Sendable {
        let question: ClientFeedbackQuestion
        let shares: [Share]
    }

    /// The released answers of a unit's context in `quarters`, per question; answers of
    /// quarters that have ended are released first (a collection closes by the calendar).
    static func figures(
        unitID: UUID, context: ClientFeedbackContext, quarters: [ReportingPeriod], today: Day, on db: any Database
    ) async throws -> [QuestionFigures] {
        let collections = quarters.map { ClientFeedbackCollection(unitID: unitID, context: context, quarter: $0) }
        try await AnswerHolding.settle(
            closed: collections.filter { !$0.isOpen(today: today) }.map { .clientFeedback($0.id) }, on: db)
        let questions = try await questions(context, all: true, on: db)
        var values: [String: [String: [Int]]] = [:]  // quarter → question → values
        for row in try await (db as! any SQLDatabase).select().columns("quarter", "answers")
            .from("client_feedback_responses").where("collection_id", .in, collections.map(\.id)).all()
        {
            let quarter = try row.decode(column: "quarter", as: String.self)
            let answers = try JSONDecoder().decode(
                [String: Int].self, from: Data(try row.decode(column: "answers", as: String.self).utf8))
            for (question, value) in answers { values[quarter, default: [:]][question, default: []].append(value) }
        }
        return questions.compactMap { question in
            guard let id = question.id?.uuidString else { return nil }
            let shares = quarters.map { ClientFeedbackAnswer.share(values[$0.iso]?[id] ?? []) }
            // A retired question stays while it has answers in the quarters shown.
            guard question.isActive || shares.contains(where: { $0.whole > 0 }) else { return nil }
            return QuestionFigures(question: question, shares: shares)
        }
    }

    /// The public address of a link.
    static func publicURL(_ token: String, base: String) -> String {
        base + SiteRoute.clientFeedbackForm(token).href
    }
}
