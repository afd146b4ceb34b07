import Fluent
import Foundation
import RinnallaCore
import Vapor

/// Anonymous responses to a round: the public form and its JSON twin, and paper forms
/// typed in by staff in batches. A response stores the round, the answers, the optional
/// background answers and pairing-code hash, and how it arrived — no user, client, IP
/// address, cookie or time. No audit row is written for a public response (audit rows
/// carry the IP address).
enum InclusionResponseService {
    /// What a respondent sent: raw strings as they came from a form or JSON.
    struct Submission: Sendable {
        /// "1" … "5" or empty/nil for unanswered, ten of them.
        var answers: [String?]
        var gender: String?
        var ageGroup: String?
        var labourStatus: String?
        var pairingCode: String?
        var language: String?
    }

    /// Why a public submission was not taken: the answers could not be read, or some
    /// statements were left unanswered (the form asks again, keeping what was given).
    enum Refusal: Error {
        case invalid(AppError)
        case missing([Int])
    }

    /// The round behind a public token, with its evaluation.
    static func round(token: String, on db: any Database) async throws -> (InclusionRound, InclusionEvaluation) {
        guard !token.isEmpty, token.count <= 100,
            let round = try await InclusionRound.query(on: db).filter(\.$token == token).with(\.$evaluation).first()
        else { throw AppError.notFound }
        return (round, round.evaluation)
    }

    /// Reads the answers and background fields; unanswered statements stay nil. An answer
    /// outside 1 … 5 or an unknown background answer is refused, naming the field.
    static func parse(_ submission: Submission, salt: String, languages: Set<String>) throws(AppError) -> (
        answers: InclusionAnswers, gender: String?, ageGroup: String?, labourStatus: String?, pairHash: String?,
        language: String
    ) {
        guard submission.answers.count == InclusionIndicator.statementCount else {
            throw AppError.invalid(.surveyErrorAnswerCount, field: "answers")
        }
        var values: [Int?] = []
        for (index, raw) in submission.answers.enumerated() {
            let text = (raw ?? "").trimmingCharacters(in: .whitespaces)
            if text.isEmpty {
                values.append(nil)
                continue
            }
            guard let value = Int(text), InclusionIndicator.values.contains(value) else {
                throw AppError.invalid(
                    .surveyErrorAnswerValue, field: Submission.name(statement: index + 1),
                    arguments: ["number": "\(index + 1)"])
            }
            values.append(value)
        }
        let answers: InclusionAnswers
        do { answers = try InclusionAnswers(values) } catch {
            throw AppError.invalid(.surveyErrorAnswerCount, field: "answers")
        }
        func background(_ raw: String?, _ question: InclusionBackgroundQuestion, field: String) throws(AppError)
            -> String?
        {
            let text = (raw ?? "").trimmingCharacters(in: .whitespaces)
            if text.isEmpty { return nil }
            guard question.answers.contains(text) else {
                throw AppError.invalid(.surveyErrorBackground, field: field)
            }
            return text
        }
        let gender = try background(submission.gender, .gender, field: Submission.name(.gender))
        let ageGroup = try background(submission.ageGroup, .ageGroup, field: Submission.name(.ageGroup))
        let labour = try background(
            submission.labourStatus, .labourStatus, field: Submission.name(.labourStatus))
        let pairHash: String?
        do { pairHash = try InclusionPairing.hash(submission.pairingCode, salt: salt) } catch {
            throw AppError.invalid(
                .surveyErrorPairingCode, field: Submission.name(.pairingCode),
                arguments: [
                    "min": "\(InclusionPairingCode.lengths.lowerBound)",
                    "max": "\(InclusionPairingCode.lengths.upperBound)",
                ])
        }
        let language = (submission.language ?? "").trimmingCharacters(in: .whitespaces)
        let chosen = language.isEmpty ? InclusionIndicator.finnish.language : language
        guard chosen == InclusionIndicator.finnish.language || languages.contains(chosen) else {
            throw AppError.invalid(.surveyErrorLanguage, field: Submission.name(.language))
        }
        return (answers, gender, ageGroup, labour, pairHash, chosen)
    }

    /// Stores one public response (form or API) in the holding table and returns the row
    /// stored. `requireComplete`: the form asks again for missing statements; the API
    /// stores an incomplete response as incomplete.
    static func submit(
        _ submission: Submission, round: InclusionRound, evaluation: InclusionEvaluation,
        source: InclusionResponseSource, requireComplete: Bool, on db: any Database
    ) async throws -> InclusionImport.Row {
        let languages = try await InclusionTranslationService.installedLanguages(on: db)
        let parsed:
            (
                answers: InclusionAnswers, gender: String?, ageGroup: String?, labourStatus: String?, pairHash: String?,
                language: String
            )
        do { parsed = try parse(submission, salt: evaluation.pairingSalt, languages: languages) } catch {
            throw Refusal.invalid(error)
        }
        if requireComplete, !parsed.answers.isComplete { throw Refusal.missing(parsed.answers.missingStatements) }
        let roundID = try round.requireID()
        // The answer waits out of every figure and joins them with others in a random group
        // of five or more (issue 13, items 7 and 11; `AnswerHolding`). The callers take
        // answers only while the round is open.
        let row = InclusionImport.Row(
            language: parsed.language, answers: parsed.answers, gender: parsed.gender, ageGroup: parsed.ageGroup,
            labourStatus: parsed.labourStatus, pairHash: parsed.pairHash)
        try await db.atomically { db in
            let collection = AnswerHolding.Collection.inclusionRound(roundID)
            try await AnswerHolding.lock(collection, on: db)
            try await InclusionImport.insert([row], roundID: roundID, batchID: nil, source: source, hold: true, on: db)
            try await AnswerHolding.release(collection, open: true, on: db)
        }
        return row
    }

