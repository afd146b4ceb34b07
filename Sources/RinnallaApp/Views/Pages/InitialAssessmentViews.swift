import Foundation
import Plot
import RinnallaCore

/// The initial assessment (ensi- tai alkuarviointi): the list on the client's page, the
/// form (with the client's consent when it is not recorded yet), and the assessment's
/// own page with the way to deepen it into a service need assessment.
enum InitialAssessmentViews {
    typealias Form = InitialAssessmentForm

    /// The consent in force, shown instead of the consent fields.
    struct ConsentInfo: Sendable {
        let day: String
        let recordedBy: String
    }

    static func urgencyLabel(_ raw: String, _ context: PageContext) -> String {
        AssessmentUrgency(rawValue: raw).map { context.t($0.l10nKey) } ?? raw
    }

    static func section(
        assessments: [InitialAssessment], clientID: UUID, canWrite: Bool, context: PageContext
    ) -> Node<HTML.BodyContext> {
        .section(
            .class("card"), .id("assessments"), .attribute(named: "aria-labelledby", value: "assessments-heading"),
            .h2(.id("assessments-heading"), .text(context.t(.assessmentSectionTitle))),
            DataTable.unlessEmpty(assessments, empty: context.t(.assessmentSectionNone)) {
                .ul(
                    .forEach(assessments) { assessment in
                        .li(
                            .a(
                                .href(SiteRoute.assessment(assessment.id ?? .pattern, .show).href),
                                .text(
                                    context.t(
                                        .assessmentTitle, ["day": ReferralViews.dayText(assessment.day)]))),
                            .text(" – \(urgencyLabel(assessment.urgency, context))"))
                    })
            },
            .if(
                canWrite,
                .p(
                    .a(
                        .class("button secondary"), .id("new-assessment"),
                        .href(SiteRoute.client(clientID, .newAssessment).href), .text(context.t(.assessmentNew)))))
        )
    }

    static func formPage(
        _ context: PageContext, title: String, action: String, back: (label: String, href: String), form: Form,
        consent: ConsentInfo?, askConsent: Bool, error: FieldError?
    ) -> HTML {
        Layout.page(
            title: title, context,
            content: .div(
                .class("card"),
                .p(.a(.href(back.href), .text("← " + back.label))),
                .h1(.text(title)),
                .p(.class("lead"), .text(context.t(.assessmentIntro))),
                Components.errorSummary(error, context),
                Components.postForm(
                    action: action, context, id: "assessment-form",
                    .element(
                        named: "fieldset",
                        nodes: [
                            .id("field-\(Form.name(.consentGiven))-group"),
                            .class(error?.field == Form.name(.consentGiven) ? "field-error" : ""),
                            .element(named: "legend", nodes: [.text(context.t(.assessmentConsentTitle))]),
                            .unwrap(consent) { info in
                                .p(
                                    .id("consent-given"),
                                    .text(
                                        context.t(
                                            .assessmentConsentGiven, ["day": info.day, "name": info.recordedBy])))
                            },
                            .if(
                                askConsent,
                                .group(
                                    .p(.class("hint"), .text(context.t(.assessmentConsentNeeded))),
                                    .if(
                                        error?.field == Form.name(.consentGiven),
                                        .p(.class("error-message"), .text(error?.message ?? ""))),
                                    Components.checkbox(
                                        Form.name(.consentGiven), label: context.t(.assessmentConsentCheckbox),
                                        checked: form.consentGiven),
                                    Components.field(
                                        Form.name(.consentDay), label: context.t(.assessmentConsentDay),
                                        value: form.consentDay ?? "",
                                        autocomplete: "off", hint: context.t(.referralDayHint), error: error, context)
                                )),
                        ]),
                    Components.field(
                        Form.name(.day), label: context.t(.assessmentDay), value: form.day ?? "", required: true,
                        autocomplete: "off",
                        hint: context.t(.referralDayHint), error: error, context),
                    Components.textarea(
                        Form.name(.situation), label: context.t(.assessmentSituation),
                        value: form.draft.situation ?? "", rows: 4,
                        error: error, context),
                    Components.textarea(
                        Form.name(.needs), label: context.t(.assessmentNeeds), value: form.draft.needs ?? "", rows: 3,
                        error: error, context),
                    Components.textarea(
                        Form.name(.strengths), label: context.t(.assessmentStrengths),
                        value: form.draft.strengths ?? "", rows: 3,
                        error: error, context),
                    Components.select(
                        Form.name(.urgency), label: context.t(.assessmentUrgency),
                        options: AssessmentUrgency.allCases.map { ($0.rawValue, context.t($0.l10nKey)) },
                        selected: form.draft.urgency ?? "", required: true, error: error, context),
                    Components.textarea(
                        Form.name(.nextSteps), label: context.t(.assessmentNextSteps),
                        value: form.draft.nextSteps ?? "", rows: 3,
                        error: error, context),
                    .div(
                        .class(error?.field == Form.name(.recordedTogether) ? "field field-error" : "field"),
                        .if(
                            error?.field == Form.name(.recordedTogether),
                            .p(.class("error-message"), .text(error?.message ?? ""))),
                        Components.checkbox(
                            Form.name(.recordedTogether), label: context.t(.assessmentRecordedTogether),
                            checked: form.draft.recordedTogether)),
                    Components.submit(context.t(.assessmentSave), id: "save-assessment")
                )
            ))
    }

