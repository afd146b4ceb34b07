import Foundation
import Plot
import RinnallaCore

/// Referrals and escorts: the section on a client's (or a contact's) page with its form,
/// the form on a page of its own, a referral's page with the follow-up, and the unit's
/// list of referrals to follow up.
enum ReferralViews {
    typealias Form = ReferralForm

    /// The referral form where it is shown: where it posts, the services in use to choose
    /// from, and what was typed.
    struct FormModel: Sendable {
        var action: String
        var services: [ServicePath]
        var form: Form
        var error: FieldError?
    }

    static func methodLabel(_ raw: String, _ context: PageContext) -> String {
        ReferralMethod(rawValue: raw).map { context.t($0.l10nKey) } ?? raw
    }

    static func outcomeLabel(_ raw: String, _ context: PageContext) -> String {
        ReferralOutcome(rawValue: raw).map { context.t($0.l10nKey) } ?? raw
    }

    static func dayText(_ iso: String?) -> String {
        iso.flatMap { Day(parsing: $0) }?.finnish ?? "–"
    }

    /// "12.1.2026 · Talous- ja velkaneuvonta · Saatettu palveluun · Pääsi palveluun"
    static func summary(_ referral: Referral, _ context: PageContext) -> String {
        [
            dayText(referral.day), referral.$servicePath.value?.name ?? "",
            methodLabel(referral.method, context), outcomeLabel(referral.outcome, context),
        ].filter { !$0.isEmpty }.joined(separator: " · ")
    }

    /// The referrals of a client or contact, newest first, with the form to add one when
    /// the user may. The hook for the contact page: pass the contact's referrals
    /// (`ReferralService.ofContact`) and a form posting to `/contacts/<id>/referrals`.
    static func section(referrals: [Referral], context: PageContext, form: FormModel?) -> Node<HTML.BodyContext> {
        .section(
            .class("card"), .id("referrals"), .attribute(named: "aria-labelledby", value: "referrals-heading"),
            .h2(.id("referrals-heading"), .text(context.t(.referralSectionTitle))),
            DataTable.unlessEmpty(referrals, empty: context.t(.referralSectionNone)) {
                .ul(
                    .class("referral-list"),
                    .forEach(referrals) { referral in
                        .li(
                            .a(
                                .href(SiteRoute.referral(referral.id ?? .pattern, .show).href),
                                .text(summary(referral, context))))
                    })
            },
            .unwrap(form) { model in
                .element(
                    named: "details",
                    nodes: [
                        .attribute(named: "open", value: model.error == nil ? nil : "open"),
                        .element(named: "summary", nodes: [.text(context.t(.referralNew))]),
                        Components.errorSummary(model.error, context),
                        Components.postForm(
                            action: model.action, context, id: "referral-form", formFields(model, context)),
                    ])
            }
        )
    }

    static func formFields(_ model: FormModel, _ context: PageContext) -> Node<HTML.FormContext> {
        let error = model.error
        let id = "field-\(Form.name(.servicePathID))"
        let hasError = error?.field == Form.name(.servicePathID)
        let groups = ServicePathKind.allCases.compactMap { kind -> (label: String, services: [ServicePath])? in
            let services = model.services.filter { $0.kind == kind.rawValue }
            return services.isEmpty ? nil : (context.t(kind.l10nKey), services)
        }
        return .group(
            .div(
                .class(hasError ? "field field-error" : "field"),
                .label(
                    .attribute(named: "for", value: id), .text(context.t(.referralService)),
                    .span(.class("required"), .text(" (\(context.t(.formRequired)))"))),
                .if(hasError, .p(.class("error-message"), .id("\(id)-error"), .text(error?.message ?? ""))),
                .select(
                    .attribute(named: "name", value: Form.name(.servicePathID)), .id(id),
                    .attribute(named: "aria-describedby", value: hasError ? "\(id)-error" : nil),
                    Components.optionNode(
                        value: "", label: context.t(.referralChooseService),
                        selected: (model.form.servicePathID ?? "").isEmpty
                    ),
                    .forEach(groups) { group in
                        .element(
                            named: "optgroup",
                            nodes: [
                                .attribute(named: "label", value: group.label),
                                .forEach(group.services) { service in
                                    let value = service.id?.uuidString ?? ""
                                    return Components.optionNode(
                                        value: value, label: service.name,
                                        selected: value.caseInsensitiveCompare(model.form.servicePathID ?? "")
                                            == .orderedSame)
                                },
                            ])
                    })),
            Components.select(
                Form.name(.method), label: context.t(.referralMethod),
                options: ReferralMethod.allCases.map { ($0.rawValue, context.t($0.l10nKey)) },
                selected: model.form.method ?? "", required: true, error: error, context),
            Components.field(
                Form.name(.day), label: context.t(.referralDay), value: model.form.day ?? "", required: true,
                autocomplete: "off",
                hint: context.t(.referralDayHint), error: error, context),
            Components.submit(context.t(.referralSave), id: "save-referral")
        )
    }

    /// The referral form on a page of its own (for a contact, or after refused input).
    static func formPage(_ context: PageContext, subject: String, back: String, model: FormModel) -> HTML {
        Layout.page(
            title: context.t(.referralNewTitle), context,
            content: .div(
                .class("card"),
                .p(.a(.href(back), .text("← " + subject))),
                .h1(.text(context.t(.referralNewTitle))),
                .p(.class("lead"), .text(subject)),
                Components.errorSummary(model.error, context),
                Components.postForm(action: model.action, context, id: "referral-form", formFields(model, context))
            ))
    }

