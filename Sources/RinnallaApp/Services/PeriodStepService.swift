import Fluent
import RinnallaCore
import Vapor

/// The handbook's steps on one period (issue 15): which are done by a record in
/// Rinnalla, which a worker ticked, and the ticks saved phase by phase. Every read and
/// change is audited.
enum PeriodStepService {
    typealias Done = HandbookStepState.Done

    /// The period's steps of every phase, for the checklist page and the period page.
    static func view(_ periodID: UUID, on caller: Caller) async throws -> (RehabilitationPeriod, [HandbookStepState]) {
        let period = try await PeriodService.viewPart(periodID, recordType: "period-steps", on: caller)
        return (period, try await states(of: period, on: caller.db))
    }

    static func states(of period: RehabilitationPeriod, on db: any Database) async throws -> [HandbookStepState] {
        let periodID = try period.requireID()
        let ticks = try await PeriodStepTick.query(on: db).filter(\.$period.$id == periodID).all()
        let found = try await evidence(of: period, on: db)
        let names = try await userNames(Set(found.values.map(\.userID) + ticks.map(\.$tickedBy.id)), on: db)
        let recorded = found.mapValues { Done(by: names[$0.userID] ?? "", on: $0.day) }
        var ticked: [String: Done] = [:]
        for tick in ticks {
            guard let day = Day(iso: tick.day) else { continue }
            ticked[tick.step] = Done(by: names[tick.$tickedBy.id] ?? "", on: day)
        }
        return HandbookStepState.resolve(HandbookStep.all, recorded: recorded, ticked: ticked)
    }

    /// Saves the worker's ticks of one phase: `ticked` are the steps now ticked; the
    /// phase's other ticks are taken away. A tick already there keeps its who and when.
    static func save(_ periodID: UUID, phase text: String?, ticked: Set<String>, on caller: Caller) async throws {
        let period = try await PeriodService.writable(periodID, on: caller)
        guard let phase = text.flatMap(PeriodPhase.init(rawValue:)) else {
            throw AppError.invalid(.errorPhaseInvalid, field: "phase")
        }
        let steps = Set(phase.steps.map(\.id))
        guard ticked.isSubset(of: steps) else { throw AppError.invalid(.errorChoiceInvalid, field: "step") }
        let user = try caller.requireUser()
        let today = Day(caller.now)
        try await caller.db.atomically { db in
            let existing = try await PeriodStepTick.query(on: db).filter(\.$period.$id == periodID)
                .filter(\.$step ~~ Array(steps)).all()
            let kept = Set(existing.map(\.step))
            for tick in existing where !ticked.contains(tick.step) { try await tick.delete(on: db) }
            for step in ticked.subtracting(kept).sorted() {
                try await tick(step, of: period, by: user.id, on: today, db: db)
            }
            try await AuditLog.append(
                .update, unitID: period.$unit.id, clientID: period.$client.id, recordType: "period-steps",
                recordID: periodID.uuidString,
                detail: "phase=\(phase.rawValue) ticked=\(ticked.sorted().joined(separator: ","))", on: caller, db: db)
        }
    }

    /// Ticks one step (keeping an earlier tick's who and when) or takes its tick away,
    /// and answers with the step's state.
    static func set(_ periodID: UUID, step id: String?, ticked: Bool, on caller: Caller) async throws
        -> HandbookStepState
    {
        let period = try await PeriodService.writable(periodID, on: caller)
        guard let step = id.flatMap(HandbookStep.step) else { throw AppError.notFound }
        let user = try caller.requireUser()
        let today = Day(caller.now)
        try await caller.db.atomically { db in
            let existing = try await PeriodStepTick.query(on: db).filter(\.$period.$id == periodID)
                .filter(\.$step == step.id).first()
            switch (existing, ticked) {
            case (nil, true): try await tick(step.id, of: period, by: user.id, on: today, db: db)
            case (let tick?, false): try await tick.delete(on: db)
            default: return
            }
            try await AuditLog.append(
                .update, unitID: period.$unit.id, clientID: period.$client.id, recordType: "period-steps",
                recordID: periodID.uuidString, detail: "\(ticked ? "ticked" : "unticked")=\(step.id)", on: caller,
                db: db)
        }
        let states = try await states(of: period, on: caller.db)
        return states.first { $0.step == step }!
    }

    private static func tick(
        _ step: String, of period: RehabilitationPeriod, by userID: UUID, on day: Day, db: any Database
    ) async throws {
        let tick = PeriodStepTick()
        tick.$period.id = try period.requireID()
        tick.$client.id = period.$client.id
        tick.$unit.id = period.$unit.id
        tick.step = step
        tick.day = day.iso
        tick.$tickedBy.id = userID
        try await tick.create(on: db)
    }

    /// Who did a recorded step, and on which day.
    struct Found {
        let userID: UUID
        let day: Day
    }

