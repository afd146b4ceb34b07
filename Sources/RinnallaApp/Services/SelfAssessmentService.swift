import Fluent
import RinnallaCore
import Vapor

/// A self-assessment as the page form and the API send it, before it is checked; its
/// coding keys name the fields for the views and the errors (issue 14). Each item's answer
/// has a field of its own (`name(answer:)`).
struct SelfAssessmentForm: PageForm, Sendable {
    var instrument: String?
    var day: String?
    var stage: String?
    /// Item id → the answer as typed or chosen.
    var answers: [String: String] = [:]

    enum CodingKeys: String, CodingKey {
        case instrument, day, stage
    }

    static let answerPrefix = "answer-"
    /// The field that holds an item's answer.
    static func name(answer itemID: String) -> String { answerPrefix + itemID }
}

extension SelfAssessmentForm {
    /// The fixed fields decode with the coding keys, the answers by their prefix.
    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let answers = try decoder.container(keyedBy: FormFieldKey.self).texts(prefixed: Self.answerPrefix)
        self.init(
            instrument: try c.decodeIfPresent(String.self, forKey: .instrument),
            day: try c.decodeIfPresent(String.self, forKey: .day),
            stage: try c.decodeIfPresent(String.self, forKey: .stage), answers: answers)
    }
}

/// Self-assessments of a period: recorded at the start, around six months and at the end,
/// compared start against latest. Every read and change is audited.
enum SelfAssessmentService {
    typealias Input = SelfAssessmentForm

    /// One instrument's start-against-latest view of a period.
    struct Comparison: Sendable {
        let definition: InstrumentDefinition
        let start: SelfAssessment
        let later: SelfAssessment
        let changes: [DimensionChange]
    }

    static func record(_ input: Input, periodID: UUID, on caller: Caller) async throws -> SelfAssessment {
        // Access first: someone outside the unit learns nothing from validation messages.
        let period = try await PeriodService.writable(periodID, on: caller)
        let instruments = try await InstrumentService.active(on: caller.db)
        guard let code = InputRules.trimmed(input.instrument),
            let definition = instruments.first(where: { $0.definition.id == code })?.definition
        else { throw AppError.invalid(.selfassessmentErrorInstrument, field: SelfAssessmentForm.name(.instrument)) }
        guard let day = input.day.flatMap({ Day(parsing: $0) }) else {
            throw AppError.invalid(.errorDateInvalid, field: SelfAssessmentForm.name(.day))
        }
        guard day <= Day(caller.now) else {
            throw AppError.invalid(.selfassessmentErrorDayInFuture, field: SelfAssessmentForm.name(.day))
        }
        guard let stage = InputRules.trimmed(input.stage).flatMap(SelfAssessmentStage.init(rawValue:)) else {
            throw AppError.invalid(.errorChoiceInvalid, field: SelfAssessmentForm.name(.stage))
        }
        let answers = try parseAnswers(input.answers, definition: definition)
        let scores: [DimensionScore]
        do {
            scores = try definition.scores(answers)
        } catch {
            // parseAnswers has already named the item; this only guards the core's own check.
            throw AppError.invalid(error.key, field: nil, arguments: error.arguments)
        }
        let user = try caller.requireUser()
        let answersJSON = String(decoding: try JSONEncoder().encode(answers), as: UTF8.self)
        let scoresJSON = String(decoding: try JSONEncoder().encode(scores), as: UTF8.self)
        return try await caller.db.atomically { db in
            // The start and the end are once per instrument; interim ones may repeat.
            if stage != .interim,
                try await SelfAssessment.query(on: db).filter(\.$period.$id == periodID)
                    .filter(\.$instrumentCode == code).filter(\.$stage == stage.rawValue).first() != nil
            {
                throw AppError.invalid(.selfassessmentErrorStageTaken, field: SelfAssessmentForm.name(.stage))
            }
            let record = SelfAssessment()
            record.$period.id = periodID
            record.$client.id = period.$client.id
            record.$unit.id = period.$unit.id
            record.$recordedBy.id = user.id
            record.instrumentCode = code
            record.instrumentVersion = definition.version
            record.day = day.iso
            record.stage = stage.rawValue
            record.answers = answersJSON
            record.scores = scoresJSON
            try await record.create(on: db)
            try await AuditLog.append(
                .create, unitID: period.$unit.id, clientID: period.$client.id, recordType: "self-assessment",
                recordID: record.id?.uuidString, detail: "instrument=\(code) stage=\(stage.rawValue)", on: caller,
                db: db)
            return record
        }
    }

