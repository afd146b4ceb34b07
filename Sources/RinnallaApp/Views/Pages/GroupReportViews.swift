import Plot
import RinnallaCore

/// `/groups/:id/report`: a printable report of the group's sessions, attendance and
/// feedback summary.
enum GroupReportViews {
    static func percent(_ rate: Double?) -> String {
        rate.map { "\(Int(($0 * 100).rounded())) %" } ?? "–"
    }

    static func page(_ context: PageContext, group: ActivityGroup, report: GroupReportService.Report, today: Day)
        -> HTML
    {
        let groupID = group.id ?? .pattern
        let title = context.t(.groupfeedbackReportTitle, ["name": group.name])
        let first = Day(iso: group.firstDay)?.finnish ?? group.firstDay
        let last = Day(iso: group.lastDay)?.finnish ?? group.lastDay
        let bars = report.sessions.map { session in
            BarChart.Bar(
                label: session.day.finnishWithoutYear, fraction: session.rate,
                valueText: session.recorded ? percent(session.rate) : "–")
        }
        return Layout.page(
            title: title, context,
            content: .article(
                .class("document group-report"),
                GroupFeedbackViews.nav(context, groupID: groupID),
                .div(
                    .class("no-print"),
                    .button(
                        .type(.button), .class("button"), .id("print-report"),
                        .attribute(named: "data-print", value: "1"), .text(context.t(.groupfeedbackPrint)))),
                .h1(.text(title)),
                .p(.text(context.t(.groupfeedbackReportMeta, ["first": first, "last": last, "today": today.finnish]))),
                .h2(.text(context.t(.groupfeedbackReportFigures))),
                .dl(
                    .class("facts"), .id("report-figures"),
                    .dt(.text(context.t(.groupfeedbackSessionsHeld))),
                    .dd(.id("report-sessions-held"), .text(String(report.sessions.count))),
                    .dt(.text(context.t(.groupfeedbackParticipants))),
                    .dd(.id("report-participants"), .text(String(report.participants))),
                    .dt(.text(context.t(.groupfeedbackWalkInsTotal))),
                    .dd(.id("report-walk-ins"), .text(String(report.walkIns))),
                    .dt(.text(context.t(.groupfeedbackOverallRate))),
                    .dd(.id("report-overall-rate"), .text(percent(report.overallRate)))),
                .p(.class("hint"), .text(context.t(.groupfeedbackSessionsHeldHint))),
                .h2(.text(context.t(.groupfeedbackAttendanceHeading))),
                .if(
                    report.sessions.isEmpty, .p(.id("report-no-sessions"), .text(context.t(.groupfeedbackNoSessions))),
                    else: .div(
                        .class("chart-and-table"),
                        .div(
                            .class("chart"),
                            .raw(
                                BarChart.svg(
                                    bars, id: "attendance-chart", title: context.t(.groupfeedbackRateChartTitle),
                                    description: context.t(.groupfeedbackRateChartDescription)))),
                        table(context, report.sessions))),
                .h2(.text(context.t(.groupfeedbackFeedbackSummary))),
                GroupFeedbackResultsViews.summary(context, report.feedback.summary, headingLevel: 3)
            ))
    }

    static func table(_ context: PageContext, _ sessions: [GroupAttendanceFigures.Session]) -> Node<HTML.BodyContext> {
        func col(_ key: L10nKey) -> Node<HTML.TableRowContext> {
            .columnHeader(context.t(key))
        }
        return .table(
            .id("report-sessions"), .class("data-table"),
            .caption(.text(context.t(.groupfeedbackAttendanceHeading))),
            .thead(
                .tr(
                    col(.groupfeedbackDayColumn), col(.groupfeedbackPresentColumn), col(.groupfeedbackEnrolledColumn),
                    col(.groupfeedbackRateColumn), col(.groupfeedbackWalkInsColumn))),
            .tbody(
                .forEach(sessions) { session in
                    .tr(
                        .th(.attribute(named: "scope", value: "row"), .text(session.day.finnish)),
                        .if(
                            session.recorded,
                            .group(
                                .td(.text(String(session.present))), .td(.text(String(session.enrolled))),
                                .td(.text(percent(session.rate))), .td(.text(String(session.walkIns)))),
                            else: .group(
                                .td(
                                    .attribute(named: "colspan", value: "4"),
                                    .text(context.t(.groupfeedbackNotRecorded)))))
                    )
                }))
    }
}
