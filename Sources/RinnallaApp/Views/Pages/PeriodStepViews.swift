import Foundation
import Plot
import RinnallaCore

/// The handbook's steps of a period, phase by phase: each with where in Rinnalla it is
/// done, ticked by its record there or by the worker (who, when).
enum PeriodStepViews {
    struct Model {
        let periodID: UUID
        let clientID: UUID
        let clientName: String
        let current: PeriodPhase
        let isOpen: Bool
        /// Open, and the user may write the unit's client data.
        let canTick: Bool
        let states: [HandbookStepState]
    }

    /// The page with all six phases.
    static func page(_ context: PageContext, _ model: Model) -> HTML {
        Layout.page(
            title: context.t(.handbookStepsTitle), context,
            content: .group(
                PeriodNav.header(
                    context, periodID: model.periodID, clientID: model.clientID, clientName: model.clientName,
                    current: .steps, isOpen: model.isOpen),
                .section(
                    .class("card"), .attribute(named: "aria-labelledby", value: "steps-heading"),
                    .h2(.id("steps-heading"), .text(context.t(.handbookStepsTitle))),
                    .p(.class("hint"), .text(context.t(.handbookStepsIntro)))),
                .forEach(PeriodPhase.allCases) { phaseCard(context, model, phase: $0, headingLevel: 2) }
            ))
    }

    /// One phase's steps as a form: steps done in Rinnalla show their record, the others
    /// a checkbox for the worker. Without write access, or on a closed period, read-only.
    static func phaseCard(_ context: PageContext, _ model: Model, phase: PeriodPhase, headingLevel: Int)
        -> Node<HTML.BodyContext>
    {
        let states = model.states.filter { $0.step.phase == phase }
        let headingID = "phase-\(phase.rawValue)-heading"
        let heading = context.t(.handbookPhaseSteps, ["number": String(phase.number), "phase": context.t(phase.title)])
        let count = context.t(
            .handbookDoneCount, ["done": String(states.filter(\.isDone).count), "total": String(states.count)])
        let notes = HandbookNote.notes(in: phase)
        let list: Node<HTML.BodyContext> = .ul(
            .class("handbook-steps"), .forEach(states) { stepItem(context, model, $0) })
        return .section(
            .class(phase == model.current ? "card phase-steps current" : "card phase-steps"),
            .id("phase-\(phase.rawValue)"),
            .attribute(named: "aria-labelledby", value: headingID),
            headingLevel == 2
                ? .h2(.id(headingID), .text(heading), .span(.class("badge"), .text(count)))
                : .h3(.id(headingID), .text(heading), .span(.class("badge"), .text(count))),
            .if(
                model.canTick,
                Components.postForm(
                    action: SiteRoute.period(model.periodID, .steps).href, context, id: "steps-\(phase.rawValue)",
                    .input(.type(.hidden), .name(PeriodStepsForm.name(.phase)), .value(phase.rawValue)),
                    .ul(.class("handbook-steps"), .forEach(states) { stepItem(context, model, $0) }),
                    Components.submit(
                        context.t(.handbookSave), id: "save-steps-\(phase.rawValue)", class: "button secondary")),
                else: list),
            .if(
                !notes.isEmpty,
                .element(
                    named: "aside",
                    nodes: [
                        .class("handbook-notes"), .attribute(named: "aria-label", value: context.t(.handbookNotes)),
                        .h4(.text(context.t(.handbookNotes))),
                        .forEach(notes) { .p(.text(context.t($0.text))) },
                    ]))
        )
    }

    private static func stepItem(_ context: PageContext, _ model: Model, _ state: HandbookStepState)
        -> Node<HTML.ListContext>
    {
        let step = state.step
        let field = PeriodStepsForm.name(tick: step.id)
        let status: Node<HTML.BodyContext> =
            if let recorded = state.recorded {
                .p(
                    .class("step-status done"),
                    .text(context.t(.handbookDoneInRinnalla, ["day": recorded.on.finnish, "name": recorded.by])))
            } else if let ticked = state.ticked {
                .p(
                    .class("step-status done"),
                    .text(context.t(.handbookTickedBy, ["day": ticked.on.finnish, "name": ticked.by])))
            } else {
                .p(.class("step-status"), .text(context.t(.handbookNotDone)))
            }
        let link: Node<HTML.BodyContext> = .unwrap(step.place) { place in
            .p(
                .class("step-place"),
                .a(
                    .href(href(place, step: step, periodID: model.periodID)),
                    .text(context.t(.handbookGoTo, ["place": context.t(place.label)]))))
        }
        let canTick = model.canTick && state.recorded == nil
        return .li(
            .class(state.isDone ? "handbook-step done" : "handbook-step"), .id("step-\(step.id)"),
            canTick
                ? .div(
                    .class("checkbox"),
                    .input(
                        .type(.checkbox), .name(field), .id("field-\(field)"), .value("on"),
                        state.ticked != nil ? .checked(true) : .empty),
                    .label(.attribute(named: "for", value: "field-\(field)"), .text(context.t(step.text))))
                : .p(.class("step-text"), .text(context.t(step.text))),
            status, link)
    }

    /// Where a step is done: the period's page part, the plan's section, or the form.
    static func href(_ place: HandbookStep.Place, step: HandbookStep, periodID: UUID) -> String {
        switch place {
        case .needMapping: SiteRoute.period(periodID, .plan).href(fragment: "need-mapping")
        case .implementationPlan: SiteRoute.period(periodID, .plan).href(fragment: "implementation-plan")
        case .agreement: SiteRoute.period(periodID, .plan).href(fragment: "agreement")
        case .goals: SiteRoute.period(periodID, .goals).href
        case .meetings, .planMeetings: SiteRoute.period(periodID, .show).href(fragment: "meetings")
        case .decisions: SiteRoute.period(periodID, .show).href(fragment: "decisions")
        case .groups: SiteRoute.period(periodID, .show).href(fragment: "groups")
        case .progress: SiteRoute.period(periodID, .progress).href
        case .evaluations: SiteRoute.period(periodID, .evaluations).href
        case .selfAssessment:
            SiteRoute.period(periodID, .newSelfAssessment).href([
                SelfAssessmentForm.name(.stage): step.evidence.flatMap(selfAssessmentStage)?.rawValue
            ])
        }
    }

    private static func selfAssessmentStage(_ evidence: HandbookStep.Evidence) -> SelfAssessmentStage? {
        switch evidence {
        case .startSelfAssessment: .start
        case .interimSelfAssessment: .interim
        case .endSelfAssessment: .end
        default: nil
        }
    }
}

extension HandbookStep.Place {
    var label: L10nKey { L10nKey(rawValue: "handbookPlace.\(rawValue)")! }
}
