import Fluent
import Foundation
import RinnallaCore
import Vapor

/// Small success stories of an inclusion evaluation (issue 6), following the guide's steps:
/// the preparation (aims, interviewees, consent text, the interview guide's themes), the
/// interviews (pseudonym only) with notes per theme, and the stories marked in them with the
/// team's own codes. Every read and change is audited; callers check `.manage` first.
enum InclusionStoryService {
    static let maximumPseudonymLength = 40
    static let maximumShortText = 200
    static let maximumCode = 80
    static let maximumText = 20_000
    static let languages = ["fi", "sv", "en", "other"]
    /// The domains a story may be tagged with: the guide's three domains of inclusion.
    static let domains: [AuxiliaryQuestions.Group] = AuxiliaryQuestions.groups.filter { $0.kind != .lastingStructures }

    /// A theme of the interview guide: one of the guide's three, or one the team added.
    struct Theme: Sendable {
        let key: String
        let title: String
        let questions: [String]
        /// The guide's own theme (its wording is the guide's, in Finnish).
        let fromGuide: Bool
    }

    static func themes(of evaluationID: UUID, on db: any Database) async throws -> [Theme] {
        let own = try await InclusionStoryTheme.query(on: db).filter(\.$evaluation.$id == evaluationID)
            .sort(\.$createdAt).sort(\.$id).all()
        return SmallSuccessStories.themes.map {
            Theme(key: $0.kind.rawValue, title: "\($0.number). \($0.title)", questions: $0.questions, fromGuide: true)
        } + own.map { Theme(key: $0.key, title: $0.title, questions: $0.questionList, fromGuide: false) }
    }

    // MARK: Preparation

    typealias PlanInput = StoryPlanForm

    static func plan(of evaluationID: UUID, on db: any Database) async throws -> InclusionStoryPlan? {
        try await InclusionStoryPlan.query(on: db).filter(\.$evaluation.$id == evaluationID).first()
    }

    static func savePlan(_ input: PlanInput, evaluation: InclusionEvaluation, on caller: Caller) async throws {
        let aims = try text(input.aims, field: StoryPlanForm.name(.aims), maximum: maximumText)
        let interviewees = try text(input.interviewees, field: StoryPlanForm.name(.interviewees), maximum: maximumText)
        let consent = try text(input.consentText, field: StoryPlanForm.name(.consentText), maximum: maximumText)
        let user = try caller.requireUser()
        let evaluationID = try evaluation.requireID()
        try await caller.db.atomically { db in
            let plan = try await plan(of: evaluationID, on: db) ?? InclusionStoryPlan()
            plan.$evaluation.id = evaluationID
            plan.$unit.id = evaluation.$unit.id
            plan.aims = aims
            plan.interviewees = interviewees
            plan.consentText = consent
            plan.$updatedBy.id = user.id
            try await plan.save(on: db)
            try await AuditLog.append(
                .update, unitID: evaluation.$unit.id, recordType: "inclusion-story-plan",
                recordID: evaluationID.uuidString, on: caller, db: db)
        }
    }

    typealias ThemeInput = StoryThemeForm

    static func addTheme(_ input: ThemeInput, evaluation: InclusionEvaluation, on caller: Caller) async throws {
        guard let title = InputRules.trimmed(input.title) else {
            throw AppError.invalid(
                .errorRequired, field: StoryThemeForm.name(.title), arguments: ["field": StoryThemeForm.name(.title)])
        }
        guard title.count <= maximumShortText else {
            throw AppError.invalid(
                .errorTooLong, field: StoryThemeForm.name(.title),
                arguments: ["field": StoryThemeForm.name(.title), "max": "\(maximumShortText)"])
        }
        let questions = try text(input.questions, field: StoryThemeForm.name(.questions), maximum: maximumText)
        let user = try caller.requireUser()
        try await caller.db.atomically { db in
            let theme = InclusionStoryTheme()
            theme.$evaluation.id = try evaluation.requireID()
            theme.$unit.id = evaluation.$unit.id
            theme.title = title
            theme.questions = questions
            theme.$createdBy.id = user.id
            try await theme.create(on: db)
            try await AuditLog.append(
                .create, unitID: evaluation.$unit.id, recordType: "inclusion-story-theme",
                recordID: theme.id?.uuidString, on: caller, db: db)
        }
    }

    // MARK: Interviews

    typealias InterviewInput = InterviewForm