    /// Every item needs a whole number on the scale; the message names the item.
    static func parseAnswers(_ raw: [String: String], definition: InstrumentDefinition) throws -> [String: Int] {
        var answers: [String: Int] = [:]
        for (index, item) in definition.items.enumerated() {
            let arguments = [
                "number": String(index + 1), "item": item.text, "min": String(definition.scale.min),
                "max": String(definition.scale.max),
            ]
            guard let text = InputRules.trimmed(raw[item.id]) else {
                throw AppError.invalid(
                    .selfassessmentErrorMissingAnswer, field: SelfAssessmentForm.name(answer: item.id),
                    arguments: arguments)
            }
            guard let value = Int(text), definition.scale.values.contains(value) else {
                throw AppError.invalid(
                    .selfassessmentErrorAnswerOutOfRange, field: SelfAssessmentForm.name(answer: item.id),
                    arguments: arguments)
            }
            answers[item.id] = value
        }
        // Answers to items the instrument does not have are refused, not dropped.
        if let unknown = raw.keys.sorted().first(where: { key in !definition.items.contains { $0.id == key } }) {
            throw AppError.invalid(.selfassessmentErrorUnknownItem, field: nil, arguments: ["item": unknown])
        }
        return answers
    }

    static func assessments(ofPeriod periodID: UUID, on db: any Database) async throws -> [SelfAssessment] {
        try await SelfAssessment.query(on: db).filter(\.$period.$id == periodID)
            .sort(\.$day).sort(\.$createdAt).all()
    }

    /// The period's self-assessments, audited as a read (API).
    static func view(periodID: UUID, on caller: Caller) async throws -> (RehabilitationPeriod, [SelfAssessment]) {
        let period = try await PeriodService.find(periodID, for: try caller.requireUser(), on: caller.db)
        try await AuditLog.append(
            .view, unitID: period.$unit.id, clientID: period.$client.id, recordType: "self-assessment-list",
            recordID: periodID.uuidString, on: caller)
        return (period, try await assessments(ofPeriod: periodID, on: caller.db))
    }

    /// One self-assessment, if the user may read its unit's client data; otherwise 404.
    static func find(_ id: UUID, on caller: Caller) async throws -> SelfAssessment {
        let user = try caller.requireUser()
        guard let record = try await SelfAssessment.find(id, on: caller.db),
            user.can(.readClientData, inUnit: record.$unit.id)
        else { throw AppError.notFound }
        return record
    }

    static func answers(of record: SelfAssessment) -> [String: Int] {
        (try? JSONDecoder().decode([String: Int].self, from: Data(record.answers.utf8))) ?? [:]
    }

    static func scores(of record: SelfAssessment) -> [DimensionScore] {
        (try? JSONDecoder().decode([DimensionScore].self, from: Data(record.scores.utf8))) ?? []
    }

    /// Per instrument: the start assessment (or the earliest) against the latest other one.
    static func comparisons(_ records: [SelfAssessment], on db: any Database) async throws -> [Comparison] {
        var result: [Comparison] = []
        var codes: [String] = []
        for record in records where !codes.contains(record.instrumentCode) { codes.append(record.instrumentCode) }
        for code in codes {
            let mine = records.filter { $0.instrumentCode == code }
            guard mine.count >= 2, let definition = try await InstrumentService.find(code, on: db),
                let start = mine.first(where: { $0.stage == SelfAssessmentStage.start.rawValue }) ?? mine.first,
                let later = mine.last(where: { $0 !== start })
            else { continue }
            result.append(
                Comparison(
                    definition: definition, start: start, later: later,
                    changes: definition.compare(start: scores(of: start), later: scores(of: later))))
        }
        return result
    }

