import Foundation
import Plot
import RinnallaCore

enum SettingsViews {
    /// `typed` holds what the admin typed when a form was refused, so it is shown again.
    static func page(
        _ context: PageContext, settings: OrganisationSettings, typed: SettingsForm, error: FieldError?
    ) -> HTML {
        let money = { (cents: Int) in Formatting.money(cents: cents, context.language) }
        let euros = { (cents: Int) in
            cents % 100 == 0 ? String(cents / 100) : String(format: "%d,%02d", cents / 100, cents % 100)
        }
        return Layout.page(
            title: context.t(.settingsTitle), context,
            content: .group(
                .h1(.text(context.t(.settingsTitle))),
                Components.errorSummary(error, context),
                .p(.a(.href(SiteRoute.admin(.decisionSettings).href), .text(context.t(.decisionSettingsTitle)))),
                .section(
                    .class("card"), .id("rates"), .attribute(named: "aria-labelledby", value: "rates-heading"),
                    .h2(.id("rates-heading"), .text(context.t(.settingsRates))),
                    .p(.class("hint"), .text(context.t(.settingsRatesIntro))),
                    .table(
                        .thead(
                            .tr(
                                .columnHeader(context.t(.settingsValidFrom)),
                                .columnHeader(context.t(.settingsRate)))),
                        .tbody(
                            .forEach(settings.allowanceRates.sorted { $0.validFrom < $1.validFrom }) { rate in
                                .tr(
                                    .td(.text(rate.validFrom.finnish)),
                                    .td(.class("number"), .text(money(rate.centsPerDay))))
                            })),
                    Components.postForm(
                        action: SiteRoute.admin(.rates).href, context, id: "rate-form",
                        Components.field(
                            SettingsForm.name(.validFrom), label: context.t(.settingsValidFrom),
                            value: typed.validFrom ?? "",
                            required: true, hint: "p.k.vvvv", error: error, context),
                        Components.field(
                            SettingsForm.name(.rate), label: context.t(.settingsRate), value: typed.rate ?? "",
                            required: true,
                            autocomplete: "off", error: error, context),
                        Components.submit(context.t(.settingsAddRate), id: "add-rate"))
                ),
                .section(
                    .class("card"), .id("month-mode"), .attribute(named: "aria-labelledby", value: "month-heading"),
                    .h2(.id("month-heading"), .text(context.t(.settingsMonthMode))),
                    .p(.class("hint"), .text(context.t(.settingsMonthModeHint))),
                    Components.postForm(
                        action: SiteRoute.admin(.monthMode).href, context, id: "month-mode-form",
                        Components.select(
                            SettingsForm.name(.monthMode), label: context.t(.settingsMonthMode),
                            options: ActivityAllowance.MonthMode.allCases.map { mode in
                                (
                                    mode.rawValue,
                                    L10nKey(rawValue: "settings.monthMode.\(mode.rawValue)").map { context.t($0) }
                                        ?? mode.rawValue
                                )
                            },
                            selected: typed.monthMode ?? settings.allowanceMonthMode.rawValue, error: error, context),
                        Components.submit(context.t(.settingsSaveMonthMode), id: "save-month-mode"))
                ),
                .section(
                    .class("card"), .id("activity-money"),
                    .attribute(named: "aria-labelledby", value: "budgets-heading"),
                    .h2(.id("budgets-heading"), .text(context.t(.settingsBudgets))),
                    .p(.class("hint"), .text(context.t(.settingsBudgetsIntro))),
                    Components.postForm(
                        action: SiteRoute.admin(.activityMoneySettings).href, context, id: "budgets-form",
                        .forEach(SettingsAdmin.budgetRoles) { role in
                            Components.field(
                                SettingsForm.name(role), label: "\(context.t(role.l10nKey)) (€)",
                                value: typed.budgets[role] ?? euros(settings.activityMoneyBudgets[role] ?? 0),
                                required: true,
                                autocomplete: "off", error: error, context)
                        },
                        Components.submit(context.t(.settingsSaveBudgets), id: "save-budgets"))
                ),
                .section(
                    .class("card"), .id("privacy"), .attribute(named: "aria-labelledby", value: "privacy-heading"),
                    .h2(.id("privacy-heading"), .text(context.t(.privacySettingsHeading))),
                    .p(
                        .class("hint"),
                        .text(context.t(.privacySettingsIntro, ["threshold": String(settings.minimumCellSize)]))),
                    Components.postForm(
                        action: SiteRoute.admin(.privacy).href, context, id: "privacy-form",
                        Components.field(
                            SettingsForm.name(.minimumCellSize), label: context.t(.fieldMinimumCellSize),
                            type: .number, value: typed.minimumCellSize ?? String(settings.minimumCellSize),
                            required: true,
                            autocomplete: "off",
                            hint: context.t(
                                .privacyMinimumCellSizeHint,
                                ["min": String(SmallCellSuppression.minimumThreshold)]),
                            error: error, context),
                        Components.submit(context.t(.privacySaveMinimumCellSize), id: "save-minimum-cell-size"))
                )
            ))
    }
}