    /// The first record of each kind that shows a step done on this period.
    static func evidence(of period: RehabilitationPeriod, on db: any Database) async throws
        -> [HandbookStep.Evidence: Found]
    {
        let periodID = try period.requireID()
        let clientID = period.$client.id
        let started = period.createdAt.map { Day($0) } ?? Day(Date())
        var found: [HandbookStep.Evidence: Found] = [:]
        func note(_ evidence: HandbookStep.Evidence, _ userID: UUID, _ day: Day?) {
            guard found[evidence] == nil, let day else { return }
            found[evidence] = Found(userID: userID, day: day)
        }
        func day(_ date: Date?) -> Day? { date.map { Day($0) } }

        for document in try await PeriodDocument.query(on: db).filter(\.$period.$id == periodID)
            .sort(\.$version).all()
        {
            let by = document.$createdBy.id
            switch PeriodDocumentKind(rawValue: document.kind) {
            case .needMapping:
                note(.needMappingSaved, by, day(document.createdAt))
                if let mapping = try? JSONDecoder().decode(NeedMapping.self, from: Data(document.content.utf8)),
                    mapping.thkHeld
                {
                    note(.thkConsultationHeld, by, mapping.thkDay ?? day(document.createdAt))
                }
            case .implementationPlan: note(.implementationPlanSaved, by, day(document.createdAt))
            case .agreement: note(.agreementSaved, by, day(document.createdAt))
            case nil: break
            }
        }

        let goals = try await Goal.query(on: db).filter(\.$period.$id == periodID).sort(\.$createdAt).all()
        if let first = goals.first { note(.goalRecorded, first.$createdBy.id, day(first.createdAt)) }
        if !goals.isEmpty,
            let revision = try await GoalVersion.query(on: db).filter(\.$goal.$id ~~ goals.compactMap(\.id))
                .filter(\.$version > 1).sort(\.$createdAt).first()
        {
            note(.goalRevised, revision.$createdBy.id, day(revision.createdAt))
        }

        for meeting in try await Meeting.query(on: db).filter(\.$period.$id == periodID).sort(\.$startsAt).all() {
            let by = meeting.$worker.id
            note(.meetingPlanned, by, day(meeting.createdAt) ?? Day(iso: meeting.day))
            if meeting.type == "network" { note(.networkMeeting, by, Day(iso: meeting.day)) }
            if !meeting.task.isEmpty { note(.taskBetweenMeetings, by, Day(iso: meeting.day)) }
            if !meeting.methods.isEmpty { note(.methodsUsed, by, Day(iso: meeting.day)) }
        }

        for decision in try await Decision.query(on: db).filter(\.$period.$id == periodID)
            .filter(\.$kind == Decision.Kind.rehabilitation.rawValue).sort(\.$createdAt).all()
        where decision.isGranted {
            note(.rehabilitationDecision, decision.$createdBy.id, day(decision.createdAt))
            if decision.isContinuation {
                note(.continuationDecision, decision.$createdBy.id, day(decision.createdAt))
            }
        }

        for record in try await SelfAssessment.query(on: db).filter(\.$period.$id == periodID).sort(\.$day).all() {
            let evidence: HandbookStep.Evidence? =
                switch SelfAssessmentStage(rawValue: record.stage) {
                case .start: .startSelfAssessment
                case .interim: .interimSelfAssessment
                case .end: .endSelfAssessment
                case nil: nil
                }
            if let evidence { note(evidence, record.$recordedBy.id, Day(iso: record.day)) }
        }

        // Groups are the client's, not the period's: those joined or attended since the period began.
        if let enrolment = try await GroupEnrolment.query(on: db).filter(\.$client.$id == clientID)
            .filter(\.$enrolledOn >= started.adding(days: -30).iso).sort(\.$enrolledOn).first()
        {
            note(.groupEnrolment, enrolment.$createdBy.id, Day(iso: enrolment.enrolledOn))
        }
        if let attendance = try await GroupAttendanceRecord.query(on: db).filter(\.$client.$id == clientID)
            .filter(\.$day >= started.iso).filter(\.$status == AttendanceStatus.present.rawValue).sort(\.$day).first()
        {
            note(.groupAttendance, attendance.$recordedBy.id, Day(iso: attendance.day))
        }

        for evaluation in try await Evaluation.query(on: db).filter(\.$period.$id == periodID).sort(\.$day).all() {
            let by = evaluation.$createdBy.id
            let on = Day(iso: evaluation.day)
            switch evaluation.evaluationKind {
            case .interim:
                note(.interimEvaluation, by, on)
                if !evaluation.groupParticipation.isEmpty { note(.groupsDiscussedAtInterim, by, on) }
            case .final:
                note(.finalEvaluation, by, on)
                if !evaluation.achieved.isEmpty { note(.achievementsReviewed, by, on) }
                if evaluation.feedbackLanguage != nil || evaluation.feedbackGiven != nil {
                    note(.feedbackAsked, by, on)
                }
                if !evaluation.clientView.isEmpty { note(.clientViewRecorded, by, on) }
                if !evaluation.transition.isEmpty { note(.transitionRecorded, by, on) }
                if !evaluation.followUpPlan.isEmpty { note(.followUpAgreed, by, on) }
            }
        }
        return found
    }

    static func userNames(_ ids: Set<UUID>, on db: any Database) async throws -> [UUID: String] {
        guard !ids.isEmpty else { return [:] }
        let users = try await User.query(on: db).filter(\.$id ~~ Array(ids)).field(\.$id).field(\.$name).all()
        return Dictionary(users.compactMap { user in user.id.map { ($0, user.name) } }, uniquingKeysWith: { a, _ in a })
    }
}
