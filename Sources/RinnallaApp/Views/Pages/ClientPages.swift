import Foundation
import Plot
import RinnallaCore

/// The client list with search, the client form and the client's own page.
enum ClientPages {
    struct Row: Sendable {
        let id: UUID
        let name: String
        let identity: String
        let unit: String
        let worker: String?
    }

    static func list(_ context: PageContext, query: String?, rows: [Row], canCreate: Bool) -> HTML {
        Layout.page(
            title: context.t(.clientsTitle), context,
            content: .group(
                .h1(.text(context.t(.clientsTitle))),
                .form(
                    .method(.get), .action(SiteRoute.clients(.list).href), .class("search-form"),
                    .attribute(named: "role", value: "search"),
                    Components.field(
                        ClientSearchForm.name(.q), label: context.t(.clientsSearchLabel), type: .search, value: query,
                        autocomplete: "off", context),
                    Components.submit(context.t(.clientsSearchSubmit), id: "client-search")
                ),
                .if(
                    canCreate,
                    .p(
                        .a(
                            .class("button"), .id("new-client"), .href(SiteRoute.clients(.new).href),
                            .text(context.t(.clientsNew))))),
                .h2(
                    .id("clients-table-heading"),
                    .text(query.map { context.t(.clientsResults, ["query": $0]) } ?? context.t(.clientsMine))),
                DataTable.render(
                    rows, empty: context.t(query == nil ? .clientsNoneMine : .clientsNoResults),
                    columns: [
                        context.t(.clientName), context.t(.clientBirthDate), context.t(.clientUnit),
                        context.t(.clientResponsibleWorker),
                    ], name: .heading("clients-table-heading")
                ) { row in
                    .tr(
                        .td(.a(.href(SiteRoute.client(row.id, .show).href), .text(row.name))),
                        .td(.text(row.identity)),
                        .td(.text(row.unit)),
                        .td(.text(row.worker ?? context.t(.clientNoWorker)))
                    )
                },
                .p(.class("hint"), .text(context.t(.clientAuditNotice)))
            ))
    }

    typealias Form = ClientForm

    static func form(
        _ context: PageContext, title: String, action: String, form: Form, units: [(id: UUID, name: String)],
        workers: [(id: UUID, name: String)], error: FieldError? = nil
    ) -> HTML {
        Layout.page(
            title: title, context,
            content: .div(
                .class("card"),
                .h1(.text(title)),
                Components.errorSummary(error, context),
                Components.postForm(
                    action: action, context, id: "client-form",
                    Components.select(
                        Form.name(.unitID), label: context.t(.clientUnit),
                        options: units.map { ($0.id.uuidString, $0.name) }, selected: form.unitID ?? "", required: true,
                        error: error, context),
                    Components.field(
                        Form.name(.name), label: context.t(.clientName), value: form.name ?? "", required: true,
                        autocomplete: "off", error: error, context),
                    Components.field(
                        Form.name(.identityCode), label: context.t(.clientIdentityCode), value: form.identityCode ?? "",
                        autocomplete: "off", hint: context.t(.clientIdentityCodeHint), error: error, context),
                    Components.field(
                        Form.name(.birthDate), label: context.t(.clientBirthDate), value: form.birthDate ?? "",
                        autocomplete: "off", hint: context.t(.clientBirthDateHint), error: error, context),
                    Components.select(
                        Form.name(.language), label: context.t(.clientLanguage),
                        options: ClientService.languages.map { ($0, context.t(languageKey($0))) },
                        selected: form.language ?? "fi", error: error, context),
                    Components.select(
                        Form.name(.decisionLanguage), label: context.t(.clientDecisionLanguage),
                        options: [("", context.t(.clientDecisionLanguageAuto))]
                            + DecisionLanguage.allCases.map { ($0.rawValue, context.t(languageKey($0.rawValue))) },
                        selected: form.decisionLanguage ?? "", error: error, context),
                    Components.field(
                        Form.name(.phone), label: context.t(.clientPhone), type: .tel, value: form.phone ?? "",
                        autocomplete: "off", error: error, context),
                    Components.field(
                        Form.name(.email), label: context.t(.clientEmail), type: .email, value: form.email ?? "",
                        autocomplete: "off", error: error, context),
                    Components.field(
                        Form.name(.address), label: context.t(.clientAddress), value: form.address ?? "",
                        autocomplete: "off", error: error, context),
                    Components.select(
                        Form.name(.responsibleWorkerID), label: context.t(.clientResponsibleWorker),
                        options: [("", context.t(.clientNoWorker))] + workers.map { ($0.id.uuidString, $0.name) },
                        selected: form.responsibleWorkerID ?? "", error: error, context),
                    Components.submit(context.t(.clientCreate), id: "save-client")
                )
            ))
    }

