import Foundation
import Plot
import RinnallaCore

/// The client's progress in plain language and the client's language: goals, the small
/// steps reached, meetings attended and the GAS change. Printable.
enum ProgressViews {
    struct Model {
        let header: GoalViews.Header
        let goals: [(item: GoalService.Entry, depth: Int)]
        let evaluations: [EvaluationService.Entry]
        let meetingDays: [Day]
        let groupMeetings: Int
        let language: RinnallaCore.Language
        var visits: [Visit] = []
        var goalPlaces: [UUID: [Place]] = [:]

        func t(_ key: L10nKey, _ arguments: [String: String] = [:]) -> String {
            Localizer.shared.text(key, language, arguments)
        }
    }

    /// "Tutustumiskäynti: Kontulan D-asema, Kontulankaari 1B 14A", on a day.
    struct Visit: Sendable {
        let text: String
        let day: Day
        let planned: Bool
    }

    static func page(_ context: PageContext, _ model: Model) -> HTML {
        let header = model.header
        let steps = model.goals.filter { $0.item.level == .everyday }
        let reached = steps.filter { $0.item.goal.reachedOn != nil }.count
        let stepsText = model.t(.progressStepsReached, ["reached": String(reached), "total": String(steps.count)])
        let meetingsText = model.t(
            .progressMeetingsAttended,
            ["count": String(model.meetingDays.count), "group": String(model.groupMeetings)])
        let article: Node<HTML.BodyContext> = .article(
            .class("card progress document"), .attribute(named: "lang", value: model.language.rawValue),
            .h2(.text(model.t(.progressTitle, ["name": header.clientName]))),
            .p(.class("lead"), .text(model.t(.progressIntro))),
            .h3(.text(model.t(.progressGoalsHeading))),
            goalList(model),
            .p(.id("steps-reached"), .text(stepsText)),
            .h3(.text(model.t(.progressMeetingsHeading))),
            .p(.id("meetings-attended"), .text(meetingsText)),
            .if(
                !model.meetingDays.isEmpty,
                .p(.class("hint"), .text(model.meetingDays.map(\.finnish).joined(separator: ", ")))),
            visitList(model),
            gasChange(model),
            .p(.class("lead"), .text(model.t(.progressEncouragement))),
            .p(
                .class("no-print"),
                .button(
                    .type(.button), .class("button"), .id("print-button"),
                    .attribute(named: "data-print", value: "true"), .text(context.t(.printButton))))
        )
        return Layout.page(
            title: model.t(.progressTitle, ["name": header.clientName]), context,
            content: .group(
                PeriodNav.header(
                    context, periodID: header.periodID, clientID: header.clientID, clientName: header.clientName,
                    current: .progress, isOpen: header.isOpen),
                article))
    }

    static func goalList(_ model: Model) -> Node<HTML.BodyContext> {
        guard !model.goals.isEmpty else { return .p(.text(model.t(.progressNoGoals))) }
        let latest = Dictionary(
            (model.evaluations.last?.ratings ?? []).map { ($0.$goal.id, $0.level) }, uniquingKeysWith: { a, _ in a })
        return .ul(
            .class("progress-goals"),
            .forEach(model.goals) { entry in
                goalItem(model, entry.item, depth: entry.depth, level: entry.item.goal.id.flatMap { latest[$0] })
            })
    }

    static func goalItem(_ model: Model, _ goal: GoalService.Entry, depth: Int, level: Int?) -> Node<HTML.ListContext> {
        var marker = ""
        var reachedNote = ""
        if goal.level == .everyday {
            marker = goal.goal.reachedOn != nil ? "✔ " : "○ "
            if let day = goal.goal.reachedOn.flatMap({ Day(iso: $0) }) {
                reachedNote = " – " + model.t(.progressReachedOn, ["date": day.finnish])
            }
        }
        return .li(
            .class("depth-\(depth)"),
            .text(marker + goal.current.text),
            .if(!reachedNote.isEmpty, .span(.class("hint"), .text(reachedNote))),
            .unwrap(level) { .p(.class("hint"), .text(model.t(plainLevel($0)))) },
            .unwrap(goal.goal.id.flatMap { model.goalPlaces[$0] }) { places in
                .p(
                    .class("hint goal-places"),
                    .text(
                        model.t(.progressGoalPlaces, ["places": places.map(\.nameAndAddress).joined(separator: "; ")])))
            })
    }

    static func visitList(_ model: Model) -> Node<HTML.BodyContext> {
        guard !model.visits.isEmpty else { return .empty }
        return .group(
            .h3(.text(model.t(.progressVisitsHeading))),
            .ul(
                .id("visits"),
                .forEach(model.visits) { visit in
                    .li(
                        .text(
                            model.t(
                                visit.planned ? .progressVisitPlanned : .progressVisitDone,
                                ["visit": visit.text, "date": visit.day.finnish])))
                }))
    }

    static func gasChange(_ model: Model) -> Node<HTML.BodyContext> {
        guard let summary = model.evaluations.last?.summary else { return .empty }
        let key: L10nKey =
            summary.change > 0.05 ? .progressGasUp : summary.change < -0.05 ? .progressGasDown : .progressGasSame
        let arguments = [
            "start": GoalProgress.format(summary.baseline, language: model.language),
            "now": GoalProgress.format(summary.current, language: model.language),
        ]
        return .group(.h3(.text(model.t(.progressGasHeading))), .p(.id("gas-change"), .text(model.t(key, arguments))))
    }

    static func plainLevel(_ level: Int) -> L10nKey {
        switch level {
        case 2: .progressLevelMuchMore
        case 1: .progressLevelMore
        case 0: .progressLevelExpected
        case -1: .progressLevelLess
        default: .progressLevelMuchLess
        }
    }
}
