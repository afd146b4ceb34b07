/// The steps of the Helsinki handbook's six phases (seed 003, "1 Ennen jakson alkua" …
/// "6 Palvelun päättäminen"), each in the handbook's own words and phase. The Finnish
/// text of each step is its `handbookStep.<id>` catalog entry, verbatim from the seed
/// (`HandbookStepsTests` holds them against it and lists what was left out on purpose).
public struct HandbookStep: Sendable, Hashable, Identifiable {
    public let id: String
    public let phase: PeriodPhase
    /// Where in Rinnalla the step is done, if it is done in Rinnalla.
    public let place: Place?
    /// What recorded in Rinnalla shows the step done, so it ticks itself.
    public let evidence: Evidence?

    public var text: L10nKey { L10nKey(rawValue: "handbookStep.\(id)")! }

    /// The page a step links to.
    public enum Place: String, Sendable, CaseIterable {
        case needMapping, implementationPlan, agreement, goals, meetings, planMeetings, decisions
        case selfAssessment, groups, progress, evaluations
    }

    /// A record that shows a step done. The app finds these for a period
    /// (`PeriodStepService`); the rule here only says which record ticks which step.
    public enum Evidence: String, Sendable, CaseIterable {
        case needMappingSaved, thkConsultationHeld, agreementSaved, goalRecorded, goalRevised, meetingPlanned
        case rehabilitationDecision, implementationPlanSaved, startSelfAssessment, interimSelfAssessment
        case endSelfAssessment, networkMeeting, taskBetweenMeetings, methodsUsed, groupEnrolment, groupAttendance
        case interimEvaluation, groupsDiscussedAtInterim, continuationDecision, achievementsReviewed
        case feedbackAsked, clientViewRecorded, finalEvaluation, transitionRecorded, followUpAgreed
    }

    init(_ id: String, _ phase: PeriodPhase, place: Place? = nil, evidence: Evidence? = nil) {
        self.id = id
        self.phase = phase
        self.place = place
        self.evidence = evidence
    }
}

extension HandbookStep {
    /// All steps in the handbook's order, phase by phase.
    public static let all: [HandbookStep] = [
        // 1 Ennen jakson alkua
        .init("present-service", .beforeStart),
        .init("discuss-starting", .beforeStart),
        // The service need assessment and client plan live in the patient record (Apotti).
        .init("service-need-assessment", .beforeStart),
        .init("map-rehabilitation-needs", .beforeStart, place: .needMapping, evidence: .needMappingSaved),
        .init("thk-consultation", .beforeStart, place: .needMapping, evidence: .thkConsultationHeld),
        .init("outline-goal", .beforeStart, place: .goals, evidence: .goalRecorded),
        .init("preliminary-schedule", .beforeStart, place: .meetings, evidence: .meetingPlanned),
        .init("agreement", .beforeStart, place: .agreement, evidence: .agreementSaved),
        // 2 Aloitus
        .init("decisions", .start, place: .decisions, evidence: .rehabilitationDecision),
        .init("implementation-plan", .start, place: .implementationPlan, evidence: .implementationPlanSaved),
        .init("start-self-assessment", .start, place: .selfAssessment, evidence: .startSelfAssessment),
        .init("refine-goals", .start, place: .goals, evidence: .goalRevised),
        .init("calendar-whole-period", .start, place: .planMeetings),
        .init("meet-where-trust-grows", .start, place: .meetings),
        .init("agree-next-meeting", .start, place: .meetings),
        // 3 Tehostettu yksilötyö
        .init("meet-fortnightly", .intensiveIndividualWork, place: .meetings),
        .init("tasks-between-meetings", .intensiveIndividualWork, place: .meetings, evidence: .taskBetweenMeetings),
        .init("network-meeting", .intensiveIndividualWork, place: .meetings, evidence: .networkMeeting),
        .init("use-methods", .intensiveIndividualWork, place: .meetings, evidence: .methodsUsed),
        .init("visits-and-walks", .intensiveIndividualWork, place: .meetings),
        .init("find-group", .intensiveIndividualWork, place: .groups, evidence: .groupEnrolment),
        .init("lower-group-threshold", .intensiveIndividualWork),
        .init("follow-goals", .intensiveIndividualWork, place: .progress),
        // 4 Väliarviointi
        .init("interim-evaluation", .interimEvaluation, place: .evaluations, evidence: .interimEvaluation),
        .init("interim-self-assessment", .interimEvaluation, place: .selfAssessment, evidence: .interimSelfAssessment),
        .init("consider-network", .interimEvaluation, place: .meetings, evidence: .networkMeeting),
        .init("put-progress-into-words", .interimEvaluation, place: .progress),
        .init("unstick-and-revise-goals", .interimEvaluation, place: .goals),
        .init("continuation-decision", .interimEvaluation, place: .decisions, evidence: .continuationDecision),
        .init("update-plan", .interimEvaluation, place: .implementationPlan),
        .init("ticket-and-allowance", .interimEvaluation, place: .decisions),
        .init("discuss-groups", .interimEvaluation, place: .evaluations, evidence: .groupsDiscussedAtInterim),
        // 5 Ryhmätoiminta
        .init("prepare-for-group", .groupActivity, place: .groups),
        .init("follow-attendance", .groupActivity, place: .groups, evidence: .groupAttendance),
        // 6 Palvelun päättäminen
        .init("prepare-ending", .closing),
        .init("end-self-assessment", .closing, place: .selfAssessment, evidence: .endSelfAssessment),
        .init("review-achievements", .closing, place: .evaluations, evidence: .achievementsReviewed),
        .init("feedback-form", .closing, place: .evaluations, evidence: .feedbackAsked),
        .init("client-view", .closing, place: .evaluations, evidence: .clientViewRecorded),
        .init("final-evaluation", .closing, place: .evaluations, evidence: .finalEvaluation),
        .init("secure-transition", .closing, place: .evaluations, evidence: .transitionRecorded),
        .init("thank-client", .closing),
        .init("close-and-agree-follow-up", .closing, place: .evaluations, evidence: .followUpAgreed),
    ]

