import Foundation
import Plot
import RinnallaCore

/// The contact form (built for a 360 px phone and offline use), the unit's contact list,
/// one contact and a nickname's encounters.
enum ContactViews {
    typealias Form = ContactForm

    // MARK: Labels

    static func label<T: RawRepresentable<String>>(
        _ raw: String?, _ type: T.Type, _ key: (T) -> L10nKey, _ c: PageContext
    )
        -> String
    {
        guard let raw else { return "–" }
        return T(rawValue: raw).map { c.t(key($0)) } ?? raw
    }

    static func channel(_ raw: String, _ c: PageContext) -> String {
        label(raw, ContactChannel.self, \.l10nKey, c)
    }

    static func topics(_ contact: Contact, _ c: PageContext) -> String {
        contact.topics.map { label($0.topic, ContactTopic.self, \.l10nKey, c) }.sorted().joined(separator: ", ")
    }

    static func supports(_ contact: Contact, _ c: PageContext) -> String {
        contact.supports.map { label($0.support, ContactSupport.self, \.l10nKey, c) }.sorted().joined(separator: ", ")
    }

    static func languageLabel(_ code: String, _ c: PageContext) -> String {
        L10nKey(rawValue: "contact.language.\(code)").map { c.t($0) } ?? code
    }

    static func dayText(_ iso: String?) -> String {
        iso.flatMap { Day(parsing: $0) }?.finnish ?? "–"
    }

    // MARK: Chips: big tap targets for the phone

    /// A fieldset of radio buttons or checkboxes drawn as large buttons.
    static func chips(
        _ name: String, legend: String, multiple: Bool, options: [(value: String, label: String)],
        checked: Set<String>, required: Bool = false, error: FieldError?, _ context: PageContext
    ) -> Node<HTML.FormContext> {
        let hasError = error?.field == name
        return .element(
            named: "fieldset",
            nodes: [
                .class(hasError ? "chips field-error" : "chips"), .id("field-\(name)"),
                .attribute(named: "aria-describedby", value: hasError ? "field-\(name)-error" : nil),
                .element(
                    named: "legend",
                    nodes: [
                        .text(legend),
                        .if(required, .span(.class("required"), .text(" (\(context.t(.formRequired)))"))),
                    ]),
                .if(
                    hasError,
                    .p(.class("error-message"), .id("field-\(name)-error"), .text(error?.message ?? ""))),
                .div(
                    .class("chip-row"),
                    .group(
                        options.enumerated().map { index, option in
                            let id = "field-\(name)-\(index)"
                            return .label(
                                .class("chip"), .attribute(named: "for", value: id),
                                .input(
                                    .type(multiple ? .checkbox : .radio), .name(multiple ? "\(name)[]" : name),
                                    .id(id), Attribute(name: "value", value: option.value, ignoreIfValueIsEmpty: false),
                                    checked.contains(option.value) ? .checked(true) : .empty),
                                .span(.text(option.label)))
                        })),
            ])
    }

    // MARK: The form