    /// A period that needs a self-assessment now, for the worker's home page.
    struct Due: Sendable {
        let periodID: UUID
        let clientID: UUID
        let stage: SelfAssessmentStage
        /// The period's start for the start one, six months on for the interim one, the
        /// last decided day (or today, when closing) for the end one.
        let dueBy: Day
    }

    /// Open periods in the units where `user` may write client data that need a
    /// self-assessment now — see `SelfAssessmentSchedule.due`.
    static func due(for user: CurrentUser, on db: any Database, today: Day) async throws -> [Due] {
        let units = user.clientDataUnitIDs.filter { user.can(.writeClientData, inUnit: $0) }
        guard !units.isEmpty else { return [] }
        let periods = try await RehabilitationPeriod.query(on: db).filter(\.$unit.$id ~~ units)
            .filter(\.$status == "open").all()
        return try await due(
            periods: periods.compactMap { period in
                period.id.map { ($0, period.$client.id, period.createdAt.map { Day($0) }) }
            }, on: db, today: today)
    }

    /// The due self-assessments of the given open periods (id, client, day created). A
    /// period starts on the first day of its first granted decision, or on the day it was
    /// created; it is ending when it is in the closing phase, or its last granted decision
    /// ends it (no continuation at the latest interim evaluation, or the year is full).
    static func due(
        periods: [(id: UUID, clientID: UUID, created: Day?)], on db: any Database, today: Day
    ) async throws -> [Due] {
        let ids = periods.map(\.id)
        guard !ids.isEmpty else { return [] }
        let records = try await SelfAssessment.query(on: db).filter(\.$period.$id ~~ ids)
            .field(\.$period.$id).field(\.$stage).all()
        var stages: [UUID: Set<SelfAssessmentStage>] = [:]
        for record in records {
            if let stage = SelfAssessmentStage(rawValue: record.stage) {
                stages[record.$period.id, default: []].insert(stage)
            }
        }
        let decisions = try await Decision.query(on: db).filter(\.$period.$id ~~ ids)
            .filter(\.$kind == Decision.Kind.rehabilitation.rawValue)
            .filter(\.$resolution == DecisionTexts.Resolution.positive.rawValue)
            .field(\.$period.$id).field(\.$firstDay).field(\.$lastDay).all()
        var firstDays: [UUID: Day] = [:]
        var lastDays: [UUID: Day] = [:]
        for decision in decisions {
            guard let first = Day(iso: decision.firstDay), let last = Day(iso: decision.lastDay) else { continue }
            firstDays[decision.$period.id] = min(firstDays[decision.$period.id] ?? first, first)
            lastDays[decision.$period.id] = max(lastDays[decision.$period.id] ?? last, last)
        }
        let closing = try await RehabilitationPeriod.query(on: db).filter(\.$id ~~ ids)
            .filter(\.$phase == PeriodPhase.closing.rawValue).field(\.$id).all().compactMap(\.id)
        // The latest interim evaluation of each period decides whether it goes on.
        var refused: [UUID: Bool] = [:]
        for evaluation in try await Evaluation.query(on: db).filter(\.$period.$id ~~ ids)
            .filter(\.$kind == EvaluationKind.interim.rawValue).sort(\.$day).sort(\.$createdAt)
            .field(\.$period.$id).field(\.$continuation).all()
        {
            refused[evaluation.$period.id] = evaluation.continuation == false
        }
        return periods.compactMap { period in
            let start = firstDays[period.id] ?? period.created ?? today
            let ending = SelfAssessmentSchedule.Ending(
                isClosing: closing.contains(period.id), lastDecidedDay: lastDays[period.id],
                continuationRefused: refused[period.id] ?? false)
            let stage = SelfAssessmentSchedule.due(
                periodStart: start, today: today, recorded: stages[period.id] ?? [], ending: ending)
            return stage.map {
                let dueBy: Day =
                    switch $0 {
                    case .start: start
                    case .interim: start.sameDay(monthsLater: 6)
                    case .end: lastDays[period.id].map { max($0, today) } ?? today
                    }
                return Due(periodID: period.id, clientID: period.clientID, stage: $0, dueBy: dueBy)
            }
        }
    }
}