    // MARK: Paper entry

    /// One paper form as typed in: a row of the batch. An entirely empty row is skipped.
    struct PaperRow: Sendable {
        var submission: Submission
        var isEmpty: Bool {
            submission.answers.allSatisfy { ($0 ?? "").trimmingCharacters(in: .whitespaces).isEmpty }
                && [submission.gender, submission.ageGroup, submission.labourStatus, submission.pairingCode]
                    .allSatisfy { ($0 ?? "").trimmingCharacters(in: .whitespaces).isEmpty }
        }
    }

    struct PaperResult: Sendable {
        let batchID: UUID
        let complete: Int
        let incomplete: Int
    }

    /// Stores a batch of paper forms in one transaction: the batch (who typed them in,
    /// when, how many, the self-completion confirmation) and its responses. Incomplete
    /// rows are stored as incomplete (left out of scores). A bad value in any row refuses
    /// the whole batch, naming the row and the field.
    static func enterPaper(_ rows: [PaperRow], selfCompleted: Bool, note: String?, roundID: UUID, on caller: Caller)
        async throws -> PaperResult
    {
        let round = try await InclusionAccess.round(roundID, .enterResponses, on: caller)
        let user = try caller.requireUser()
        guard let evaluation = try await InclusionEvaluation.find(round.$evaluation.id, on: caller.db) else {
            throw AppError.notFound
        }
        guard selfCompleted else {
            throw AppError.invalid(.surveyErrorSelfCompleted, field: PaperEntryForm.name(.selfCompleted))
        }
        let filled = rows.enumerated().filter { !$0.element.isEmpty }
        guard !filled.isEmpty else { throw AppError.invalid(.surveyErrorNoRows, field: PaperEntryForm.name(.rows)) }
        let noteText = (note ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard noteText.count <= 1000 else {
            let field = PaperEntryForm.name(.note)
            throw AppError.invalid(.errorTooLong, field: field, arguments: ["field": field, "max": "1000"])
        }
        var parsedRows:
            [(answers: InclusionAnswers, gender: String?, ageGroup: String?, labour: String?, hash: String?)] = []
        for (index, row) in filled {
            var submission = row.submission
            submission.language = InclusionIndicator.finnish.language
            do {
                let parsed = try parse(submission, salt: evaluation.pairingSalt, languages: [])
                parsedRows.append(
                    (parsed.answers, parsed.gender, parsed.ageGroup, parsed.labourStatus, parsed.pairHash))
            } catch {
                let field = error.field.map { PaperEntryForm.name(row: index + 1, $0) }
                let message = AppError.invalid(
                    .surveyErrorPaperRow, field: field,
                    arguments: [
                        "row": "\(index + 1)",
                        "problem": Localizer.shared.text(error.key, caller.language, error.arguments),
                    ])
                throw message
            }
        }
        // The same insert as a CSV import: one batch, its rows, its tallies, one transaction.
        let rowsToStore = parsedRows.map {
            InclusionImport.Row(
                language: InclusionIndicator.finnish.language, answers: $0.answers, gender: $0.gender,
                ageGroup: $0.ageGroup, labourStatus: $0.labour, pairHash: $0.hash)
        }
        let roundID = try round.requireID()
        let now = caller.now
        // Paper forms of a round that has not closed wait and join the figures in groups,
        // like the public form's answers (issue 13, item 7): a batch of one form would
        // otherwise show that person's answers to everyone who reads the results.
        let hold = round.state(today: Day(now)) != .closed
        let batchID = try await caller.db.atomically { db in
            let collection = AnswerHolding.Collection.inclusionRound(roundID)
            try await AnswerHolding.lock(collection, on: db)
            let batchID = try await InclusionImport.store(
                rowsToStore, roundID: roundID, unitID: round.$unit.id, enteredBy: user.id, enteredAt: now,
                selfCompleted: true, note: noteText, source: .paper, hold: hold, on: db)
            if hold { try await AnswerHolding.release(collection, open: true, on: db) }
            try await AuditLog.append(
                .create, unitID: round.$unit.id, recordType: "inclusion-entry-batch",
                recordID: batchID.uuidString, detail: "paper \(rowsToStore.count) rows", on: caller, db: db)
            return batchID
        }
        let complete = parsedRows.filter(\.answers.isComplete).count
        return PaperResult(batchID: batchID, complete: complete, incomplete: parsedRows.count - complete)
    }
}
