import Foundation
import Plot
import RinnallaCore

/// The team lead's dashboard (issue 16): figures in sections, each a link to the list
/// behind it (for team leads), a chart with its table, and the period chooser.
enum DashboardViews {
    typealias Query = DashboardListQuery.CodingKeys

    /// The address of a dashboard page for a period (and one worker's rows, or CSV).
    static func href(
        _ route: SiteRoute, period: ReportingPeriod, worker: UUID? = nil, format: InclusionCSV.Format? = nil
    ) -> String {
        route.href([
            Query.period.stringValue: period.iso, Query.worker.stringValue: worker?.uuidString,
            Query.format.stringValue: format?.rawValue,
        ])
    }

    static func unitTitle(_ context: PageContext, unitName: String) -> String {
        context.t(.dashboardUnitTitle, ["unit": unitName])
    }

    /// The page around its content, which is rendered (and kept) apart.
    static func page(_ context: PageContext, title: String, contentHTML: String) -> HTML {
        Layout.page(title: title, context, bodyClass: "dashboard-page", content: .raw(contentHTML))
    }

    static func unitContent(_ context: PageContext, _ figures: DashboardFigures) -> Node<HTML.BodyContext> {
        let board = figures.board
        return .group(
            .h1(.text(unitTitle(context, unitName: board.unitName))),
            .p(
                .class("lead"),
                .text(
                    context.t(
                        .dashboardIntro,
                        ["period": DashboardText.period(board.period, context.language), "asOf": board.asOf.finnish]
                    ))),
            .if(!figures.showsLists, .p(.class("hint"), .text(context.t(.dashboardAggregatesNote)))),
            periodChooser(
                context, route: .unit(board.unitID, .dashboard), period: board.period, quarters: figures.showsLists),
            .p(
                .class("no-print"),
                .a(
                    .id("dashboard-csv"),
                    .href(href(.unit(board.unitID, .dashboardExport), period: board.period)),
                    .text(context.t(.dashboardCsv)))),
            EvidenceViews.links(context, unitID: board.unitID, period: board.period.quarter),
            caseload(context, figures),
            meetings(context, figures),
            decisions(context, figures),
            allowances(context, figures),
            evaluations(context, figures),
            groups(context, figures),
            referrals(context, figures),
            waiting(context, figures)
        )
    }

    // MARK: Pieces

    /// Previous and next, month or quarter, and a field for any month or quarter.
    static func periodChooser(_ context: PageContext, route: SiteRoute, period: ReportingPeriod, quarters: Bool)
        -> Node<HTML.BodyContext>
    {
        let other: (ReportingPeriod, L10nKey) =
            switch period {
            case .month: (period.quarter, .dashboardShowQuarter)
            case .quarter: (period.lastMonth, .dashboardShowMonth)
            }
        return .nav(
            .class("period-chooser no-print"), .attribute(named: "aria-label", value: context.t(.dashboardPeriodNav)),
            .ul(
                .unwrap(period.previous) { previous in
                    .li(
                        .a(
                            .id("period-previous"), .href(href(route, period: previous)),
                            .text(context.t(.dashboardPrevious))))
                },
                .unwrap(period.next) { next in
                    .li(.a(.id("period-next"), .href(href(route, period: next)), .text(context.t(.dashboardNext))))
                },
                .if(
                    quarters,
                    .li(.a(.id("period-switch"), .href(href(route, period: other.0)), .text(context.t(other.1)))))
            ),
            .form(
                .method(.get), .action(route.href), .class("inline-form"),
                Components.field(
                    Query.period.stringValue, label: context.t(.dashboardPeriodLabel), value: period.iso,
                    autocomplete: "off", hint: context.t(.dashboardPeriodHint), context),
                Components.submit(context.t(.dashboardShow), id: "period-show", class: "button secondary"))
        )
    }

