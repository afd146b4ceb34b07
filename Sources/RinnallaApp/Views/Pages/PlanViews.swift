import Foundation
import Plot
import RinnallaCore

/// The planning documents of a period: rehabilitation need mapping, implementation plan
/// and the agreement, with the agreement printable in the handbook's form.
enum PlanViews {
    struct Model {
        let header: GoalViews.Header
        let current: PeriodDocumentService.Current
        /// A form's values after refused input (or a new agreement's suggestions);
        /// otherwise the documents in force.
        var needMappingForm: NeedMappingForm?
        var planForm: ImplementationPlanForm?
        var agreementForm: AgreementForm?
        var failedForm: PeriodDocumentKind?
    }

    /// A field's value: the form's when there is one, else the document's.
    static func value<Field>(_ form: TextFieldsForm<Field>?, _ key: Field, _ fallback: String) -> String {
        guard let form else { return fallback }
        return form[key] ?? ""
    }

    static func page(_ context: PageContext, _ model: Model, error: FieldError?) -> HTML {
        let header = model.header
        let editable = header.isOpen && header.canWrite
        let mapping = model.current.needMapping ?? NeedMapping()
        let plan = model.current.plan ?? ImplementationPlan()
        let agreement = model.current.agreement ?? Agreement()
        func errorFor(_ kind: PeriodDocumentKind) -> FieldError? { model.failedForm == kind ? error : nil }
        return Layout.page(
            title: context.t(.planTitle), context,
            content: .group(
                PeriodNav.header(
                    context, periodID: header.periodID, clientID: header.clientID, clientName: header.clientName,
                    current: .plan, isOpen: header.isOpen),
                // Kuntoutustarpeen selvittäminen
                .section(
                    .class("card"), .id("need-mapping"), .attribute(named: "aria-labelledby", value: "mapping-heading"),
                    .h2(.id("mapping-heading"), .text(context.t(.needMappingTitle))),
                    .p(.class("hint"), .text(context.t(.needMappingIntro))),
                    versionNote(context, model.current.versions(of: .needMapping)),
                    Components.errorSummary(errorFor(.needMapping), context),
                    document(
                        editable, action: SiteRoute.period(header.periodID, .planPart("need-mapping")).href,
                        id: "need-mapping-form",
                        context,
                        area(
                            NeedMappingForm.name(.currentServices), .fieldCurrentServices,
                            value(model.needMappingForm, .currentServices, mapping.currentServices),
                            errorFor(.needMapping), context),
                        area(
                            NeedMappingForm.name(.earlierServices), .fieldEarlierServices,
                            value(model.needMappingForm, .earlierServices, mapping.earlierServices),
                            errorFor(.needMapping), context),
                        area(
                            NeedMappingForm.name(.whatHelped), .fieldWhatHelped,
                            value(model.needMappingForm, .whatHelped, mapping.whatHelped),
                            errorFor(.needMapping), context),
                        .element(
                            named: "fieldset",
                            nodes: [
                                .element(named: "legend", nodes: [.text(context.t(.needMappingRoutes))]),
                                area(
                                    NeedMappingForm.name(.healthCare), .fieldHealthCare,
                                    value(model.needMappingForm, .healthCare, mapping.healthCare),
                                    errorFor(.needMapping), context, rows: 2),
                                area(
                                    NeedMappingForm.name(.kela), .fieldKela,
                                    value(model.needMappingForm, .kela, mapping.kela), errorFor(.needMapping),
                                    context, rows: 2),
                                area(
                                    NeedMappingForm.name(.employmentServices), .fieldEmploymentServices,
                                    value(model.needMappingForm, .employmentServices, mapping.employmentServices),
                                    errorFor(.needMapping), context, rows: 2),
                            ]),
                        .element(
                            named: "fieldset",
                            nodes: [
                                .element(named: "legend", nodes: [.text(context.t(.needMappingThk))]),
                                Components.checkbox(
                                    NeedMappingForm.name(.thkHeld), label: context.t(.fieldThkHeld),
                                    checked: model.needMappingForm.map { $0.checked(.thkHeld) } ?? mapping.thkHeld),
                                Components.field(
                                    NeedMappingForm.name(.thkDay), label: context.t(.fieldThkDay),
                                    value: value(model.needMappingForm, .thkDay, mapping.thkDay?.finnish ?? ""),
                                    error: errorFor(.needMapping), context),
                                area(
                                    NeedMappingForm.name(.thkSummary), .fieldThkSummary,
                                    value(model.needMappingForm, .thkSummary, mapping.thkSummary),
                                    errorFor(.needMapping), context, rows: 3),
                            ]),
                        Components.submit(context.t(.documentSave), id: "save-need-mapping"))
                ),
                // Toteuttamissuunnitelma
                .section(
                    .class("card"), .id("implementation-plan"),
                    .attribute(named: "aria-labelledby", value: "plan-heading"),
                    .h2(.id("plan-heading"), .text(context.t(.implementationPlanTitle))),
                    .p(.class("hint"), .text(context.t(.implementationPlanIntro))),
                    versionNote(context, model.current.versions(of: .implementationPlan)),
                    Components.errorSummary(errorFor(.implementationPlan), context),
                    document(
                        editable, action: SiteRoute.period(header.periodID, .planPart("implementation-plan")).href,
                        id: "plan-form",
                        context,
                        area(
                            ImplementationPlanForm.name(.content), .fieldContent,
                            value(model.planForm, .content, plan.content),
                            errorFor(.implementationPlan), context),
                        area(
                            ImplementationPlanForm.name(.methods), .fieldMethods,
                            value(model.planForm, .methods, plan.methods),
                            errorFor(.implementationPlan), context),
                        Components.field(
                            ImplementationPlanForm.name(.individualMeetings),
                            label: context.t(.fieldIndividualMeetings), type: .number,
                            value: value(model.planForm, .individualMeetings, String(plan.individualMeetings)),
                            hint: context.t(.implementationPlanCountHint), error: errorFor(.implementationPlan), context
                        ),
                        Components.field(
                            ImplementationPlanForm.name(.groupSessions), label: context.t(.fieldGroupSessions),
                            type: .number,
                            value: value(model.planForm, .groupSessions, String(plan.groupSessions)),
                            error: errorFor(.implementationPlan), context),
                        Components.submit(context.t(.documentSave), id: "save-plan"))
                ),
                // Sopimus
                .section(
                    .class("card"), .id("agreement"), .attribute(named: "aria-labelledby", value: "agreement-heading"),
                    .h2(.id("agreement-heading"), .text(context.t(.agreementTitle))),
                    versionNote(context, model.current.versions(of: .agreement)),
                    .if(
                        model.current.agreement != nil,
                        .p(
                            .a(
                                .class("button secondary"), .id("print-agreement"),
                                .href(SiteRoute.period(header.periodID, .printAgreement).href),
                                .text(context.t(.agreementPrint))))),
                    Components.errorSummary(errorFor(.agreement), context),
                    document(
                        editable, action: SiteRoute.period(header.periodID, .planPart("agreement")).href,
                        id: "agreement-form", context,
                        Components.field(
                            AgreementForm.name(.startDay), label: context.t(.fieldStartDay),
                            value: value(model.agreementForm, .startDay, agreement.startDay?.finnish ?? ""),
                            required: true,
                            error: errorFor(.agreement), context),
                        area(
                            AgreementForm.name(.meetingTimes), .fieldMeetingTimes,
                            value(model.agreementForm, .meetingTimes, agreement.meetingTimes),
                            errorFor(.agreement), context, rows: 2),
                        .group(
                            AgreementField.goals.enumerated().map { index, key in
                                Components.field(
                                    AgreementForm.name(key),
                                    label: context.t(.fieldInitialGoal, ["number": String(index + 1)]),
                                    value: value(
                                        model.agreementForm, key,
                                        agreement.initialGoals.count > index ? agreement.initialGoals[index] : ""),
                                    error: errorFor(.agreement), context)
                            }),
                        area(
                            AgreementForm.name(.otherAgreements), .fieldOtherAgreements,
                            value(model.agreementForm, .otherAgreements, agreement.otherAgreements),
                            errorFor(.agreement), context),
                        Components.submit(context.t(.documentSave), id: "save-agreement"))
                )
            ))
    }

