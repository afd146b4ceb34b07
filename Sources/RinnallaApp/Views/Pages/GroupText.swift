import Foundation
import RinnallaCore

/// How a group's schedule, language and places read on the catalogue, the group page
/// and the flyer, in the page's language.
enum GroupText {
    static func weekday(_ number: Int, _ t: (L10nKey) -> String) -> String {
        L10nKey(rawValue: "weekday.\(number)").map(t) ?? String(number)
    }

    /// "maanantai, torstai klo 10:00–12:00, joka viikko"
    static func when(
        weekdays: [Int], start: Int, end: Int, intervalWeeks: Int, _ t: (L10nKey, [String: String]) -> String
    ) -> String {
        t(
            .groupsWhen,
            [
                "days": weekdays.map { weekday($0) { t($0, [:]) } }.joined(separator: ", "),
                "start": GroupSchedule.timeText(start), "end": GroupSchedule.timeText(end),
                "interval": t(intervalWeeks == 2 ? .groupsEveryOtherWeek : .groupsWeekly, [:]),
            ])
    }

    static func when(_ group: ActivityGroup, _ context: PageContext) -> String {
        when(
            weekdays: GroupSchedule.parseWeekdays(group.weekdays), start: group.startMinutes, end: group.endMinutes,
            intervalWeeks: group.intervalWeeks, context.t)
    }

    static func places(capacity: Int, enrolled: Int, _ context: PageContext) -> String {
        let left = GroupCapacity.placesLeft(capacity: capacity, enrolled: enrolled)
        return left == 0
            ? context.t(.groupsFull)
            : context.t(.groupsPlacesLeft, ["left": String(left), "capacity": String(capacity)])
    }

    static func aim(_ raw: String, _ context: PageContext) -> String {
        GroupAim(rawValue: raw).map { context.t($0.key) } ?? raw
    }

    static func language(_ raw: String, _ context: PageContext) -> String {
        GroupLanguage(rawValue: raw).map { context.t($0.key) } ?? raw
    }

    static func methods(_ stored: String, _ context: PageContext) -> String {
        let methods = GroupMethod.parse(stored)
        return methods.isEmpty ? "–" : methods.map { context.t($0.key) }.joined(separator: ", ")
    }

    static func runs(first: String, last: String) -> String {
        guard let first = Day(iso: first), let last = Day(iso: last) else { return "\(first)–\(last)" }
        return "\(first.finnish)–\(last.finnish)"
    }

    /// "ti 24.11.2026"-style day with the weekday's name.
    static func day(_ day: Day, _ context: PageContext) -> String {
        "\(weekday(day.weekday) { context.t($0) }) \(day.finnish)"
    }
}
