import Plot
import RinnallaCore

enum HomePage {
    /// `reminders` is the worker's day, for users who read client data (nil for others).
    static func render(
        _ context: PageContext, user: CurrentUser, reminders: WorkerReminders? = nil, overdueReferrals: Int = 0
    ) -> HTML {
        render(
            context, user: user, sections: reminders.map { WorkerDayViews.sections(context, $0) },
            overdueReferrals: overdueReferrals)
    }

    /// With the reminder sections already rendered (`WorkerDayService.sectionsHTML`).
    /// `overdueReferrals`: referrals of the user's units waiting too long for their follow-up.
    static func render(
        _ context: PageContext, user: CurrentUser, remindersHTML: String?, overdueReferrals: Int = 0
    ) -> HTML {
        render(context, user: user, sections: remindersHTML.map { .raw($0) }, overdueReferrals: overdueReferrals)
    }

    private static func render(
        _ context: PageContext, user: CurrentUser, sections: Node<HTML.BodyContext>?, overdueReferrals: Int
    ) -> HTML {
        Layout.page(
            title: context.t(.homeTitle), context,
            content: .group(
                .h1(.text(context.t(.homeGreeting, ["name": user.name]))),
                .if(
                    user.roles.contains(.outreachWorker),
                    .p(
                        .class("home-contact"),
                        .a(
                            .class("button wide"), .id("home-new-contact"), .href("/contacts/new"),
                            .attribute(named: "data-register-offline", value: "contacts"),
                            .text(context.t(.homeContactsNew))),
                        .text(" "),
                        .a(.href("/contacts"), .id("home-contacts"), .text(context.t(.homeContactsList))))),
                .unwrap(sections) { $0 },
                .if(
                    overdueReferrals > 0,
                    .p(
                        .a(
                            .href("/referrals/follow-up"), .id("referrals-to-follow-up"),
                            .text(
                                context.t(
                                    .referralFollowUpsHome,
                                    [
                                        "count": String(overdueReferrals),
                                        "days": String(ReferralRules.followUpAfterDays),
                                    ]))))),
                .section(
                    .attribute(named: "aria-labelledby", value: "units-heading"),
                    .h2(.id("units-heading"), .text(context.t(.homeYourUnits))),
                    .if(
                        user.memberships.isEmpty,
                        .p(.class("empty-state"), .text(context.t(.homeNoUnits))),
                        else: .ul(
                            .class("unit-list"),
                            .forEach(user.units) { unit in
                                .li(
                                    .a(.href(SiteURL.unit(unit.id).path), .text(unit.name)),
                                    .text(" – "),
                                    .text(
                                        user.memberships.filter { $0.unitID == unit.id }
                                            .map { context.t($0.role.l10nKey) }.joined(separator: ", "))
                                )
                            }
                        ))
                ),
                .section(
                    .attribute(named: "aria-labelledby", value: "next-heading"),
                    .h2(.id("next-heading"), .text(context.t(.homeNextSteps))),
                    .ul(.class("next-steps"), .group(nextSteps(user, context)))
                )
            ))
    }

    /// Role-specific next steps, so an empty system still tells each user what to do.
    private static func nextSteps(_ user: CurrentUser, _ context: PageContext) -> [Node<HTML.ListContext>] {
        var items: [Node<HTML.ListContext>] = []
        if user.can(.manageUsers) {
            items.append(
                .li(
                    .text(context.t(.homeAdminNext) + " "),
                    .a(.href(SiteURL.adminUsers.path), .text(context.t(.homeAdminUsersLink))), .text(" · "),
                    .a(.href(SiteURL.adminUnits.path), .text(context.t(.homeAdminUnitsLink)))))
        }
        if user.can(.viewUnitAudit) {
            items.append(.li(.text(context.t(.homeTeamLeadNext))))
        }
        if user.can(.readClientData) {
            for unit in user.units where user.can(.readClientData, inUnit: unit.id) {
                items.append(
                    .li(
                        .text(context.t(.homeWorkerNext) + " "),
                        .a(.href(SiteURL.unit(unit.id).path), .text(context.t(.homeOpenUnit, ["unit": unit.name])))))
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