    /// One figure: its number (a link to the list behind it for team leads) and its label.
    static func figure(
        _ context: PageContext, _ figures: DashboardFigures, _ list: DashboardList, value: String? = nil,
        label: L10nKey? = nil
    ) -> Node<HTML.ListContext> {
        let board = figures.board
        let text = value ?? DashboardText.count(figures.count(list), context.language)
        return .li(
            .class("figure"), .id("figure-\(list.rawValue)"),
            .span(
                .class("figure-value"),
                figures.showsLists
                    ? .a(.href(href(.unit(board.unitID, .dashboardList(list)), period: board.period)), .text(text))
                    : .text(text)),
            .span(.class("figure-label"), .text(context.t(label ?? list.title))))
    }

    static func section(
        _ context: PageContext, id: String, heading: L10nKey, _ content: Node<HTML.BodyContext>...
    ) -> Node<HTML.BodyContext> {
        .section(
            .class("dashboard-section"), .attribute(named: "aria-labelledby", value: "\(id)-heading"),
            .h2(.id("\(id)-heading"), .text(context.t(heading))), .group(content))
    }

    static func figureList(_ items: Node<HTML.ListContext>...) -> Node<HTML.BodyContext> {
        .ul(.class("dashboard-figures"), .group(items))
    }

    // MARK: Sections

    static func caseload(_ context: PageContext, _ figures: DashboardFigures) -> Node<HTML.BodyContext> {
        let board = figures.board
        let language = context.language
        let columns = figures.workerColumns
        var headings = [context.t(.dashboardColWorker)] + columns.map { context.t($0.title) }
        if figures.workerCoverage != nil { headings.append(context.t(.dashboardCoverage)) }
        let rows = Array(figures.workerTable.cells.enumerated())
        return section(
            context, id: "caseload", heading: .dashboardCaseload,
            figureList(
                figure(context, figures, .openPeriods), figure(context, figures, .newPeriods),
                figure(context, figures, .closedPeriods), figure(context, figures, .contacts)),
            .h3(.id("workers-heading"), .text(context.t(.dashboardWorkersTable))),
            DataTable.scrollRegion(
                .heading("workers-heading"),
                .table(
                    .id("dashboard-workers"), .class("data-table"),
                    .thead(.tr(.forEach(headings) { .columnHeader($0) })),
                    .tbody(
                        .forEach(rows) { index, cells in
                            let worker = index < board.workers.count ? board.workers[index] : nil
                            return .tr(
                                .th(
                                    .attribute(named: "scope", value: "row"),
                                    .text(worker?.name ?? context.t(.dashboardNoWorker))),
                                .forEach(Array(zip(columns, cells))) { list, cell in
                                    .td(
                                        .class("number"),
                                        figures.showsLists && worker != nil
                                            ? .a(
                                                .href(
                                                    href(
                                                        .unit(board.unitID, .dashboardList(list)), period: board.period,
                                                        worker: worker?.id)), .text(DashboardText.count(cell, language))
                                            )
                                            : .text(DashboardText.count(cell, language)))
                                },
                                .unwrap(figures.workerCoverage) { coverage in
                                    .td(
                                        .class("number"),
                                        .text(
                                            index < coverage.count ? DashboardText.share(coverage[index], language) : ""
                                        ))
                                })
                        }),
                    .tfoot(
                        .tr(
                            .th(.attribute(named: "scope", value: "row"), .text(context.t(.dashboardUnitTotal))),
                            .forEach(figures.workerTable.columnTotals) {
                                .td(.class("number"), .text(DashboardText.count($0, language)))
                            },
                            .if(
                                figures.workerCoverage != nil,
                                .td(.class("number"), .text(DashboardText.share(figures.coverage, language))))))
                )),
            .h3(.id("phases-heading"), .text(context.t(.dashboardPhasesTable))),
            DataTable.render(
                Array(zip(PeriodPhase.allCases, figures.phases.cells)),
                columns: [context.t(.dashboardColPhase), context.t(.dashboardColCount)],
                name: .heading("phases-heading"), id: "dashboard-phases"
            ) { phase, count in
                .tr(
                    .th(.attribute(named: "scope", value: "row"), .text(context.t(phase.title))),
                    .td(.class("number"), .text(DashboardText.count(count, language))))
            }
        )
    }

