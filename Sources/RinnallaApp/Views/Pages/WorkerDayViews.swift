import Foundation
import Plot
import RinnallaCore

/// The worker's day on the home page: meetings and reminders, each linking to the page
/// where the work is done. An empty list says so in plain words.
enum WorkerDayViews {
    static func sections(_ context: PageContext, _ reminders: WorkerReminders) -> Node<HTML.BodyContext> {
        .section(
            .class("worker-day"), .attribute(named: "aria-labelledby", value: "day-heading"),
            .h2(.id("day-heading"), .text(context.t(.workerdayHeading))),
            list(
                "meetings-today", context.t(.workerdayMeetingsToday), empty: context.t(.workerdayMeetingsTodayNone),
                reminders.meetingsToday.map { meeting($0, context, withDay: false) }),
            .unwrap(reminders.groupSessionsToday) { items in
                list(
                    "group-sessions-today", context.t(.groupsHomeToday), empty: context.t(.groupsTodayNone),
                    items.map { GroupSessionViews.sessionItem(context, $0) })
            },
            list(
                "meetings-week", context.t(.workerdayMeetingsWeek), empty: context.t(.workerdayMeetingsWeekNone),
                reminders.meetingsLaterThisWeek.map { meeting($0, context, withDay: true) }),
            list(
                "rhythm", context.t(.workerdayRhythm), hint: context.t(.workerdayRhythmHint),
                empty: context.t(reminders.fewMeetings == nil ? .workerdayRhythmNotYet : .workerdayRhythmNone),
                (reminders.fewMeetings ?? []).map { item in
                    .li(
                        .a(
                            .href(SiteRoute.period(item.periodID, .show).href(fragment: "meetings")),
                            .text(item.clientName)), .text(" – "),
                        .text(context.t(.workerdayRhythmCount, ["count": String(item.realisedThisMonth)])))
                }),
            list(
                "decisions-ending", context.t(.workerdayEnding), empty: context.t(.workerdayEndingNone),
                reminders.decisionsEnding.map { item in
                    .li(
                        .a(
                            .href(SiteRoute.period(item.periodID, .show).href(fragment: "decisions")),
                            .text(item.clientName)), .text(" – "),
                        .text(
                            item.daysLeft == 0
                                ? context.t(.workerdayEndingItemToday, ["range": item.range.finnish])
                                : context.t(
                                    .workerdayEndingItem, ["range": item.range.finnish, "days": String(item.daysLeft)]))
                    )
                }),
            list(
                "allowances-due", context.t(.workerdayAllowances), empty: context.t(.workerdayAllowancesNone),
                reminders.allowancesToDecide.map { item in
                    .li(
                        .a(
                            .href(SiteRoute.period(item.periodID, .show).href(fragment: "allowance")),
                            .text(item.clientName)), .text(" – "),
                        .text(
                            context.t(
                                .workerdayAllowanceItem,
                                [
                                    "month": item.month.finnish, "days": String(item.activityDays),
                                    "sum": Formatting.money(cents: item.sumCents, context.language),
                                ])))
                }),
            // Extension points: shown once the evaluation features fill them.
            .unwrap(reminders.interimEvaluationsDue) { items in
                list(
                    "interim-evaluations", context.t(.workerdayInterim), empty: context.t(.workerdayInterimNone),
                    items.map { due($0, context) })
            },
            .unwrap(reminders.selfAssessmentsDue) { items in
                list(
                    "self-assessments", context.t(.workerdaySelfAssessments),
                    empty: context.t(.workerdaySelfAssessmentsNone), items.map { due($0, context) })
            },
            .unwrap(reminders.groupAbsences) { items in
                list(
                    "group-absences", context.t(.groupsHomeAbsences), hint: context.t(.groupsHomeAbsencesHint),
                    empty: context.t(.groupsHomeAbsencesNone),
                    items.map { item in
                        .li(
                            .a(
                                .href(SiteRoute.period(item.periodID, .show).href(fragment: "groups")),
                                .text(item.clientName)), .text(" – "),
                            .text(
                                context.t(
                                    .groupsHomeAbsenceItem,
                                    [
                                        "group": item.groupName, "count": String(item.missed),
                                        "day": item.lastMissed.finnish,
                                    ])))
                    })
            },
            .h3(.text(context.t(.workerdayTools))),
            .ul(
                .class("tool-links"),
                .li(.a(.href(SiteRoute.account(.activityMoney).href), .text(context.t(.workerdayActivityMoneyLink)))),
                .li(.a(.href(SiteRoute.account(.calendar).href), .text(context.t(.workerdayCalendarLink)))))
        )
    }

    private static func list(
        _ id: String, _ title: String, hint: String? = nil, empty: String, _ items: [Node<HTML.ListContext>]
    ) -> Node<HTML.BodyContext> {
        .div(
            .class("reminder-list"), .id(id),
            .h3(.id("\(id)-heading"), .text(title)),
            .unwrap(hint) { .p(.class("hint"), .text($0)) },
            DataTable.unlessEmpty(items, empty: empty) {
                .ul(.attribute(named: "aria-labelledby", value: "\(id)-heading"), .group(items))
            })
    }

    private static func meeting(_ item: WorkerReminders.MeetingItem, _ context: PageContext, withDay: Bool) -> Node<
        HTML.ListContext
    > {
        let time = MeetingController.timeText(item.startsAt)
        let when = withDay ? "\(Day(item.startsAt).finnishWithoutYear) \(time)" : time
        let type = L10nKey(rawValue: "meetings.type.\(item.type)").map { context.t($0) } ?? item.type
        let place = L10nKey(rawValue: "meetings.place.\(item.place)").map { context.t($0) } ?? item.place
        let status = L10nKey(rawValue: "meetings.status.\(item.status)").map { context.t($0) } ?? item.status
        return .li(
            .a(.href(SiteRoute.meeting(item.meetingID).href), .text("\(when) \(item.clientName)")),
            .text(" – \(type), \(place) (\(status))"))
    }

    private static func due(_ item: WorkerReminders.DueItem, _ context: PageContext) -> Node<HTML.ListContext> {
        .li(
            .a(.href(item.link), .text(item.clientName)), .text(" – "),
            .unwrap(item.stage) { .text(SelfAssessmentViews.stageLabel($0.rawValue, context) + " – ") },
            .text(context.t(.workerdayDue, ["date": item.due.finnish])))
    }
}
