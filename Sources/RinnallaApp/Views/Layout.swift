import Plot
import RinnallaCore

/// The shared page frame: header with the user, unit and language switch, navigation,
/// main content and footer.
enum Layout {
    static func page(
        title: String, _ context: PageContext, bodyClass: String = "", content: Node<HTML.BodyContext>
    ) -> HTML {
        HTML(
            .attribute(named: "lang", value: context.language.rawValue),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .title("\(title) – \(context.t(.appName))"),
                .link(.rel(.stylesheet), .href("/css/app.css")),
                .script(.src("/js/app.js"), .attribute(named: "defer")),
                .unwrap(context.user) { user in
                    // Whose offline queue this page may show and send (contacts-offline.js).
                    .group(
                        .meta(.name("rinnalla-user"), .content(user.id.uuidString)),
                        .script(.src("/js/contacts-offline.js"), .attribute(named: "defer")))
                }
            ),
            .body(
                .unwrap(bodyClass.isEmpty ? nil : bodyClass) { .class($0) },
                .a(.class("skip-link"), .href("#main"), .text(context.t(.navSkip))),
                .raw(HeaderCache.shared.html(for: context) { header(context).render() }),
                .main(
                    .id("main"), .attribute(named: "tabindex", value: "-1"),
                    Components.notice(context),
                    content),
                .footer(.class("site-footer"), .p(.text(context.t(.footerText))))
            )
        )
    }

    private static func header(_ context: PageContext) -> Node<HTML.BodyContext> {
        .header(
            .class("site-header"),
            .div(
                .class("brand"),
                .a(.href(SiteURL.home.path), .class("brand-name"), .text(context.t(.appName))),
                .span(.class("brand-tagline"), .text(context.t(.appTagline)))
            ),
            .unwrap(
                context.user,
                { user in
                    .group(
                        .div(
                            .class("user-box"),
                            .p(.class("user-name"), .text(context.t(.navLoggedInAs, ["name": user.name]))),
                            .if(
                                !user.units.isEmpty,
                                .p(.class("user-units"), .text(user.units.map(\.name).joined(separator: ", ")))),
                            languageForm(context),
                            Components.postForm(
                                action: SiteURL.logout.path, context, class: "logout-form",
                                .button(
                                    .type(.submit), .id("logout-button"), .class("link-button"),
                                    .text(context.t(.navLogout))))
                        ),
                        navigation(user, context)
                    )
                }, else: anonymousLanguageLinks(context))
        )
    }

    private static func languageForm(_ context: PageContext) -> Node<HTML.BodyContext> {
        Components.postForm(
            action: SiteURL.language.path, context, id: "language-form", class: "language-form",
            .label(
                .attribute(named: "for", value: "language-select"), .class("visually-hidden"),
                .text(context.t(.languageLabel))),
            .select(
                .attribute(named: "name", value: "language"), .id("language-select"),
                .forEach(Language.allCases) { language in
                    Components.optionNode(
                        value: language.rawValue, label: language.nativeName, selected: language == context.language,
                        lang: language.rawValue)
                }
            ),
            .button(
                .type(.submit), .id("language-submit"), .class("button secondary"),
                .text(context.t(.languageSubmit)))
        )
    }

    private static func anonymousLanguageLinks(_ context: PageContext) -> Node<HTML.BodyContext> {
        .nav(
            .class("language-links"), .attribute(named: "aria-label", value: context.t(.languageLabel)),
            .ul(
                .forEach(Language.allCases) { language in
                    .li(
                        .if(
                            language == context.language,
                            .span(
                                .attribute(named: "aria-current", value: "true"),
                                .attribute(named: "lang", value: language.rawValue), .text(language.nativeName)),
                            else: .a(
                                .href("\(context.path)?lang=\(language.rawValue)"),
                                .attribute(named: "lang", value: language.rawValue),
                                .attribute(named: "hreflang", value: language.rawValue),
                                .text(language.nativeName)))
                    )
                }
            )
        )
    }

    private static func navigation(_ user: CurrentUser, _ context: PageContext) -> Node<HTML.BodyContext> {
        var links: [(String, String)] = [(SiteURL.home.path, context.t(.navHome))]
        if user.can(.readClientData) {
            links.append(("/clients", context.t(.navClients)))
            links.append(("/groups", context.t(.navGroups)))
            links.append(("/places", context.t(.navPlaces)))
            links.append(("/service-paths", context.t(.navServicePaths)))
        }
        if user.roles.contains(.outreachWorker) {
            links.append(("/contacts", context.t(.navContacts)))
        }
        if user.can(.writeClientData) { links.append(("/observations", context.t(.navObservations))) }
        if user.can(.viewAggregates) || user.can(.readClientData) {
            links.append(("/reports/social", context.t(.navSocialReport)))
        }
        if !InclusionAccess.units(user, .viewResults).isEmpty {
            links.append(("/evaluations", context.t(.navInclusionEvaluations)))
        }
        if user.can(.manageUsers) {
            links.append((SiteURL.adminUsers.path, context.t(.navAdminUsers)))
            links.append((SiteURL.adminUnits.path, context.t(.navAdminUnits)))
            links.append((SiteURL.adminSettings.path, context.t(.navAdminSettings)))
            links.append(("/admin/instruments", context.t(.navAdminInstruments)))
            links.append(("/admin/areas", context.t(.navAdminAreas)))
            links.append(("/admin/inclusion-translations", context.t(.navInclusionTranslations)))
        }
        if user.can(.viewLoginAudit) {
            links.append((SiteURL.adminLogins.path, context.t(.navAdminLogins)))
        }
        links.append((SiteURL.changePassword.path, context.t(.navChangePassword)))
        return .nav(
            .class("main-nav"), .attribute(named: "aria-label", value: context.t(.navMain)),
            .ul(
                .forEach(links) { link in
                    .li(
                        .a(
                            .href(link.0), .text(link.1),
                            .if(context.path == link.0, .attribute(named: "aria-current", value: "page"))))
                }
            )
        )
    }
}