    static func meetings(_ context: PageContext, _ figures: DashboardFigures) -> Node<HTML.BodyContext> {
        let board = figures.board
        let language = context.language
        let months = Array(zip(board.period.chartMonths, figures.coverageByMonth))
        let bars = months.map { month, share in
            BarChart.Bar(
                label: "\(month.month)/\(month.year % 100)",
                fraction: share.percent.map { Double($0) / 100 },
                valueText: share.percent.map { "\($0) %" } ?? "–")
        }
        return section(
            context, id: "meetings", heading: .dashboardMeetings,
            .p(.class("hint"), .text(context.t(.dashboardMeetingsRule))),
            figureList(
                figure(
                    context, figures, .clientMonths, value: DashboardText.share(figures.coverage, language),
                    label: .dashboardCoverage),
                figure(context, figures, .belowTwo)),
            .div(
                .class("chart-and-table"),
                .h3(.id("coverage-heading"), .text(context.t(.dashboardCoverageChart))),
                .div(
                    .class("chart"),
                    .raw(
                        BarChart.svg(
                            bars, id: "coverage-chart", title: context.t(.dashboardCoverageChart),
                            description: context.t(.dashboardCoverageChartDescription)))),
                DataTable.render(
                    months, columns: [context.t(.dashboardColMonth), context.t(.dashboardCoverage)],
                    name: .heading("coverage-heading"), id: "dashboard-coverage"
                ) { month, share in
                    .tr(
                        .th(.attribute(named: "scope", value: "row"), .text("\(month.month)/\(month.year)")),
                        .td(.class("number"), .text(DashboardText.share(share, language))))
                }
            ),
            .unwrap(figures.workerCoverageByMonth) { byWorker in
                .group(
                    .h3(.id("worker-months-heading"), .text(context.t(.dashboardCoverageByWorker))),
                    DataTable.render(
                        Array(zip(board.workers, byWorker)),
                        columns: [context.t(.dashboardColWorker)]
                            + board.period.chartMonths.map { "\($0.month)/\($0.year % 100)" },
                        name: .heading("worker-months-heading"), id: "dashboard-worker-months"
                    ) { worker, shares in
                        .tr(
                            .th(.attribute(named: "scope", value: "row"), .text(worker.name)),
                            .forEach(shares) { share in
                                .td(
                                    .class("number"),
                                    .text(share.percent.map { "\($0) %" } ?? "–"),
                                    .attribute(
                                        named: "title", value: DashboardText.share(share, language)))
                            })
                    })
            }
        )
    }

    static func decisions(_ context: PageContext, _ figures: DashboardFigures) -> Node<HTML.BodyContext> {
        let language = context.language
        return section(
            context, id: "decisions", heading: .dashboardDecisions,
            figureList(
                figure(context, figures, .decisionsEnding), figure(context, figures, .decisionGaps),
                figure(context, figures, .reachingYear), figure(context, figures, .decisionsMade)),
            .h3(.id("decision-months-heading"), .text(context.t(.dashboardDecisionMonths))),
            DataTable.render(
                figures.decisionMonths,
                columns: [
                    context.t(.dashboardColMonth), context.t(.dashboardValueFirst),
                    context.t(.dashboardValueContinuation), context.t(.dashboardColCount),
                ],
                name: .heading("decision-months-heading"), id: "dashboard-decision-months"
            ) { month in
                .tr(
                    .th(.attribute(named: "scope", value: "row"), .text("\(month.month.month)/\(month.month.year)")),
                    .td(.class("number"), .text(DashboardText.count(month.first, language))),
                    .td(.class("number"), .text(DashboardText.count(month.continuations, language))),
                    .td(.class("number"), .text(DashboardText.count(month.total, language))))
            }
        )
    }

