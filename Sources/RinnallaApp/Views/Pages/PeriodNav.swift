import Foundation
import Plot
import RinnallaCore

/// The tabs of a period: overview, the handbook's steps, goals, plan, evaluations and the
/// client's progress.
enum PeriodNav {
    enum Tab: String, CaseIterable {
        case overview, steps, goals, plan, evaluations, progress

        var key: L10nKey {
            switch self {
            case .overview: .periodNavOverview
            case .steps: .periodNavSteps
            case .goals: .periodNavGoals
            case .plan: .periodNavPlan
            case .evaluations: .periodNavEvaluations
            case .progress: .periodNavProgress
            }
        }

        var page: SiteRoute.PeriodPage {
            switch self {
            case .overview: .show
            case .steps: .steps
            case .goals: .goals
            case .plan: .plan
            case .evaluations: .evaluations
            case .progress: .progress
            }
        }

        func path(_ periodID: UUID) -> String { SiteRoute.period(periodID, page).href }
    }

    static func header(
        _ context: PageContext, periodID: UUID, clientID: UUID, clientName: String, current: Tab, isOpen: Bool
    ) -> Node<HTML.BodyContext> {
        .group(
            .p(
                .class("no-print"),
                .a(.href(SiteRoute.client(clientID, .show).href), .text("← " + context.t(.periodBack)))),
            .h1(.text(context.t(.periodTitle, ["name": clientName]))),
            .nav(
                .class("tabs no-print"), .attribute(named: "aria-label", value: context.t(.periodNavLabel)),
                .ul(
                    .forEach(Tab.allCases) { tab in
                        .li(
                            .a(
                                .href(tab.path(periodID)), .id("tab-\(tab.rawValue)"),
                                .if(tab == current, .attribute(named: "aria-current", value: "page")),
                                .text(context.t(tab.key))))
                    })),
            .if(!isOpen, .p(.class("callout"), .text(context.t(.periodClosedReadOnly))))
        )
    }
}