    /// A pseudonym stays a pseudonym: short, and nothing that looks like an identity code or
    /// a phone number (the same checks as a contact's nickname).
    static func pseudonym(_ text: String?) throws -> String {
        guard let pseudonym = InputRules.trimmed(text) else {
            throw AppError.invalid(
                .errorRequired, field: InterviewForm.name(.pseudonym),
                arguments: ["field": InterviewForm.name(.pseudonym)])
        }
        guard pseudonym.count <= maximumPseudonymLength else {
            throw AppError.invalid(
                .errorTooLong, field: InterviewForm.name(.pseudonym),
                arguments: ["field": InterviewForm.name(.pseudonym), "max": "\(maximumPseudonymLength)"])
        }
        guard !ContactRules.containsIdentityCode(pseudonym) else {
            throw AppError.invalid(.storiesErrorPseudonymIdentity, field: InterviewForm.name(.pseudonym))
        }
        guard !ContactRules.containsPhoneNumber(pseudonym) else {
            throw AppError.invalid(.storiesErrorPseudonymPhone, field: InterviewForm.name(.pseudonym))
        }
        return pseudonym
    }

    static func createInterview(_ input: InterviewInput, evaluation: InclusionEvaluation, on caller: Caller)
        async throws -> InclusionInterview
    {
        let evaluationID = try evaluation.requireID()
        let pseudonym = try pseudonym(input.pseudonym)
        let interviewer = try required(
            input.interviewer, field: InterviewForm.name(.interviewer), maximum: maximumShortText)
        guard let dayText = InputRules.trimmed(input.day), let day = Day(parsing: dayText) else {
            throw AppError.invalid(.storiesErrorDay, field: InterviewForm.name(.day))
        }
        guard day <= Day(caller.now) else {
            throw AppError.invalid(.storiesErrorDayFuture, field: InterviewForm.name(.day))
        }
        guard input.consentRecorded else {
            throw AppError.invalid(.storiesErrorConsent, field: InterviewForm.name(.consentRecorded))
        }
        let language = InputRules.trimmed(input.language) ?? "fi"
        guard languages.contains(language) else {
            throw AppError.invalid(
                .storiesErrorChoice, field: InterviewForm.name(.language),
                arguments: ["field": InterviewForm.name(.language)])
        }
        let activity = try required(input.activity, field: InterviewForm.name(.activity), maximum: maximumShortText)
        let keys = Set(try await themes(of: evaluationID, on: caller.db).map(\.key))
        var notes: [(String, String)] = []
        for (key, value) in input.notes.sorted(by: { $0.key < $1.key }) {
            guard keys.contains(key) else {
                throw AppError.invalid(
                    .storiesErrorChoice, field: InterviewForm.name(notes: key),
                    arguments: ["field": InterviewForm.name(notes: key)])
            }
            let text = try text(value, field: InterviewForm.name(notes: key), maximum: maximumText)
            if !text.isEmpty { notes.append((key, text)) }
        }
        let user = try caller.requireUser()
        let notesToSave = notes
        return try await caller.db.atomically { db in
            let interview = InclusionInterview()
            interview.$evaluation.id = evaluationID
            interview.$unit.id = evaluation.$unit.id
            interview.pseudonym = pseudonym
            interview.interviewer = interviewer
            interview.day = day.iso
            interview.consentRecorded = true
            interview.language = language
            interview.activity = activity
            interview.$createdBy.id = user.id
            try await interview.create(on: db)
            for (key, text) in notesToSave {
                let note = InclusionInterviewNote()
                note.$interview.id = try interview.requireID()
                note.$unit.id = evaluation.$unit.id
                note.theme = key
                note.notes = text
                try await note.create(on: db)
            }
            try await AuditLog.append(
                .create, unitID: evaluation.$unit.id, recordType: "inclusion-interview",
                recordID: interview.id?.uuidString, on: caller, db: db)
            return interview
        }
    }

    static func interviews(of evaluationID: UUID, on db: any Database) async throws -> [InclusionInterview] {
        try await InclusionInterview.query(on: db).filter(\.$evaluation.$id == evaluationID)
            .sort(\.$day).sort(\.$createdAt).sort(\.$id).all()
    }

    /// An interview of the evaluation (404 otherwise), with its notes; the read is audited.
    static func interview(_ id: UUID, of evaluation: InclusionEvaluation, on caller: Caller) async throws
        -> InclusionInterview
    {
        guard
            let interview = try await InclusionInterview.query(on: caller.db).filter(\.$id == id)
                .filter(\.$evaluation.$id == evaluation.requireID()).with(\.$notes).first()
        else { throw AppError.notFound }
        try await AuditLog.append(
            .view, unitID: evaluation.$unit.id, recordType: "inclusion-interview", recordID: id.uuidString,
            on: caller)
        return interview
    }

    // MARK: Stories

    typealias StoryInput = StoryForm

