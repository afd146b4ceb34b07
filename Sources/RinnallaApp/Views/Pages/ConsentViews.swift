import Foundation
import Plot
import RinnallaCore

/// Linking contacts to a client record with consent, and the client page's section of
/// contacts before the client relationship.
enum ConsentViews {
    typealias Form = ConsentForm

    struct Model: Sendable {
        /// `/contacts/<id>/consent` or `/nicknames/<id>/consent`.
        let action: String
        let back: String
        let contacts: [Contact]
        let query: String?
        let found: [(id: UUID, name: String, identity: String)]
        let today: Day
    }

    static func page(_ context: PageContext, _ model: Model, form: Form, error: FieldError?) -> HTML {
        let title = context.t(.consentTitle)
        return Layout.page(
            title: title, context,
            content: .div(
                .class("card"),
                .p(.a(.href(model.back), .text("← " + context.t(.contactPageBack)))),
                .h1(.text(title)),
                .p(.class("lead"), .text(context.t(.consentIntro))),
                .h2(
                    .id("consent-contacts-heading"),
                    .text(context.t(.consentLinking, ["count": String(model.contacts.count)]))),
                ContactViews.table(
                    model.contacts, context, showNickname: false, labelledBy: "consent-contacts-heading"),
                Components.errorSummary(error, context),
                .form(
                    .method(.get), .action(model.action), .class("search-form"), .id("consent-search"),
                    .attribute(named: "role", value: "search"),
                    Components.field(
                        ClientSearchForm.name(.q), label: context.t(.consentSearch), type: .search, value: model.query,
                        autocomplete: "off", context),
                    Components.submit(
                        context.t(.consentSearchSubmit), id: "consent-search-submit", class: "button secondary")
                ),
                Components.postForm(
                    action: model.action, context, id: "consent-form",
                    .p(
                        .strong(.text(context.t(.consentPurpose) + ": ")),
                        .text(context.t(ConsentPurpose.clientRecord.l10nKey))),
                    ContactViews.dateField(
                        Form.name(.givenOn), label: context.t(.fieldGivenOn),
                        value: (form.givenOn ?? "").isEmpty ? model.today.iso : form.givenOn ?? "",
                        max: model.today.iso,
                        error: error, context),
                    Components.textarea(
                        Form.name(.note), label: context.t(.consentNote), value: form.note ?? "", rows: 2, error: error,
                        context),
                    ContactViews.chips(
                        Form.name(.mode), legend: context.t(.fieldLinkMode), multiple: false,
                        options: [("existing", context.t(.consentModeExisting)), ("new", context.t(.consentModeNew))],
                        checked: [form.mode ?? "existing"], error: error, context),
                    .element(
                        named: "fieldset",
                        nodes: [
                            .class(error?.field == Form.name(.clientID) ? "radios field-error" : "radios"),
                            .id("field-\(Form.name(.clientID))"),
                            .element(named: "legend", nodes: [.text(context.t(.consentModeExisting))]),
                            .if(
                                error?.field == Form.name(.clientID),
                                .p(.class("error-message"), .text(error?.message ?? ""))),
                            DataTable.unlessEmpty(model.found, empty: context.t(.consentSearchNone)) {
                                .group(
                                    model.found.map { client in
                                        .div(
                                            .class("radio"),
                                            .input(
                                                .type(.radio), .name(Form.name(.clientID)), .id("client-\(client.id)"),
                                                .value(client.id.uuidString),
                                                form.clientID == client.id.uuidString ? .checked(true) : .empty),
                                            .label(
                                                .attribute(named: "for", value: "client-\(client.id)"),
                                                .text("\(client.name) (\(client.identity))")))
                                    })
                            },
                        ]),
                    .element(
                        named: "fieldset",
                        nodes: [
                            .class("new-client"),
                            .element(named: "legend", nodes: [.text(context.t(.consentModeNew))]),
                            Components.field(
                                ClientForm.name(.name), label: context.t(.clientName), value: form.client.name ?? "",
                                autocomplete: "off",
                                error: error, context),
                            Components.field(
                                ClientForm.name(.identityCode), label: context.t(.clientIdentityCode),
                                value: form.client.identityCode ?? "",
                                autocomplete: "off", hint: context.t(.clientIdentityCodeHint), error: error, context),
                            Components.field(
                                ClientForm.name(.birthDate), label: context.t(.clientBirthDate),
                                value: form.client.birthDate ?? "",
                                autocomplete: "off", hint: context.t(.clientBirthDateHint), error: error, context),
                            Components.select(
                                ClientForm.name(.language), label: context.t(.clientLanguage),
                                options: ClientService.languages.map { ($0, context.t(ClientPages.languageKey($0))) },
                                selected: form.client.language ?? "fi", error: error, context),
                        ]),
                    Components.submit(context.t(.consentSave), id: "save-consent")
                )
            ))
    }

    // MARK: On the client page

    struct ClientSection: Sendable {
        let contacts: [Contact]
        let consents: [Consent]
        let canEdit: Bool
        let today: Day
    }

    static func clientSection(_ context: PageContext, _ section: ClientSection) -> Node<HTML.BodyContext> {
        .section(
            .class("card"), .id("contacts-before"),
            .attribute(named: "aria-labelledby", value: "contacts-before-heading"),
            .h2(.id("contacts-before-heading"), .text(context.t(.clientContactsTitle))),
            DataTable.unlessEmpty(section.contacts, empty: context.t(.clientContactsNone)) {
                .group(
                    ContactViews.table(
                        section.contacts, context, showNickname: false, labelledBy: "contacts-before-heading"),
                    .p(.class("hint"), .text(context.t(.clientContactsNext))))
            },
            .if(
                !section.consents.isEmpty,
                .group(
                    .h3(.text(context.t(.clientContactsConsents))),
                    .ul(
                        .class("consents"),
                        .forEach(section.consents) { consent in
                            consentItem(context, consent, section)
                        })))
        )
    }

    static func consentItem(_ context: PageContext, _ consent: Consent, _ section: ClientSection) -> Node<
        HTML.ListContext
    > {
        let id = consent.id ?? .pattern
        let purpose = ConsentPurpose(rawValue: consent.purpose).map { context.t($0.l10nKey) } ?? consent.purpose
        return .li(
            .strong(.text("\(ContactViews.dayText(consent.givenOn)): \(purpose)")),
            .text(
                " – "
                    + context.t(
                        .consentRecorded,
                        ["name": consent.recordedBy.name, "when": context.dateTime(consent.recordedAt)])),
            .unwrap(consent.note) { .p(.text($0)) },
            .unwrap(
                consent.withdrawnOn,
                {
                    .p(
                        .class("status status-cancelled"),
                        .text(context.t(.consentWithdrawnOn, ["day": ContactViews.dayText($0)])))
                },
                else: .if(
                    section.canEdit,
                    .form(
                        .method(.post), .action(SiteRoute.withdrawConsent(id).href),
                        .class("inline-form withdraw-form"),
                        .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(context.csrfToken)),
                        ContactViews.dateField(
                            ConsentWithdrawalForm.name(.withdrawnOn), label: context.t(.fieldWithdrawnOn),
                            value: section.today.iso,
                            max: section.today.iso, error: nil, context),
                        .button(
                            .type(.submit), .class("button secondary"), .id("withdraw-\(id)"),
                            .attribute(named: "data-confirm", value: context.t(.consentWithdrawHint)),
                            .text(context.t(.consentWithdraw)))
                    )))
        )
    }
}
