import Plot
import RinnallaCore

enum HomePage {
    /// With the reminder sections and the overdue referrals already rendered
    /// (`HomeController.sectionsHTML`; nil for users who read no client data).
    static func render(_ context: PageContext, user: CurrentUser, remindersHTML: String?) -> HTML {
        Layout.page(
            title: context.t(.homeTitle), context,
            content: .group(
                .h1(.text(context.t(.homeGreeting, ["name": user.name]))),
                .if(
                    user.roles.contains(.outreachWorker),
                    .p(
                        .class("home-contact"),
                        .a(
                            .class("button wide"), .id("home-new-contact"), .href(SiteRoute.contacts(.new).href),
                            .attribute(named: "data-register-offline", value: "contacts"),
                            .text(context.t(.homeContactsNew))),
                        .text(" "),
                        .a(
                            .href(SiteRoute.contacts(.list).href), .id("home-contacts"),
                            .text(context.t(.homeContactsList))))),
                .unwrap(remindersHTML) { .raw($0) },
                .section(
                    .attribute(named: "aria-labelledby", value: "units-heading"),
                    .h2(.id("units-heading"), .text(context.t(.homeYourUnits))),
                    DataTable.unlessEmpty(user.memberships, empty: context.t(.homeNoUnits)) {
                        .ul(
                            .class("unit-list"),
                            .forEach(user.units) { unit in
                                .li(
                                    .a(.href(SiteRoute.unit(unit.id, .show).href), .text(unit.name)),
                                    .text(" – "),
                                    .text(
                                        user.memberships.filter { $0.unitID == unit.id }
                                            .map { context.t($0.role.l10nKey) }.joined(separator: ", ")),
                                    .if(
                                        (try? TeamLeadDashboardService.access(to: unit.id, for: user)) != nil,
                                        .group(
                                            .text(" · "),
                                            .a(
                                                .class("dashboard-link"),
                                                .href(SiteRoute.unit(unit.id, .dashboard).href),
                                                .text(context.t(.dashboardHomeLink))))),
                                    .if(
                                        user.can(.readClientData, inUnit: unit.id),
                                        .group(
                                            .text(" · "),
                                            .a(
                                                .class("client-feedback-link"),
                                                .href(SiteRoute.unit(unit.id, .clientFeedback).href),
                                                .text(context.t(.clientfeedbackNavLink)))))
                                )
                            }
                        )
                    }
                ),
                .section(
                    .attribute(named: "aria-labelledby", value: "next-heading"),
                    .h2(.id("next-heading"), .text(context.t(.homeNextSteps))),
                    .ul(.class("next-steps"), .group(nextSteps(user, context)))
                )
            ))
    }

    /// The link to the referrals of the user's units waiting too long for their follow-up.
    static func overdueReferrals(_ context: PageContext, count: Int) -> Node<HTML.BodyContext> {
        .if(
            count > 0,
            .p(
                .a(
                    .href(SiteRoute.referralsToFollowUp.href), .id("referrals-to-follow-up"),
                    .text(
                        context.t(
                            .referralFollowUpsHome,
                            ["count": String(count), "days": String(ReferralRules.followUpAfterDays)])))))
    }

    /// Role-specific next steps, so an empty system still tells each user what to do.
    private static func nextSteps(_ user: CurrentUser, _ context: PageContext) -> [Node<HTML.ListContext>] {
        var items: [Node<HTML.ListContext>] = []
        if user.can(.manageUsers) {
            items.append(
                .li(
                    .text(context.t(.homeAdminNext) + " "),
                    .a(.href(SiteRoute.admin(.users).href), .text(context.t(.homeAdminUsersLink))), .text(" · "),
                    .a(.href(SiteRoute.admin(.units).href), .text(context.t(.homeAdminUnitsLink)))))
        }
        if user.can(.viewUnitAudit) {
            items.append(.li(.text(context.t(.homeTeamLeadNext))))
        }
        let dashboards = user.units.filter { (try? TeamLeadDashboardService.access(to: $0.id, for: user)) != nil }
        if dashboards.count > 1 {
            items.append(
                .li(.a(.id("home-dashboards"), .href(SiteRoute.dashboard.href), .text(context.t(.dashboardHomeAll)))))
        }
        if user.can(.readClientData) {
            for unit in user.units where user.can(.readClientData, inUnit: unit.id) {
                items.append(
                    .li(
                        .text(context.t(.homeWorkerNext) + " "),
                        .a(
                            .href(SiteRoute.unit(unit.id, .show).href),
                            .text(context.t(.homeOpenUnit, ["unit": unit.name])))))
            }
        }
        if user.roles.contains(.evaluator) {
            items.append(.li(.text(context.t(.homeEvaluatorNext))))
        }
        if items.isEmpty {
            items.append(.li(.text(context.t(.homeNoUnits))))
        }
        return items
    }
}