    static func allowances(_ context: PageContext, _ figures: DashboardFigures) -> Node<HTML.BodyContext> {
        let board = figures.board
        let month = board.period.months[board.period.months.count - 1]
        return section(
            context, id: "allowances", heading: .dashboardAllowances,
            figureList(
                figure(context, figures, .allowancesWaiting),
                figure(context, figures, .allowancesDecided),
                .li(
                    .class("figure"), .id("figure-allowances-sum"),
                    .span(
                        .class("figure-value"),
                        .text(
                            figures.allowancesDecidedCents.map { Formatting.money(cents: $0, context.language) }
                                ?? "–")),
                    .span(.class("figure-label"), .text(context.t(.dashboardAllowancesDecidedSum))))),
            .if(
                figures.showsLists,
                .p(
                    .a(
                        .id("dashboard-payments"),
                        .href(
                            SiteRoute.unit(board.unitID, .allowances).href([PaymentsMonthForm.name(.month): month.iso])),
                        .text(context.t(.dashboardPayments)))))
        )
    }

    static func evaluations(_ context: PageContext, _ figures: DashboardFigures) -> Node<HTML.BodyContext> {
        let language = context.language
        return section(
            context, id: "evaluations", heading: .dashboardEvaluations,
            figureList(
                figure(context, figures, .interimOverdue), figure(context, figures, .finalMissing),
                figure(context, figures, .goalChanges)),
            .h3(.id("goal-change-heading"), .text(context.t(.dashboardGoalChangeTable))),
            .p(.class("hint"), .text(context.t(.dashboardGoalChangeRule))),
            DataTable.render(
                Array(zip(GoalChange.Bin.allCases, figures.goalBins.cells)),
                columns: [context.t(.dashboardColChangeBin), context.t(.dashboardColCount)],
                name: .heading("goal-change-heading"), id: "dashboard-goal-change"
            ) { bin, count in
                .tr(
                    .th(.attribute(named: "scope", value: "row"), .text(context.t(DashboardText.binKey(bin)))),
                    .td(.class("number"), .text(DashboardText.count(count, language))))
            }
        )
    }

    static func groups(_ context: PageContext, _ figures: DashboardFigures) -> Node<HTML.BodyContext> {
        let language = context.language
        return section(
            context, id: "groups", heading: .dashboardGroups,
            figureList(figure(context, figures, .groupAbsences)),
            .h3(.id("group-table-heading"), .text(context.t(.dashboardGroupsTable))),
            DataTable.render(
                figures.groups, empty: context.t(.dashboardNoSessions),
                columns: [
                    context.t(.dashboardColGroup), context.t(.dashboardColSessions), context.t(.dashboardColHeld),
                    context.t(.dashboardColAttendance), context.t(.dashboardColOccupancy),
                ],
                name: .heading("group-table-heading"), id: "dashboard-groups"
            ) { group in
                .tr(
                    .th(
                        .attribute(named: "scope", value: "row"),
                        .a(.href(SiteRoute.group(group.groupID, .show).href), .text(group.name))),
                    .td(.class("number"), .text(DashboardText.count(group.sessions, language))),
                    .td(.class("number"), .text(DashboardText.count(group.held, language))),
                    .td(.class("number"), .text(DashboardText.share(group.attendance, language))),
                    .td(.class("number"), .text(DashboardText.share(group.occupancy, language))))
            }
        )
    }

    static func referrals(_ context: PageContext, _ figures: DashboardFigures) -> Node<HTML.BodyContext> {
        section(
            context, id: "referrals", heading: .dashboardReferrals,
            figureList(
                figure(context, figures, .referralsWaiting),
                figure(
                    context, figures, .referralsFollowedUp,
                    value: DashboardText.share(figures.referralsReached, context.language),
                    label: .dashboardReferralsReached))
        )
    }

    static func waiting(_ context: PageContext, _ figures: DashboardFigures) -> Node<HTML.BodyContext> {
        let days = { (value: Double?) in
            value.map { context.t(.dashboardDays, ["days": GoalProgress.format($0, language: context.language)]) }
                ?? "–"
        }
        return section(
            context, id: "waiting", heading: .dashboardWaiting,
            .p(.class("hint"), .text(context.t(.dashboardWaitingRule))),
            figureList(
                figure(context, figures, .waits),
                .li(
                    .class("figure"), .id("figure-wait-median"),
                    .span(.class("figure-value"), .text(days(figures.waiting.median))),
                    .span(.class("figure-label"), .text(context.t(.dashboardWaitMedian)))),
                .li(
                    .class("figure"), .id("figure-wait-p90"),
                    .span(.class("figure-value"), .text(days(figures.waiting.percentile90))),
                    .span(.class("figure-label"), .text(context.t(.dashboardWaitP90)))))
        )
    }

