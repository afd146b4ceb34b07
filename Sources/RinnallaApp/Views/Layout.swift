import Plot
import RinnallaCore

/// The shared page frame: header with the user, unit and language switch, navigation,
/// main content and footer.
enum Layout {
    static func page(
        title: String, _ context: PageContext, bodyClass: String = "",
        rootAttributes: KeyValuePairs<String, String> = [:], content: Node<HTML.BodyContext>
    ) -> HTML {
        HTML(
            .attribute(named: "lang", value: context.language.rawValue),
            // Read by the print stylesheet's page margin boxes (a printed decision's header).
            .forEach(rootAttributes) { .attribute(named: $0.key, value: $0.value) },
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .title("\(title) – \(context.t(.appName))"),
                .link(.rel(.stylesheet), .href(StaticAsset.stylesheet.href)),
                .script(.src(StaticAsset.script.href), .attribute(named: "defer")),
                .unwrap(context.user) { user in
                    // Whose offline queue this page may show and send (contacts-offline.js).
                    .group(
                        .meta(.name("rinnalla-user"), .content(user.id.uuidString)),
                        .script(.src(StaticAsset.offlineContacts.href), .attribute(named: "defer")))
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
                .a(.href(SiteRoute.home.href), .class("brand-name"), .text(context.t(.appName))),
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
                                action: SiteRoute.logout.href, context, class: "logout-form",
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
            action: SiteRoute.account(.language).href, context, id: "language-form", class: "language-form",
            .label(
                .attribute(named: "for", value: "language-select"), .class("visually-hidden"),
                .text(context.t(.languageLabel))),
            .select(
                .attribute(named: "name", value: LanguageForm.name(.language)), .id("language-select"),
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
        var links: [(String, String)] = [(SiteRoute.home.href, context.t(.navHome))]
        if user.can(.readClientData) {
            links.append((SiteRoute.clients(.list).href, context.t(.navClients)))
            links.append((SiteRoute.groups(.list).href, context.t(.navGroups)))
            links.append((SiteRoute.places(.list).href, context.t(.navPlaces)))
            links.append((SiteRoute.servicePaths(.list).href, context.t(.navServicePaths)))
        }
        if user.roles.contains(.outreachWorker) {
            links.append((SiteRoute.contacts(.list).href, context.t(.navContacts)))
        }
        if user.can(.writeClientData) {
            links.append((SiteRoute.observations(.list).href, context.t(.navObservations)))
        }
        if user.can(.viewAggregates) || user.can(.readClientData) {
            links.append((SiteRoute.socialReport(.show).href, context.t(.navSocialReport)))
        }
        if !InclusionAccess.units(user, .viewResults).isEmpty {
            links.append((SiteRoute.evaluations(.list).href, context.t(.navInclusionEvaluations)))
        }
        if user.can(.viewAggregates) {
            links.append((SiteRoute.logicModels.href, context.t(.navLogicModels)))
        }
        if user.can(.manageUsers) {
            links.append((SiteRoute.admin(.users).href, context.t(.navAdminUsers)))
            links.append((SiteRoute.admin(.units).href, context.t(.navAdminUnits)))
            links.append((SiteRoute.admin(.settings).href, context.t(.navAdminSettings)))
            links.append((SiteRoute.admin(.instruments).href, context.t(.navAdminInstruments)))
            links.append((SiteRoute.admin(.clientFeedbackQuestions).href, context.t(.clientfeedbackAdminNav)))
            links.append((SiteRoute.admin(.areas).href, context.t(.navAdminAreas)))
            links.append((SiteRoute.admin(.inclusionTranslations).href, context.t(.navInclusionTranslations)))
        }
        if user.can(.viewLoginAudit) {
            links.append((SiteRoute.admin(.logins).href, context.t(.navAdminLogins)))
        }
        links.append((SiteRoute.account(.password).href, context.t(.navChangePassword)))
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