    static func formPage(
        _ context: PageContext, form: Form, units: [(id: UUID, name: String)], areas: [PlaceViews.AreaOption],
        today: Day, saved: (id: UUID, day: String)? = nil, error: FieldError?
    ) -> HTML {
        let title = context.t(.contactNewTitle)
        let strings: [(String, L10nKey)] = [
            ("waiting", .offlineWaiting), ("queued", .offlineQueued), ("sent", .offlineSent),
            ("refused", .offlineRefused), ("remove", .offlineRemove),
        ]
        return Layout.page(
            title: title, context, bodyClass: "contact-form-page",
            content: .div(
                .class("card contact-card"),
                .p(.a(.href(SiteRoute.contacts(.list).href), .text("← " + context.t(.contactPageBack)))),
                .h1(.text(title)),
                .p(.class("lead"), .text(context.t(.contactNewIntro))),
                .unwrap(saved) { saved in
                    .p(
                        .class("saved-link"),
                        .a(
                            .href(SiteRoute.contact(saved.id, .show).href), .id("saved-contact"),
                            .text(context.t(.contactPageTitle, ["day": saved.day]))))
                },
                // Filled in by contacts-offline.js: what waits in the phone to be sent.
                .div(
                    .id("offline-queue"), .class("offline-queue"), .attribute(named: "hidden", value: "hidden"),
                    .attribute(named: "role", value: "status"), .attribute(named: "aria-live", value: "polite"),
                    .p(.id("offline-count"), .class("offline-count")),
                    .p(.id("offline-message"), .class("hint")),
                    .ul(.id("offline-list")),
                    .button(
                        .type(.button), .id("offline-send"), .class("button secondary"),
                        .text(context.t(.offlineSendNow)))
                ),
                Components.errorSummary(error, context),
                .form(
                    .method(.post), .action(SiteRoute.contacts(.list).href), .id("contact-form"),
                    .attribute(named: "data-offline-queue", value: "contacts"),
                    .group(
                        strings.map { name, key in
                            .attribute(named: "data-text-\(name)", value: context.t(key))
                        }),
                    Components.csrfField(context),
                    // A form shown without one gets a new idempotency key.
                    .input(
                        .type(.hidden), .name(Form.name(.clientMadeID)), .id("field-\(Form.name(.clientMadeID))"),
                        .value(form.clientMadeID ?? UUID().uuidString)),
                    .if(
                        units.count > 1,
                        Components.select(
                            Form.name(.unitID), label: context.t(.contactUnit),
                            options: units.map { ($0.id.uuidString, $0.name) },
                            selected: form.unitID ?? "", error: error, context),
                        else: .input(
                            .type(.hidden), .name(Form.name(.unitID)), .value(units.first?.id.uuidString ?? ""))),
                    chips(
                        Form.name(.channel), legend: context.t(.fieldChannel), multiple: false,
                        options: ContactChannel.allCases.map { ($0.rawValue, context.t($0.l10nKey)) },
                        checked: [form.draft.channel ?? ""], required: true, error: error, context),
                    chips(
                        Form.name(.topics), legend: context.t(.fieldTopics), multiple: true,
                        options: ContactTopic.allCases.map { ($0.rawValue, context.t($0.l10nKey)) },
                        checked: Set(form.draft.topics), required: true, error: error, context),
                    chips(
                        Form.name(.supports), legend: context.t(.fieldSupports), multiple: true,
                        options: ContactSupport.allCases.map { ($0.rawValue, context.t($0.l10nKey)) },
                        checked: Set(form.draft.supports), required: true, error: error, context),
                    chips(
                        Form.name(.durationMinutes), legend: context.t(.fieldDurationMinutes), multiple: false,
                        options: durationOptions(form.draft.durationMinutes ?? "", context),
                        checked: [form.draft.durationMinutes ?? ""], required: true, error: error, context),
                    chips(
                        Form.name(.ageGroup), legend: context.t(.fieldAgeGroup), multiple: false,
                        options: PerceivedAgeGroup.allCases.map { ($0.rawValue, context.t($0.l10nKey)) },
                        checked: [form.draft.ageGroup ?? ""], error: error, context),
                    chips(
                        Form.name(.gender), legend: context.t(.fieldGender), multiple: false,
                        options: [("", context.t(.contactGenderNotRecorded))]
                            + PerceivedGender.allCases.map { ($0.rawValue, context.t($0.l10nKey)) },
                        checked: [form.draft.gender ?? ""], error: error, context),
                    chips(
                        Form.name(.language), legend: context.t(.contactLanguage), multiple: false,
                        options: ContactRules.languages.map { ($0, languageLabel($0, context)) },
                        checked: [form.draft.language ?? "fi"], error: error, context),
                    .div(
                        .class("field-row"),
                        dateField(
                            Form.name(.day), label: context.t(.contactDay),
                            value: (form.draft.day ?? "").isEmpty ? today.iso : form.draft.day ?? "",
                            max: today.iso, error: error, context),
                        Components.select(
                            Form.name(.areaID), label: context.t(.contactArea),
                            options: [("", context.t(.contactAreaNone))] + areas.map { ($0.id.uuidString, $0.name) },
                            selected: form.areaID ?? "", error: error, context)),
                    .div(
                        .class("field-row"),
                        Components.checkbox(
                            Form.name(.followUpAgreed), label: context.t(.contactFollowUp),
                            checked: form.draft.followUpAgreed),
                        dateField(
                            Form.name(.followUpDay), label: context.t(.fieldFollowUpDay),
                            value: form.draft.followUpDay ?? "",
                            max: nil,
                            error: error, context)),
                    Components.field(
                        Form.name(.nickname), label: context.t(.fieldNickname), value: form.draft.nickname ?? "",
                        autocomplete: "off",
                        hint: context.t(.contactNicknameHint), error: error, context),
                    Components.submit(context.t(.contactSave), id: "save-contact", class: "button wide")
                ),
                .p(.class("hint"), .text(context.t(.offlineHint)))
            ))
    }

    static func durationOptions(_ current: String, _ context: PageContext) -> [(value: String, label: String)] {
        var minutes = ContactRules.quickDurations
        if let value = Int(current), !minutes.contains(value), value > 0 { minutes.append(value) }
        return minutes.sorted().map { (String($0), context.t(.contactMinutes, ["minutes": String($0)])) }
    }