    // MARK: The list behind a figure

    static func listPage(
        _ context: PageContext, _ list: DashboardList, rows: [DashboardRow], board: UnitDashboard,
        worker: UnitDashboard.Worker?
    ) -> HTML {
        let title = context.t(list.title)
        let route = SiteRoute.unit(board.unitID, .dashboardList(list))
        return Layout.page(
            title: "\(title) – \(board.unitName)", context,
            content: .group(
                .p(
                    .class("no-print"),
                    .a(
                        .href(href(.unit(board.unitID, .dashboard), period: board.period)),
                        .text(context.t(.dashboardBack, ["unit": board.unitName])))),
                .h1(.id("list-heading"), .text(title)),
                .p(
                    .text(
                        context.t(
                            .dashboardListIntro,
                            [
                                "unit": board.unitName,
                                "period": DashboardText.period(board.period, context.language),
                                "count": String(rows.count),
                            ])),
                    .unwrap(worker) { .text(" " + context.t(.dashboardListWorker, ["worker": $0.name])) }),
                .p(
                    .class("no-print"),
                    .a(
                        .id("list-csv"),
                        .href(href(route, period: board.period, worker: worker?.id, format: .semicolon)),
                        .text(context.t(.dashboardCsv)))),
                DataTable.render(
                    rows, empty: context.t(.dashboardListEmpty), columns: list.columns.map { context.t($0.heading) },
                    name: .heading("list-heading"), id: "dashboard-list"
                ) { row in
                    .tr(
                        .forEach(list.columns) { column in
                            let text = DashboardText.cell(row, column.column, of: list, context.language) {
                                GoalProgress.formatChange($0, language: context.language)
                            }
                            if column.column == .client, let periodID = row.periodID, row.clientName != nil {
                                return .td(.a(.href(SiteRoute.period(periodID, .show).href), .text(text)))
                            }
                            let numeric: Set<DashboardColumn> = [.days, .count, .amount, .change]
                            return .td(.if(numeric.contains(column.column), .class("number")), .text(text))
                        })
                }
            ))
    }

    // MARK: Every unit

    static func allContent(
        _ context: PageContext, period: ReportingPeriod, units: [DashboardFigures]
    ) -> Node<HTML.BodyContext> {
        let language = context.language
        let lists: [DashboardList] = [
            .openPeriods, .belowTwo, .decisionsEnding, .allowancesWaiting, .interimOverdue, .referralsWaiting,
        ]
        return .group(
            .h1(.id("all-heading"), .text(context.t(.dashboardAllTitle))),
            .p(.text(context.t(.dashboardAllIntro, ["period": DashboardText.period(period, language)]))),
            periodChooser(context, route: .dashboard, period: period, quarters: units.allSatisfy(\.showsLists)),
            DataTable.render(
                units, empty: context.t(.dashboardNoUnits),
                columns: [context.t(.dashboardColUnit), context.t(.dashboardCoverage)]
                    + lists.map { context.t($0.title) },
                name: .heading("all-heading"), id: "dashboard-units"
            ) { figures in
                let board = figures.board
                return .tr(
                    .th(
                        .attribute(named: "scope", value: "row"),
                        .a(.href(href(.unit(board.unitID, .dashboard), period: period)), .text(board.unitName))),
                    .td(.class("number"), .text(DashboardText.share(figures.coverage, language))),
                    .forEach(lists) { list in
                        let text = DashboardText.count(figures.count(list), language)
                        return .td(
                            .class("number"),
                            figures.showsLists
                                ? .a(
                                    .href(href(.unit(board.unitID, .dashboardList(list)), period: period)),
                                    .text(text))
                                : .text(text))
                    })
            }
        )
    }
}
