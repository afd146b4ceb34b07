import Fluent
import RinnallaCore
import Vapor

/// An evaluation as the page form and the API send it, before it is checked; its coding
/// keys name the fields for the views and the errors (issue 14). Each rated goal has a
/// rating and a note field of its own (`name(rating:)`, `name(note:)`).
struct EvaluationForm: PageForm, Sendable {
    var kind: String?
    var day: String?
    /// GAS level per goal ID, as typed ("-2"…"2").
    var ratings: [UUID: String] = [:]
    var notes: [UUID: String] = [:]
    var groupParticipation: String?
    var continuation: String?
    var continuationReasons: String?
    var nextSteps: String?
    var achieved: String?
    var feedbackLanguage: String?
    /// "yes" or "no": whether the client filled in the feedback form.
    var feedbackGiven: String?
    /// How the period went in the client's own view.
    var clientView: String?
    var followUpPlan: String?
    var transition: String?

    enum CodingKeys: String, CodingKey {
        case kind, day, groupParticipation, continuation, continuationReasons, nextSteps, achieved, feedbackLanguage,
            feedbackGiven, clientView, followUpPlan, transition
    }

    init(
        kind: String? = nil, day: String? = nil, ratings: [UUID: String] = [:], notes: [UUID: String] = [:],
        groupParticipation: String? = nil, continuation: String? = nil, continuationReasons: String? = nil,
        nextSteps: String? = nil, achieved: String? = nil, feedbackLanguage: String? = nil,
        feedbackGiven: String? = nil, clientView: String? = nil, followUpPlan: String? = nil, transition: String? = nil
    ) {
        self.kind = kind
        self.day = day
        self.ratings = ratings
        self.notes = notes
        self.groupParticipation = groupParticipation
        self.continuation = continuation
        self.continuationReasons = continuationReasons
        self.nextSteps = nextSteps
        self.achieved = achieved
        self.feedbackLanguage = feedbackLanguage
        self.feedbackGiven = feedbackGiven
        self.clientView = clientView
        self.followUpPlan = followUpPlan
        self.transition = transition
    }

    init() { self.init(kind: nil) }

    static let ratingPrefix = "rating-"
    static let notePrefix = "note-"
    /// The rating field of a goal.
    static func name(rating goalID: UUID) -> String { ratingPrefix + goalID.uuidString }
    /// The note field of a goal.
    static func name(note goalID: UUID) -> String { notePrefix + goalID.uuidString }

    /// The kind the form shows: an interim evaluation unless final is asked for.
    var shownKind: EvaluationKind { kind.flatMap(EvaluationKind.init(rawValue:)) ?? .interim }

    /// The fixed fields decode with the coding keys, the per-goal ones by their prefix.
    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let all = try decoder.container(keyedBy: FormFieldKey.self)
        self.init(
            kind: try c.decodeIfPresent(String.self, forKey: .kind),
            day: try c.decodeIfPresent(String.self, forKey: .day),
            ratings: all.texts(prefixedByID: Self.ratingPrefix), notes: all.texts(prefixedByID: Self.notePrefix),
            groupParticipation: try c.decodeIfPresent(String.self, forKey: .groupParticipation),
            continuation: try c.decodeIfPresent(String.self, forKey: .continuation),
            continuationReasons: try c.decodeIfPresent(String.self, forKey: .continuationReasons),
            nextSteps: try c.decodeIfPresent(String.self, forKey: .nextSteps),
            achieved: try c.decodeIfPresent(String.self, forKey: .achieved),
            feedbackLanguage: try c.decodeIfPresent(String.self, forKey: .feedbackLanguage),
            feedbackGiven: try c.decodeIfPresent(String.self, forKey: .feedbackGiven),
            clientView: try c.decodeIfPresent(String.self, forKey: .clientView),
            followUpPlan: try c.decodeIfPresent(String.self, forKey: .followUpPlan),
            transition: try c.decodeIfPresent(String.self, forKey: .transition))
    }
}

/// Interim evaluations (GAS per goal, group participation, continuation) and the final
/// evaluation that closes the period. Every read and change is audited.
enum EvaluationService {
    typealias Input = EvaluationForm

    /// An evaluation with its ratings and what they add up to.
    struct Entry: Sendable {
        let evaluation: Evaluation
        let ratings: [GoalRating]
        var summary: GoalProgress.Summary? {
            GoalProgress.summary(
                ratings.map {
                    .init(
                        goal: $0.$goal.id.uuidString, level: $0.level, weight: Double($0.weight),
                        baseline: $0.baseline)
                })
        }
    }

    static func entries(ofPeriod periodID: UUID, on db: any Database) async throws -> [Entry] {
        try await Evaluation.query(on: db).filter(\.$period.$id == periodID).sort(\.$day).sort(\.$createdAt)
            .with(\.$ratings).all()
            .map { Entry(evaluation: $0, ratings: $0.ratings) }
    }

    static func view(ofPeriod periodID: UUID, on caller: Caller) async throws -> (RehabilitationPeriod, [Entry]) {
        let period = try await PeriodService.viewPart(periodID, recordType: "evaluations", on: caller)
        return (period, try await entries(ofPeriod: periodID, on: caller.db))
    }