    static func area(
        _ name: String, _ label: L10nKey, _ value: String, _ error: FieldError?, _ context: PageContext, rows: Int = 3
    ) -> Node<HTML.FormContext> {
        Components.textarea(name, label: context.t(label), value: value, rows: rows, error: error, context)
    }

    /// The form when the period can be changed; otherwise the same fields, disabled.
    static func document(
        _ editable: Bool, action: String, id: String, _ context: PageContext, _ nodes: Node<HTML.FormContext>...
    ) -> Node<HTML.BodyContext> {
        if editable { return Components.postForm(action: action, context, id: id, .group(nodes)) }
        return .form(
            .element(named: "fieldset", nodes: [.attribute(named: "disabled", value: "disabled"), .group(nodes)]))
    }

    static func versionNote(_ context: PageContext, _ versions: [PeriodDocument]) -> Node<HTML.BodyContext> {
        guard let latest = versions.first else {
            return .p(.class("hint"), .text(context.t(.documentNotSaved)))
        }
        return .p(
            .class("hint"),
            .text(
                context.t(
                    .documentVersion,
                    [
                        "version": String(latest.version),
                        "date": latest.createdAt.map { context.date($0) } ?? "",
                    ])))
    }

    /// "Sopimus sosiaalisesta kuntoutuksesta" as the handbook prints it, with signature lines.
    static func agreementPrint(
        _ context: PageContext, clientName: String, agreement: Agreement, language: RinnallaCore.Language
    ) -> HTML {
        let t = { (key: L10nKey) in Localizer.shared.text(key, language) }
        return Layout.page(
            title: t(.agreementTitle), context, bodyClass: "print-document",
            content: .article(
                .class("document"), .attribute(named: "lang", value: language.rawValue),
                .h1(.text(t(.agreementTitle))),
                .p(.text(t(.agreementIntro))),
                .p(.text(t(.agreementCommitment))),
                .dl(
                    .dt(.text(t(.agreementName))), .dd(.text(clientName)),
                    .dt(.text(t(.agreementStart))), .dd(.text(agreement.startDay?.finnish ?? "")),
                    .dt(.text(t(.agreementMeetingTimes))), .dd(.text(agreement.meetingTimes))),
                .h2(.text(t(.agreementGoals))),
                .ol(
                    .forEach(0..<Agreement.maximumGoals) { index in
                        .li(
                            .text(
                                index < agreement.initialGoals.count ? agreement.initialGoals[index] : "_______________"
                            ))
                    }),
                .h2(.text(t(.agreementOther))),
                .p(.text(agreement.otherAgreements.isEmpty ? "_______________" : agreement.otherAgreements)),
                .div(
                    .class("signatures"),
                    .div(.class("signature"), .p(.text(t(.agreementClient))), .p(.text(t(.agreementSignature)))),
                    .div(.class("signature"), .p(.text(t(.agreementWorker))), .p(.text(t(.agreementSignature))))),
                .p(
                    .class("no-print"),
                    .button(
                        .type(.button), .class("button"), .id("print-button"),
                        .attribute(named: "data-print", value: "true"), .text(context.t(.printButton))))
            ))
    }
}
