import Plot
import RinnallaCore

enum LoginPage {
    static func render(
        _ context: PageContext, email: String = "", next: String = SiteRoute.home.href, error: FieldError? = nil
    ) -> HTML {
        Layout.page(
            title: context.t(.loginTitle), context, bodyClass: "page-login",
            content: .div(
                .class("card narrow"),
                .h1(.text(context.t(.loginTitle))),
                .p(.text(context.t(.loginIntro))),
                Components.errorSummary(error, context),
                Components.postForm(
                    action: SiteRoute.login.href, context, id: "login-form",
                    .input(.type(.hidden), .name(LoginForm.name(.next)), .value(next)),
                    Components.field(
                        LoginForm.name(.email), label: context.t(.loginEmail), type: .email, value: email,
                        required: true,
                        autocomplete: "username", context),
                    Components.field(
                        LoginForm.name(.password), label: context.t(.loginPassword), type: .password, required: true,
                        autocomplete: "current-password", context),
                    Components.submit(context.t(.loginSubmit), id: "login-submit")
                )
            ))
    }
}