    static func create(_ input: Input, periodID: UUID, on caller: Caller) async throws -> Evaluation {
        let period = try await PeriodService.writable(periodID, on: caller)
        guard let kind = input.kind.flatMap(EvaluationKind.init(rawValue:)) else {
            throw AppError.invalid(.errorChoiceInvalid, field: EvaluationForm.name(.kind))
        }
        guard let day = input.day.flatMap({ Day(parsing: $0) }) else {
            throw AppError.invalid(.errorDateInvalid, field: EvaluationForm.name(.day))
        }
        let goals = try await GoalService.entries(ofPeriod: periodID, on: caller.db).filter { $0.level.isRatedWithGAS }
        guard !goals.isEmpty else { throw AppError.invalid(.evaluationErrorNoGoals, field: nil) }
        var ratings: [(GoalService.Entry, Int, String)] = []
        for goal in goals {
            let id = try goal.goal.requireID()
            guard let level = BoundedInput.integer(input.ratings[id], in: GoalAttainment.levels) else {
                throw AppError.invalid(
                    .evaluationErrorRatingMissing, field: EvaluationForm.name(rating: id),
                    arguments: ["goal": goal.current.text])
            }
            let note = try GoalService.text(input.notes[id], field: EvaluationForm.name(note: id), required: false)
            ratings.append((goal, level, note))
        }
        let groupParticipation = try GoalService.text(
            input.groupParticipation, field: EvaluationForm.name(.groupParticipation), required: kind == .interim)
        var continuation: Bool?
        if kind == .interim {
            switch InputRules.trimmed(input.continuation) {
            case "yes": continuation = true
            case "no": continuation = false
            default: throw AppError.invalid(.errorChoiceInvalid, field: EvaluationForm.name(.continuation))
            }
        }
        let reasons = try GoalService.text(
            input.continuationReasons, field: EvaluationForm.name(.continuationReasons), required: kind == .interim)
        let nextSteps = try GoalService.text(input.nextSteps, field: EvaluationForm.name(.nextSteps), required: false)
        let achieved = try GoalService.text(
            input.achieved, field: EvaluationForm.name(.achieved), required: kind == .final)
        var feedbackLanguage: String?
        if kind == .final, let language = InputRules.trimmed(input.feedbackLanguage) {
            guard ["fi", "sv"].contains(language) else {
                throw AppError.invalid(.errorChoiceInvalid, field: EvaluationForm.name(.feedbackLanguage))
            }
            feedbackLanguage = language
        }
        var feedbackGiven: Bool?
        if kind == .final {
            switch InputRules.trimmed(input.feedbackGiven) {
            case nil: feedbackGiven = nil
            case "yes": feedbackGiven = true
            case "no": feedbackGiven = false
            default: throw AppError.invalid(.errorChoiceInvalid, field: EvaluationForm.name(.feedbackGiven))
            }
        }
        let clientView =
            kind == .final
            ? try GoalService.text(input.clientView, field: EvaluationForm.name(.clientView), required: false) : ""
        let followUp = try GoalService.text(
            input.followUpPlan, field: EvaluationForm.name(.followUpPlan), required: kind == .final)
        let transition = try GoalService.text(
            input.transition, field: EvaluationForm.name(.transition), required: false)
        let user = try caller.requireUser()
        let now = caller.now
        let (continues, feedback, given, rated) = (continuation, feedbackLanguage, feedbackGiven, ratings)
        return try await caller.db.atomically { db in
            let evaluation = Evaluation()
            evaluation.$period.id = periodID
            evaluation.$client.id = period.$client.id
            evaluation.$unit.id = period.$unit.id
            evaluation.kind = kind.rawValue
            evaluation.day = day.iso
            evaluation.groupParticipation = groupParticipation
            evaluation.continuation = continues
            evaluation.continuationReasons = reasons
            evaluation.nextSteps = nextSteps
            evaluation.achieved = achieved
            evaluation.feedbackLanguage = feedback
            evaluation.feedbackGiven = given
            evaluation.clientView = clientView
            evaluation.followUpPlan = followUp
            evaluation.transition = transition
            evaluation.$createdBy.id = user.id
            evaluation.createdAt = now
            try await evaluation.create(on: db)
            for (goal, level, note) in rated {
                let rating = GoalRating()
                rating.$evaluation.id = try evaluation.requireID()
                rating.$goal.id = try goal.goal.requireID()
                rating.goalVersion = goal.current.version
                rating.level = level
                rating.weight = goal.current.weight
                rating.baseline = goal.current.baseline
                rating.note = note
                try await rating.create(on: db)
            }
            try await AuditLog.append(
                .create, unitID: period.$unit.id, clientID: period.$client.id, recordType: "evaluation",
                recordID: evaluation.id?.uuidString, detail: "kind=\(kind.rawValue)", on: caller, db: db)
            if kind == .final {
                // The period ends with its final evaluation; its data stays read-only.
                period.status = "closed"
                period.phase = PeriodPhase.closing.rawValue
                period.closedAt = now
                try await period.update(on: db)
                try await AuditLog.append(
                    .update, unitID: period.$unit.id, clientID: period.$client.id, recordType: "period",
                    recordID: periodID.uuidString, detail: "closed", on: caller, db: db)
            }
            return evaluation
        }
    }

    /// The interim evaluation due for a period, from its granted decisions.
    static func interimDue(ofPeriod periodID: UUID, today: Day, on db: any Database) async throws
        -> EvaluationSchedule.Due?
    {
        let decisions = try await DecisionService.grantedRanges(periodID, on: db)
        let days = try await Evaluation.query(on: db).filter(\.$period.$id == periodID).all(\.$day)
            .compactMap { Day(iso: $0) }
        return EvaluationSchedule.interimDue(decisions: decisions, evaluations: days, today: today)
    }
}