    /// A date input (the phone's own date picker); the server takes d.M.yyyy as well.
    static func dateField(
        _ name: String, label: String, value: String, max: String?, error: FieldError?, _ context: PageContext
    ) -> Node<HTML.FormContext> {
        let id = "field-\(name)"
        let hasError = error?.field == name
        return .div(
            .class(hasError ? "field field-error" : "field"),
            .label(.attribute(named: "for", value: id), .text(label)),
            .if(hasError, .p(.class("error-message"), .id("\(id)-error"), .text(error?.message ?? ""))),
            .input(
                .type(.date), .name(name), .id(id), .attribute(named: "value", value: value),
                .attribute(named: "max", value: max),
                .attribute(named: "aria-describedby", value: hasError ? "\(id)-error" : nil),
                .attribute(named: "aria-invalid", value: hasError ? "true" : nil))
        )
    }

    // MARK: The list

    struct ListModel: Sendable {
        var units: [(id: UUID, name: String)]
        var unitID: UUID
        var from = ""
        var to = ""
        var channel = ""
        var topic = ""
        var nickname = ""
        var contacts: [Contact] = []
        var canRecord = false
    }

    static func list(_ context: PageContext, _ model: ListModel) -> HTML {
        Layout.page(
            title: context.t(.contactListTitle), context,
            content: .group(
                .h1(.text(context.t(.contactListTitle))),
                .p(.class("lead"), .text(context.t(.contactListIntro))),
                .if(
                    model.canRecord,
                    .p(
                        .a(
                            .class("button"), .id("new-contact"), .href(SiteRoute.contacts(.new).href),
                            .text(context.t(.contactNewLink))))),
                .form(
                    .method(.get), .action(SiteRoute.contacts(.list).href), .class("search-form contact-search"),
                    .attribute(named: "role", value: "search"),
                    .if(
                        model.units.count > 1,
                        Components.select(
                            ContactListForm.name(.unit), label: context.t(.contactUnit),
                            options: model.units.map { ($0.id.uuidString, $0.name) },
                            selected: model.unitID.uuidString, context)),
                    .div(
                        .class("field-row"),
                        dateField(
                            ContactListForm.name(.from), label: context.t(.contactListFrom), value: model.from,
                            max: nil, error: nil, context),
                        dateField(
                            ContactListForm.name(.to), label: context.t(.contactListTo), value: model.to, max: nil,
                            error: nil, context)),
                    .div(
                        .class("field-row"),
                        Components.select(
                            ContactListForm.name(.channel), label: context.t(.fieldChannel),
                            options: [("", context.t(.contactListAnyChannel))]
                                + ContactChannel.allCases.map { ($0.rawValue, context.t($0.l10nKey)) },
                            selected: model.channel, context),
                        Components.select(
                            ContactListForm.name(.topic), label: context.t(.contactListTopic),
                            options: [("", context.t(.contactListAnyTopic))]
                                + ContactTopic.allCases.map { ($0.rawValue, context.t($0.l10nKey)) },
                            selected: model.topic, context)),
                    Components.field(
                        ContactListForm.name(.nickname), label: context.t(.fieldNickname), type: .search,
                        value: model.nickname,
                        autocomplete: "off", context),
                    Components.submit(context.t(.contactListFilter), id: "contact-search")
                ),
                .h2(.id("results"), .text(context.t(.contactListCount, ["count": String(model.contacts.count)]))),
                DataTable.unlessEmpty(model.contacts, empty: context.t(.contactListNone)) {
                    table(model.contacts, context, showNickname: true, labelledBy: "results")
                }
            ))
    }

    static func table(_ contacts: [Contact], _ context: PageContext, showNickname: Bool, labelledBy heading: String)
        -> Node<HTML.BodyContext>
    {
        DataTable.render(
            contacts,
            columns: [
                context.t(.contactDay), context.t(.fieldChannel), context.t(.fieldTopics), context.t(.fieldSupports),
                context.t(.fieldDurationMinutes),
            ] + (showNickname ? [context.t(.fieldNickname)] : []), name: .heading(heading), id: "contacts-table"
        ) { contact in
            .tr(
                .td(
                    .a(
                        .href(SiteRoute.contact(contact.id ?? .pattern, .show).href),
                        .text(dayText(contact.day))),
                    .if(
                        contact.$client.id != nil,
                        .span(.class("hint"), .text(" (\(context.t(.contactListLinked)))")))),
                .td(.text(channel(contact.channel, context))),
                .td(.text(topics(contact, context))),
                .td(.text(supports(contact, context))),
                .td(
                    .text(
                        contact.durationMinutes.map { context.t(.contactMinutes, ["minutes": String($0)]) }
                            ?? "–")),
                .if(
                    showNickname,
                    .td(
                        .unwrap(
                            contact.$nickname.value ?? nil,
                            { nickname in
                                .a(
                                    .href(SiteRoute.nickname(nickname.id ?? .pattern, .show).href),
                                    .text(nickname.nickname))
                            }, else: .text("–"))))
            )
        }
    }

    // MARK: One contact