    static func languageKey(_ code: String) -> L10nKey {
        switch code {
        case "fi": .clientLanguageFi
        case "sv": .clientLanguageSv
        default: .clientLanguageOther
        }
    }

    struct Model: Sendable {
        let id: UUID
        let name: String
        let identity: String
        let language: String
        let phone: String?
        let email: String?
        let address: String?
        let unit: String
        let worker: String?
        let canEdit: Bool
        var canStartPeriod = false
        /// The language the client's decisions are written in (issue 15).
        var decisionLanguage: DecisionLanguage = .fi
        var periods: [(id: UUID, title: String, status: String)] = []
        var meetings: [(when: Date, what: String)] = []
        var goals: [String] = []
        var documents: [(title: String, href: String)] = []
        /// Contacts before the client relationship and the consents that linked them.
        var contactHistory: ConsentViews.ClientSection?
    }

    /// `sections`: parts of the page built elsewhere (initial assessments, referrals), shown
    /// after the periods.
    static func page(_ context: PageContext, _ model: Model, sections: [Node<HTML.BodyContext>] = []) -> HTML {
        page(context, name: model.name, content: content(context, model, sections: sections))
    }

    static func page(_ context: PageContext, name: String, content: Node<HTML.BodyContext>) -> HTML {
        Layout.page(title: name, context, content: content)
    }

    /// The client page without its layout: what `ClientController.show` caches.
    static func content(_ context: PageContext, _ model: Model, sections: [Node<HTML.BodyContext>] = [])
        -> Node<HTML.BodyContext>
    {
        func row(_ label: L10nKey, _ value: String?) -> Node<HTML.DescriptionListContext> {
            .group(.dt(.text(context.t(label))), .dd(.text(value ?? "–")))
        }
        return .group(
            .h1(.text(model.name)),
            .section(
                .class("card"), .attribute(named: "aria-labelledby", value: "details-heading"),
                .h2(.id("details-heading"), .text(context.t(.clientDetails))),
                .dl(
                    .class("details"),
                    row(.clientIdentityCode, model.identity),
                    row(.clientLanguage, context.t(languageKey(model.language))),
                    row(.clientDecisionLanguage, context.t(languageKey(model.decisionLanguage.rawValue))),
                    row(.clientPhone, model.phone), row(.clientEmail, model.email),
                    row(.clientAddress, model.address),
                    row(.clientUnit, model.unit),
                    row(.clientResponsibleWorker, model.worker ?? context.t(.clientNoWorker))
                ),
                .if(
                    model.canEdit,
                    .p(
                        .a(
                            .href(SiteRoute.client(model.id, .edit).href), .id("edit-client"),
                            .text(context.t(.clientEdit)))))
            ),
            .unwrap(model.contactHistory) { ConsentViews.clientSection(context, $0) },
            .section(
                .class("card"), .attribute(named: "aria-labelledby", value: "periods-heading"),
                .h2(.id("periods-heading"), .text(context.t(.clientPeriods))),
                DataTable.unlessEmpty(model.periods, empty: context.t(.clientNoPeriods)) {
                    .ul(
                        .forEach(model.periods) { period in
                            .li(
                                .a(.href(SiteRoute.period(period.id, .show).href), .text(period.title)),
                                .text(" – \(period.status)"))
                        })
                },
                .if(
                    model.canStartPeriod,
                    .p(
                        .a(
                            .class("button"), .id("start-period"), .href(SiteRoute.client(model.id, .newPeriod).href),
                            .text(context.t(.periodStart)))))
            ),
            .group(sections),
            .section(
                .class("card"), .attribute(named: "aria-labelledby", value: "goals-heading"),
                .h2(.id("goals-heading"), .text(context.t(.clientGoals))),
                DataTable.unlessEmpty(model.goals, empty: context.t(.clientNoGoals)) {
                    .ul(.forEach(model.goals) { .li(.text($0)) })
                }
            ),
            .section(
                .class("card"), .attribute(named: "aria-labelledby", value: "meetings-heading"),
                .h2(.id("meetings-heading"), .text(context.t(.clientUpcomingMeetings))),
                DataTable.unlessEmpty(model.meetings, empty: context.t(.clientNoMeetings)) {
                    .ul(.forEach(model.meetings) { .li(.text("\(context.dateTime($0.when)) – \($0.what)")) })
                }
            ),
            .section(
                .class("card"), .attribute(named: "aria-labelledby", value: "documents-heading"),
                .h2(.id("documents-heading"), .text(context.t(.clientDocuments))),
                DataTable.unlessEmpty(model.documents, empty: context.t(.clientNoDocuments)) {
                    .ul(.forEach(model.documents) { .li(.a(.href($0.href), .text($0.title))) })
                }
            ),
            .p(.class("hint"), .text(context.t(.clientAuditNotice)))
        )
    }
}