    // MARK: One referral and its follow-up

    static func page(
        _ context: PageContext, referral: Referral, subject: (label: String, href: String?), canWrite: Bool,
        form: FollowUpForm, error: FieldError?
    ) -> HTML {
        func row(_ label: L10nKey, _ value: Node<HTML.BodyContext>) -> Node<HTML.DescriptionListContext> {
            .group(.dt(.text(context.t(label))), .dd(value))
        }
        let service = referral.servicePath
        let id = referral.id ?? .pattern
        return Layout.page(
            title: context.t(.referralTitle, ["service": service.name]), context,
            content: .group(
                .div(
                    .class("card"),
                    .unwrap(subject.href) { .p(.a(.href($0), .text("← " + subject.label))) },
                    .h1(.text(context.t(.referralTitle, ["service": service.name]))),
                    .dl(
                        .class("details"),
                        row(
                            referral.$client.id == nil ? .referralFromContact : .referralFromClient,
                            .text(subject.label)),
                        row(
                            .referralService,
                            .a(.href(SiteRoute.servicePath(service.id ?? .pattern, .show).href), .text(service.name))),
                        row(.referralMethod, .text(methodLabel(referral.method, context))),
                        row(.referralDay, .text(dayText(referral.day))),
                        row(.referralMadeBy, .text(referral.$madeBy.value?.name ?? "–")),
                        row(
                            .referralOutcome,
                            .span(.id("referral-outcome"), .text(outcomeLabel(referral.outcome, context)))),
                        .if(
                            referral.outcomeDay != nil,
                            .group(
                                row(.referralFollowUpDay, .text(dayText(referral.outcomeDay))),
                                row(.referralFollowUpNote, .text(referral.outcomeNote ?? "–")),
                                row(.referralFollowedUpBy, .text(referral.$followedUpBy.value??.name ?? "–"))))
                    )
                ),
                .if(
                    canWrite,
                    .section(
                        .class("card"), .attribute(named: "aria-labelledby", value: "follow-up-heading"),
                        .h2(.id("follow-up-heading"), .text(context.t(.referralFollowUpTitle))),
                        .p(.class("hint"), .text(context.t(.referralFollowUpHint))),
                        Components.errorSummary(error, context),
                        Components.postForm(
                            action: SiteRoute.referral(id, .followUp).href, context, id: "follow-up-form",
                            Components.select(
                                FollowUpForm.name(.outcome), label: context.t(.referralOutcome),
                                options: ReferralOutcome.allCases.filter { $0 != .notFollowedUp }.map {
                                    ($0.rawValue, context.t($0.l10nKey))
                                }, selected: form.outcome ?? "", required: true, error: error, context),
                            Components.field(
                                FollowUpForm.name(.day), label: context.t(.referralFollowUpDay), value: form.day ?? "",
                                autocomplete: "off", hint: context.t(.referralDayHint), error: error, context),
                            Components.textarea(
                                FollowUpForm.name(.note), label: context.t(.referralFollowUpNote),
                                value: form.note ?? "", rows: 2,
                                error: error, context),
                            Components.submit(context.t(.referralFollowUpSave), id: "save-follow-up")
                        )))
            ))
    }

    // MARK: Referrals to follow up

    static func followUpList(
        _ context: PageContext, referrals: [Referral], units: [(id: UUID, name: String)], unitID: UUID?, today: Day
    ) -> HTML {
        let days = String(ReferralRules.followUpAfterDays)
        return Layout.page(
            title: context.t(.referralFollowUpsTitle), context,
            content: .group(
                .h1(.text(context.t(.referralFollowUpsTitle))),
                .p(.class("lead"), .text(context.t(.referralFollowUpsIntro, ["days": days]))),
                .if(
                    units.count > 1,
                    .form(
                        .method(.get), .action(SiteRoute.referralsToFollowUp.href), .class("search-form"),
                        Components.select(
                            ReferralFollowUpForm.name(.unit), label: context.t(.referralFollowUpsUnit),
                            options: [("", context.t(.referralFollowUpsAllUnits))]
                                + units.map { ($0.id.uuidString, $0.name) }, selected: unitID?.uuidString ?? "",
                            context),
                        Components.submit(context.t(.referralFollowUpsFilter), id: "follow-up-filter"))),
                DataTable.unlessEmpty(referrals, empty: context.t(.referralFollowUpsNone)) {
                    .ul(
                        .class("referral-list"), .id("follow-ups"),
                        .forEach(referrals) { referral in
                            let overdue =
                                Day(parsing: referral.day).map {
                                    ReferralRules.isOverdue(referralDay: $0, today: today)
                                } ?? false
                            let who = referral.$client.value??.name ?? context.t(.referralFromContact)
                            return .li(
                                .a(
                                    .href(SiteRoute.referral(referral.id ?? .pattern, .show).href),
                                    .text("\(dayText(referral.day)) · \(referral.servicePath.name)")),
                                .text(" – \(who) · \(methodLabel(referral.method, context))"),
                                .if(
                                    overdue,
                                    .span(
                                        .class("status status-cancelled"),
                                        .text(" " + context.t(.referralFollowUpsOverdue, ["days": days])))),
                                .if(units.count > 1, .span(.class("hint"), .text(" · \(referral.unit.name)")))
                            )
                        })
                }
            ))
    }
}
