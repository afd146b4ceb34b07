import Foundation
import Plot
import RinnallaCore

enum AdminUsersPage {
    typealias Form = UserAdmin.NewUser

    struct UserRow: Sendable {
        let id: UUID
        let name: String
        let email: String
        let isActive: Bool
        let lastLogin: Date?
        let roles: [(unit: String, role: Role)]
    }

    struct NewUserForm: Sendable {
        var name = ""
        var email = ""
        var role = Role.socialWorker.rawValue
        var unitID = ""
        var language = Language.fi.rawValue
    }

    static func render(
        _ context: PageContext, users: [UserRow], units: [(id: UUID, name: String)], form: NewUserForm = .init(),
        error: FieldError? = nil
    ) -> HTML {
        Layout.page(
            title: context.t(.adminUsersTitle), context,
            content: .group(
                .h1(.id("adminusers-table-heading"), .text(context.t(.adminUsersTitle))),
                DataTable.render(
                    users, empty: context.t(.adminUsersEmpty),
                    columns: [
                        context.t(.adminUsersName), context.t(.adminUsersEmail), context.t(.adminUsersRoles),
                        context.t(.adminUsersStatus), context.t(.adminUsersLastLogin),
                    ], name: .heading("adminusers-table-heading")
                ) { user in
                    .tr(
                        .td(.a(.href(SiteRoute.admin(.user(user.id)).href), .text(user.name))),
                        .td(.text(user.email)),
                        .td(
                            .text(
                                user.roles.map { "\(context.t($0.role.l10nKey)) (\($0.unit))" }
                                    .joined(separator: ", "))),
                        .td(.text(context.t(user.isActive ? .adminUsersActive : .adminUsersInactive))),
                        .td(.text(user.lastLogin.map(context.dateTime) ?? context.t(.adminUsersNever)))
                    )
                },
                .section(
                    .class("card"), .attribute(named: "aria-labelledby", value: "new-user-heading"),
                    .h2(.id("new-user-heading"), .text(context.t(.adminUsersNew))),
                    Components.errorSummary(error, context),
                    Components.postForm(
                        action: SiteRoute.admin(.users).href, context, id: "new-user-form",
                        Components.field(
                            Form.name(.name), label: context.t(.adminUsersName), value: form.name,
                            required: true, autocomplete: "off", error: error, context),
                        Components.field(
                            Form.name(.email), label: context.t(.adminUsersEmail), type: .email,
                            value: form.email, required: true, autocomplete: "off", error: error, context),
                        Components.select(
                            Form.name(.role), label: context.t(.adminUsersRole),
                            options: Role.allCases.map { ($0.rawValue, context.t($0.l10nKey)) },
                            selected: form.role, required: true, error: error, context),
                        Components.select(
                            Form.name(.unitID), label: context.t(.adminUsersUnit),
                            options: units.map { ($0.id.uuidString, $0.name) }, selected: form.unitID,
                            required: true, error: error, context),
                        Components.select(
                            Form.name(.language), label: context.t(.adminUsersLanguage),
                            options: Language.allCases.map { ($0.rawValue, $0.nativeName) },
                            selected: form.language, error: error, context),
                        Components.field(
                            Form.name(.password), label: context.t(.adminUsersInitialPassword), type: .password,
                            required: true, autocomplete: "new-password",
                            hint: context.t(.adminUsersInitialPasswordHint), error: error, context),
                        Components.submit(context.t(.adminUsersCreate), id: "create-user")
                    )
                )
            ))
    }
}
