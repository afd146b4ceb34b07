import Foundation
import Plot
import RinnallaCore

enum AdminUserPage {
    struct Model: Sendable {
        let id: UUID
        var name: String
        var email: String
        var language: String
        let isActive: Bool
        let lastLogin: Date?
        let memberships: [(id: UUID, unit: String, role: Role)]
        let units: [(id: UUID, name: String)]
    }

    static func render(_ context: PageContext, _ model: Model, error: FieldError? = nil) -> HTML {
        Layout.page(
            title: model.name, context,
            content: .group(
                .p(.a(.href(SiteRoute.admin(.users).href), .text("← " + context.t(.adminUsersTitle)))),
                .h1(.text(model.name)),
                .p(
                    .text(
                        "\(context.t(.adminUsersStatus)): "
                            + context.t(model.isActive ? .adminUsersActive : .adminUsersInactive)
                            + " · \(context.t(.adminUsersLastLogin)): "
                            + (model.lastLogin.map(context.dateTime) ?? context.t(.adminUsersNever)))),
                Components.errorSummary(error, context),
                .section(
                    .class("card"),
                    .h2(.text(context.t(.adminUsersEdit))),
                    Components.postForm(
                        action: SiteRoute.admin(.user(model.id)).href, context, id: "edit-user-form",
                        Components.field(
                            UserAdmin.Changes.name(.name), label: context.t(.adminUsersName), value: model.name,
                            required: true, autocomplete: "off", error: error, context),
                        Components.field(
                            UserAdmin.Changes.name(.email), label: context.t(.adminUsersEmail), type: .email,
                            value: model.email, required: true, autocomplete: "off", error: error, context),
                        Components.select(
                            UserAdmin.Changes.name(.language), label: context.t(.adminUsersLanguage),
                            options: Language.allCases.map { ($0.rawValue, $0.nativeName) },
                            selected: model.language, error: error, context),
                        Components.submit(context.t(.adminUsersSave), id: "save-user")
                    )
                ),
                .section(
                    .class("card"),
                    .h2(.text(context.t(.adminUsersRoles))),
                    DataTable.unlessEmpty(model.memberships, empty: context.t(.adminUsersNoRoles)) {
                        .ul(
                            .class("role-list"),
                            .forEach(model.memberships) { membership in
                                .li(
                                    .text("\(context.t(membership.role.l10nKey)) – \(membership.unit) "),
                                    Components.postForm(
                                        action: SiteRoute.admin(.removeUserRole(model.id, membership.id)).href,
                                        context, class: "inline-form",
                                        .button(
                                            .type(.submit), .class("link-button"),
                                            .attribute(
                                                named: "aria-label",
                                                value:
                                                    "\(context.t(.adminUsersRemoveRole)): \(context.t(membership.role.l10nKey)), \(membership.unit)"
                                            ),
                                            .text(context.t(.adminUsersRemoveRole))))
                                )
                            })
                    },
                    Components.postForm(
                        action: SiteRoute.admin(.userRoles(model.id)).href, context, id: "add-role-form",
                        Components.select(
                            UserAdmin.RoleGrant.name(.role), label: context.t(.adminUsersRole),
                            options: Role.allCases.map { ($0.rawValue, context.t($0.l10nKey)) },
                            selected: nil, required: true, error: error, context),
                        Components.select(
                            UserAdmin.RoleGrant.name(.unitID), label: context.t(.adminUsersUnit),
                            options: model.units.map { ($0.id.uuidString, $0.name) }, selected: nil,
                            required: true, error: error, context),
                        Components.submit(context.t(.adminUsersAddRole), id: "add-role")
                    )
                ),
                .section(
                    .class("card"),
                    .h2(.text(context.t(.adminUsersResetPassword))),
                    Components.postForm(
                        action: SiteRoute.admin(.userPassword(model.id)).href, context, id: "reset-password-form",
                        Components.field(
                            UserAdmin.PasswordReset.name(.password), label: context.t(.adminUsersInitialPassword),
                            type: .password,
                            required: true, autocomplete: "new-password",
                            hint: context.t(.adminUsersInitialPasswordHint), error: error, context),
                        Components.submit(context.t(.adminUsersResetPassword), id: "reset-password")
                    )
                ),
                .section(
                    .class("card"),
                    .h2(.text(context.t(model.isActive ? .adminUsersDeactivate : .adminUsersActivate))),
                    .if(model.isActive, .p(.text(context.t(.adminUsersDeactivateHint)))),
                    Components.postForm(
                        action: SiteRoute.admin(.userStatus(model.id)).href, context, id: "status-form",
                        .input(
                            .type(.hidden), .name(ActivationForm.name(.active)),
                            .value(ActivationForm.value(!model.isActive))),
                        Components.submit(
                            context.t(model.isActive ? .adminUsersDeactivate : .adminUsersActivate),
                            id: "toggle-status", class: model.isActive ? "button danger" : "button")
                    )
                )
            ))
    }
}