    /// Where "deepen" leads: the period start (with the suitability check) when the client
    /// has no open period, otherwise the open period's rehabilitation need mapping.
    enum Deepen: Sendable {
        case startPeriod(clientID: UUID, assessmentID: UUID)
        case needMapping(periodID: UUID)
    }

    static func page(
        _ context: PageContext, assessment: InitialAssessment, consent: ConsentInfo?, canWrite: Bool, deepen: Deepen?
    ) -> HTML {
        func row(_ label: L10nKey, _ value: String) -> Node<HTML.DescriptionListContext> {
            .group(.dt(.text(context.t(label))), .dd(.text(value.isEmpty ? "–" : value)))
        }
        let title = context.t(.assessmentTitle, ["day": ReferralViews.dayText(assessment.day)])
        let id = assessment.id ?? .pattern
        return Layout.page(
            title: title, context,
            content: .div(
                .class("card"),
                .p(
                    .a(.href(SiteRoute.client(assessment.$client.id, .show).href), .text("← " + assessment.client.name))
                ),
                .h1(.text(title)),
                .dl(
                    .class("details"),
                    row(.assessmentSituation, assessment.situation),
                    row(.assessmentNeeds, assessment.needs),
                    row(.assessmentStrengths, assessment.strengths),
                    row(.assessmentUrgency, urgencyLabel(assessment.urgency, context)),
                    row(.assessmentNextSteps, assessment.nextSteps),
                    row(.assessmentRecordedTogether, assessment.recordedTogether ? "✔" : "–"),
                    row(.assessmentRecordedBy, assessment.recordedBy.name)
                ),
                .unwrap(consent) { info in
                    .p(
                        .class("hint"),
                        .text(context.t(.assessmentConsentGiven, ["day": info.day, "name": info.recordedBy])))
                },
                .if(
                    canWrite,
                    .group(
                        .p(
                            .a(
                                .class("button secondary"), .id("edit-assessment"),
                                .href(SiteRoute.assessment(id, .edit).href),
                                .text(context.t(.assessmentEdit)))),
                        .unwrap(deepen) { deepen in
                            .section(
                                .attribute(named: "aria-labelledby", value: "deepen-heading"),
                                .h2(.id("deepen-heading"), .text(context.t(.assessmentDeepen))),
                                .p(.class("hint"), .text(context.t(.assessmentDeepenHint))),
                                .p(
                                    {
                                        switch deepen {
                                        case .startPeriod(let clientID, let assessmentID):
                                            .a(
                                                .class("button"), .id("deepen-assessment"),
                                                .href(
                                                    SiteRoute.client(clientID, .newPeriod).href([
                                                        PeriodStartQuery.name(.assessment): "\(assessmentID)"
                                                    ])),
                                                .text(context.t(.assessmentDeepen)))
                                        case .needMapping(let periodID):
                                            .a(
                                                .class("button"), .id("deepen-assessment"),
                                                .href(SiteRoute.period(periodID, .plan).href(fragment: "need-mapping")),
                                                .text(context.t(.assessmentDeepenOpenPeriod)))
                                        }
                                    }()))
                        }))
            ))
    }

    /// The assessment beside the suitability check when a period starts from it.
    static func summary(_ assessment: InitialAssessment, _ context: PageContext) -> Node<HTML.BodyContext> {
        .section(
            .class("callout"), .id("assessment-summary"),
            .attribute(named: "aria-labelledby", value: "assessment-summary-heading"),
            .h2(
                .id("assessment-summary-heading"),
                .text(context.t(.assessmentDeepenSummary, ["day": ReferralViews.dayText(assessment.day)]))),
            .dl(
                .class("details"),
                .dt(.text(context.t(.assessmentSituation))), .dd(.text(assessment.situation)),
                .dt(.text(context.t(.assessmentNeeds))), .dd(.text(assessment.needs)),
                .dt(.text(context.t(.assessmentStrengths))),
                .dd(.text(assessment.strengths.isEmpty ? "–" : assessment.strengths)),
                .dt(.text(context.t(.assessmentUrgency))), .dd(.text(urgencyLabel(assessment.urgency, context))),
                .dt(.text(context.t(.assessmentNextSteps))),
                .dd(.text(assessment.nextSteps.isEmpty ? "–" : assessment.nextSteps))
            ))
    }
}