    public static func steps(in phase: PeriodPhase) -> [HandbookStep] { all.filter { $0.phase == phase } }

    public static func step(_ id: String) -> HandbookStep? { all.first { $0.id == id } }
}

/// A step's state on one period: done by a record in Rinnalla, ticked by a worker, or open.
public struct HandbookStepState: Sendable, Equatable {
    /// Who did it and when, as the app names them.
    public struct Done: Sendable, Equatable {
        public let by: String
        public let on: Day

        public init(by: String, on: Day) {
            self.by = by
            self.on = on
        }
    }

    public let step: HandbookStep
    /// The record that shows it done, when there is one.
    public let recorded: Done?
    /// The worker's own tick, when there is one.
    public let ticked: Done?

    public var isDone: Bool { recorded != nil || ticked != nil }

    /// A record in Rinnalla counts first: it says where the work is. A worker's tick
    /// stands for work done elsewhere (in Apotti, on a walk).
    public static func resolve(
        _ steps: [HandbookStep], recorded: [HandbookStep.Evidence: Done], ticked: [String: Done]
    ) -> [HandbookStepState] {
        steps.map { step in
            HandbookStepState(step: step, recorded: step.evidence.flatMap { recorded[$0] }, ticked: ticked[step.id])
        }
    }
}

/// What the handbook says in a phase that is not a step to tick: how to be with the
/// client, what group activity is for. Shown beside the phase's steps, verbatim.
public struct HandbookNote: Sendable, Hashable, Identifiable {
    public let id: String
    public let phase: PeriodPhase

    public var text: L10nKey { L10nKey(rawValue: "handbookNote.\(id)")! }

    public static let all: [HandbookNote] = [
        .init(id: "small-concrete-goal", phase: .start),
        .init(id: "be-present", phase: .start),
        .init(id: "group-part-of-service", phase: .groupActivity),
        .init(id: "group-purpose", phase: .groupActivity),
        .init(id: "relationship-can-continue", phase: .closing),
    ]

    public static func notes(in phase: PeriodPhase) -> [HandbookNote] { all.filter { $0.phase == phase } }
}
