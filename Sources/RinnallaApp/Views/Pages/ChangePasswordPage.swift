import Plot
import RinnallaCore

enum ChangePasswordPage {
    static func render(_ context: PageContext, mustChange: Bool, error: FieldError? = nil) -> HTML {
        Layout.page(
            title: context.t(.passwordTitle), context,
            content: .div(
                .class("card narrow"),
                .h1(.text(context.t(.passwordTitle))),
                .if(mustChange, .p(.class("callout"), .text(context.t(.passwordMustChange)))),
                Components.errorSummary(error, context),
                Components.postForm(
                    action: SiteRoute.account(.password).href, context, id: "password-form",
                    Components.field(
                        PasswordChangeForm.name(.currentPassword), label: context.t(.passwordCurrent), type: .password,
                        required: true,
                        autocomplete: "current-password", error: error, context),
                    Components.field(
                        PasswordChangeForm.name(.newPassword), label: context.t(.passwordNew), type: .password,
                        required: true,
                        autocomplete: "new-password", hint: context.t(.passwordHint), error: error, context),
                    Components.field(
                        PasswordChangeForm.name(.confirmPassword), label: context.t(.passwordConfirm), type: .password,
                        required: true,
                        autocomplete: "new-password", error: error, context),
                    Components.submit(context.t(.passwordSubmit), id: "password-submit")
                )
            ))
    }
}