    static func createStory(
        _ input: StoryInput, interview: InclusionInterview, evaluation: InclusionEvaluation, on caller: Caller
    ) async throws -> InclusionStory {
        let evaluationID = try evaluation.requireID()
        let excerpt = try required(input.excerpt, field: StoryForm.name(.excerpt), maximum: maximumText)
        guard input.sequenceConfirmed else {
            throw AppError.invalid(.storiesErrorSequence, field: StoryForm.name(.sequenceConfirmed))
        }
        let keys = try await themes(of: evaluationID, on: caller.db).map(\.key)
        guard let theme = InputRules.trimmed(input.theme), keys.contains(theme) else {
            throw AppError.invalid(
                .storiesErrorChoice, field: StoryForm.name(.theme), arguments: ["field": StoryForm.name(.theme)])
        }
        let storyType = try required(input.storyType, field: StoryForm.name(.storyType), maximum: maximumCode)
        let interpretation = try required(
            input.interpretation, field: StoryForm.name(.interpretation), maximum: maximumCode)
        let mechanism = try required(input.mechanism, field: StoryForm.name(.mechanism), maximum: maximumCode)
        var domains: [String] = []
        for text in input.domains.compactMap(InputRules.trimmed) {
            guard self.domains.contains(where: { $0.kind.rawValue == text }) else {
                throw AppError.invalid(
                    .storiesErrorChoice, field: StoryForm.name(.domains), arguments: ["field": StoryForm.name(.domains)]
                )
            }
            if !domains.contains(text) { domains.append(text) }
        }
        let user = try caller.requireUser()
        let domainTags = domains.joined(separator: ",")
        return try await caller.db.atomically { db in
            let story = InclusionStory()
            story.$evaluation.id = evaluationID
            story.$unit.id = evaluation.$unit.id
            story.$interview.id = try interview.requireID()
            story.theme = theme
            story.excerpt = excerpt
            story.storyType = storyType
            story.interpretation = interpretation
            story.mechanism = mechanism
            story.domains = domainTags
            story.chosen = false
            story.$createdBy.id = user.id
            try await story.create(on: db)
            try await AuditLog.append(
                .create, unitID: evaluation.$unit.id, recordType: "inclusion-story", recordID: story.id?.uuidString,
                on: caller, db: db)
            return story
        }
    }

    static func stories(of evaluationID: UUID, on db: any Database) async throws -> [InclusionStory] {
        try await InclusionStory.query(on: db).filter(\.$evaluation.$id == evaluationID)
            .sort(\.$createdAt).sort(\.$id).all()
    }

    /// Chooses a story's quote for the report, or takes it out.
    static func setChosen(_ storyID: UUID, _ chosen: Bool, evaluation: InclusionEvaluation, on caller: Caller)
        async throws -> InclusionStory
    {
        guard
            let story = try await InclusionStory.query(on: caller.db).filter(\.$id == storyID)
                .filter(\.$evaluation.$id == evaluation.requireID()).first()
        else { throw AppError.notFound }
        return try await caller.db.atomically { db in
            story.chosen = chosen
            try await story.update(on: db)
            try await AuditLog.append(
                .update, unitID: evaluation.$unit.id, recordType: "inclusion-story", recordID: storyID.uuidString,
                detail: chosen ? "chosen for the report" : "not chosen for the report", on: caller, db: db)
            return story
        }
    }

    /// The codes the team has used so far, for the forms' suggestion lists.
    struct Codes: Sendable {
        var storyTypes: [String] = []
        var interpretations: [String] = []
        var mechanisms: [String] = []
    }

    static func codes(_ stories: [InclusionStory]) -> Codes {
        func distinct(_ values: [String]) -> [String] {
            Array(Set(values)).sorted { $0.localizedStandardCompare($1) == .orderedAscending }
        }
        return Codes(
            storyTypes: distinct(stories.map(\.storyType)), interpretations: distinct(stories.map(\.interpretation)),
            mechanisms: distinct(stories.map(\.mechanism)))
    }

    /// The analysis step: stories grouped by a code, the largest groups first.
    static func grouped(_ stories: [InclusionStory], by key: (InclusionStory) -> String) -> [(
        code: String, stories: [InclusionStory]
    )] {
        Dictionary(grouping: stories, by: key).map { (code: $0.key, stories: $0.value) }
            .sorted {
                $0.stories.count != $1.stories.count
                    ? $0.stories.count > $1.stories.count
                    : $0.code.localizedStandardCompare($1.code) == .orderedAscending
            }
    }

    // MARK: Input helpers

    static func text(_ value: String?, field: String, maximum: Int) throws -> String {
        let text = value?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard text.count <= maximum else {
            throw AppError.invalid(.errorTooLong, field: field, arguments: ["field": field, "max": "\(maximum)"])
        }
        return text
    }

    static func required(_ value: String?, field: String, maximum: Int) throws -> String {
        let text = try text(value, field: field, maximum: maximum)
        guard !text.isEmpty else { throw AppError.invalid(.errorRequired, field: field, arguments: ["field": field]) }
        return text
    }
}
