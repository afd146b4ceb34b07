import Plot
import RinnallaCore

enum ErrorPage {
    static func render(_ context: PageContext, message: String) -> HTML {
        Layout.page(
            title: context.t(.errorTitle), context,
            content: .div(
                .class("card narrow"),
                .h1(.text(context.t(.errorTitle))),
                .p(.class("error-text"), .attribute(named: "role", value: "alert"), .text(message)),
                .p(.a(.href(SiteRoute.home.href), .text(context.t(.errorBackHome))))
            ))
    }
}