    struct PageModel {
        let contact: Contact
        let recordedBy: String
        let clientName: String?
        let canLink: Bool
        /// Sections other parts add to the contact page (referrals, initial assessment).
        var extra: [Node<HTML.BodyContext>] = []
    }

    static func page(_ context: PageContext, _ model: PageModel) -> HTML {
        let contact = model.contact
        let id = contact.id ?? .pattern
        func row(_ label: String, _ value: Node<HTML.BodyContext>) -> Node<HTML.DescriptionListContext> {
            .group(.dt(.text(label)), .dd(value))
        }
        let title = context.t(.contactPageTitle, ["day": dayText(contact.day)])
        return Layout.page(
            title: title, context,
            content: .group(
                .div(
                    .class("card contact"),
                    .p(.a(.href(SiteRoute.contacts(.list).href), .text("← " + context.t(.contactPageBack)))),
                    .h1(.text(title)),
                    // After a contact the person may give the organisation's own feedback (issue 17).
                    .p(
                        .class("no-print"),
                        .a(
                            .id("contact-client-feedback"),
                            .href(
                                SiteRoute.unit(contact.$unit.id, .clientFeedback).href(
                                    fragment: "client-feedback-contact")),
                            .text(context.t(.clientfeedbackAfterContact)))),
                    .dl(
                        .class("details"),
                        row(context.t(.fieldChannel), .text(channel(contact.channel, context))),
                        row(context.t(.contactArea), .text(contact.area?.name ?? context.t(.contactAreaNone))),
                        row(
                            context.t(.fieldAgeGroup),
                            .text(label(contact.ageGroup, PerceivedAgeGroup.self, \.l10nKey, context))),
                        row(
                            context.t(.fieldGender),
                            .text(
                                contact.gender.map { label($0, PerceivedGender.self, \.l10nKey, context) }
                                    ?? context.t(.contactGenderNotRecorded))),
                        row(context.t(.contactLanguage), .text(languageLabel(contact.language, context))),
                        row(context.t(.fieldTopics), .text(topics(contact, context))),
                        row(context.t(.fieldSupports), .text(supports(contact, context))),
                        row(
                            context.t(.fieldDurationMinutes),
                            .text(
                                contact.durationMinutes.map { context.t(.contactMinutes, ["minutes": String($0)]) }
                                    ?? "–")),
                        row(
                            context.t(.contactFollowUp),
                            .text(
                                contact.followUpAgreed
                                    ? context.t(.contactFollowUpYes)
                                        + (contact.followUpDay.map { " \(dayText($0))" } ?? "")
                                    : context.t(.contactFollowUpNo))),
                        row(
                            context.t(.fieldNickname),
                            .unwrap(
                                contact.nickname,
                                {
                                    .a(
                                        .href(SiteRoute.nickname($0.id ?? .pattern, .show).href),
                                        .id("contact-nickname"),
                                        .text($0.nickname))
                                },
                                else: .text("–"))),
                        row(context.t(.contactPageRecordedBy), .text(model.recordedBy)),
                        row(
                            context.t(.contactPageClient),
                            .unwrap(
                                contact.$client.id,
                                { clientID in
                                    .a(
                                        .href(SiteRoute.client(clientID, .show).href), .id("contact-client"),
                                        .text(model.clientName ?? context.t(.contactPageClientHidden)))
                                }, else: .text(context.t(.contactPageAnonymous))))
                    ),
                    .if(
                        model.canLink && contact.$client.id == nil,
                        .p(
                            .a(
                                .class("button secondary"), .id("link-contact"),
                                .href(SiteRoute.contact(id, .consent).href),
                                .text(context.t(.contactPageLink)))))
                ),
                .group(model.extra)
            ))
    }

    // MARK: A nickname's encounters

    static func nicknamePage(
        _ context: PageContext, nickname: ContactNickname, contacts: [Contact], canLink: Bool
    ) -> HTML {
        let title = context.t(.contactNicknameTitle, ["nickname": nickname.nickname])
        let unlinked = contacts.filter { $0.$client.id == nil }.count
        return Layout.page(
            title: title, context,
            content: .group(
                .p(.a(.href(SiteRoute.contacts(.list).href), .text("← " + context.t(.contactPageBack)))),
                .h1(.text(title)),
                .p(.class("lead"), .text(context.t(.contactNicknameIntro))),
                .h2(
                    .id("nickname-contacts-heading"),
                    .text(context.t(.contactNicknameCount, ["count": String(contacts.count)]))),
                .if(
                    canLink && unlinked > 0,
                    .p(
                        .a(
                            .class("button secondary"), .id("link-nickname"),
                            .href(SiteRoute.nickname(nickname.id ?? .pattern, .consent).href),
                            .text(context.t(.contactNicknameLink))))),
                table(contacts, context, showNickname: false, labelledBy: "nickname-contacts-heading")
            ))
    }
}
