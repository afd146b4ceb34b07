import Foundation
import Plot
import RinnallaCore

/// The goals of a period as a tree (main goal → sub-goals → everyday changes), the
/// form that writes a goal with the SMART check and the handbook's guiding questions
/// beside it, and a goal's own page with every earlier version.
enum GoalViews {
    typealias Form = GoalForm

    struct Header: Sendable {
        let periodID: UUID
        let clientID: UUID
        let clientName: String
        let isOpen: Bool
        let canWrite: Bool
    }

    static func levelLabel(_ level: GoalLevel, _ context: PageContext) -> String { context.t(level.title) }

    static func page(
        _ context: PageContext, header: Header, entries: [(item: GoalService.Entry, depth: Int)], form: Form,
        places: [UUID: [Place]] = [:], error: FieldError?
    ) -> HTML {
        Layout.page(
            title: context.t(.goalsTitle, ["name": header.clientName]), context,
            content: .group(
                PeriodNav.header(
                    context, periodID: header.periodID, clientID: header.clientID, clientName: header.clientName,
                    current: .goals, isOpen: header.isOpen),
                .section(
                    .class("card"), .attribute(named: "aria-labelledby", value: "goals-heading"),
                    .h2(.id("goals-heading"), .text(context.t(.goalsTitle, ["name": header.clientName]))),
                    .p(.class("hint"), .text(context.t(.goalsIntro))),
                    DataTable.unlessEmpty(entries, empty: context.t(.goalsNone)) {
                        .ul(
                            .class("goal-tree"),
                            .forEach(entries) { entry in
                                goalItem(
                                    context, entry.item, depth: entry.depth, header,
                                    places: entry.item.goal.id.flatMap { places[$0] } ?? [])
                            })
                    }
                ),
                .if(
                    header.isOpen && header.canWrite,
                    formSection(context, header: header, entries: entries, form: form, error: error))
            ))
    }

    static func goalItem(
        _ context: PageContext, _ entry: GoalService.Entry, depth: Int, _ header: Header, places: [Place] = []
    ) -> Node<HTML.ListContext> {
        let id = entry.goal.id ?? .pattern
        let current = entry.current
        return .li(
            .class("goal goal-\(entry.level.rawValue) depth-\(depth)"), .id("goal-\(id)"),
            .p(
                .span(.class("goal-level"), .text(levelLabel(entry.level, context) + ": ")),
                .a(.href(SiteRoute.goal(id, .show).href), .text(current.text))),
            .if(
                entry.level.isRatedWithGAS,
                .p(
                    .class("hint"),
                    .text(context.t(.goalExpectedShort, ["text": current.expected])))),
            .if(
                !current.smartCriteria.isEmpty,
                .p(
                    .class("smart-badges"),
                    .text(
                        "SMART: "
                            + SMARTCriterion.allCases.map { current.smartCriteria.contains($0) ? $0.rawValue : "–" }
                            .joined()))),
            .if(
                entry.versions.count > 1,
                .p(.class("hint"), .text(context.t(.goalVersionsCount, ["count": String(entry.versions.count)])))),
            .if(
                !places.isEmpty,
                .p(
                    .class("goal-places"),
                    .text(context.t(.goalPlacesShort, ["places": places.map(\.name).joined(separator: ", ")])))),
            .if(
                entry.level == .everyday,
                .group(
                    .if(
                        entry.goal.reachedOn != nil,
                        .p(
                            .class("reached"),
                            .text(
                                context.t(
                                    .goalReachedOn,
                                    ["date": entry.goal.reachedOn.flatMap { Day(iso: $0)?.finnish } ?? ""])))),
                    .if(
                        header.isOpen && header.canWrite,
                        Components.postForm(
                            action: SiteRoute.goal(id, .reached).href, context, class: "inline-form",
                            .input(
                                .type(.hidden), .name(GoalReachedForm.name(.reached)),
                                .value(GoalReachedForm.value(entry.goal.reachedOn == nil))),
                            Components.submit(
                                context.t(entry.goal.reachedOn == nil ? .goalMarkReached : .goalMarkNotReached),
                                id: "reached-\(id)", class: "button secondary")))
                ))
        )
    }

    static func formSection(
        _ context: PageContext, header: Header, entries: [(item: GoalService.Entry, depth: Int)], form: Form,
        error: FieldError?
    ) -> Node<HTML.BodyContext> {
        let parents = entries.filter { $0.item.level != .everyday }.compactMap { entry -> (String, String)? in
            guard let id = entry.item.goal.id else { return nil }
            return (id.uuidString, "\(levelLabel(entry.item.level, context)): \(entry.item.current.text)")
        }
        return .section(
            .class("card goal-writer"), .id("new-goal"),
            .attribute(named: "aria-labelledby", value: "new-goal-heading"),
            .h2(.id("new-goal-heading"), .text(context.t(.goalNewTitle))),
            Components.errorSummary(error, context),
            .div(
                .class("with-aside"),
                Components.postForm(
                    action: SiteRoute.period(header.periodID, .goals).href, context, id: "goal-form",
                    Components.select(
                        Form.name(.level), label: context.t(.fieldLevel),
                        options: GoalLevel.allCases.map { ($0.rawValue, levelLabel($0, context)) },
                        selected: form.level ?? GoalLevel.main.rawValue, error: error, context),
                    Components.select(
                        Form.name(.parentID), label: context.t(.fieldParentID),
                        options: [("", context.t(.goalNoParent))] + parents, selected: form.parentID ?? "",
                        error: error,
                        context),
                    fields(context, form: form, error: error)
                ),
                aside(context))
        )
    }

    /// The goal's wording, SMART check and GAS levels (shared by new and revise forms).
    static func fields(_ context: PageContext, form: Form, error: FieldError?, submit: L10nKey = .goalSave)
        -> Node<HTML.FormContext>
    {
        .group(
            Components.textarea(
                Form.name(.text), label: context.t(.fieldText), value: form.text ?? "", rows: 3,
                hint: context.t(.goalTextHint),
                error: error, context),
            .element(
                named: "fieldset",
                nodes: [
                    .class("smart"),
                    .element(named: "legend", nodes: [.text(context.t(.goalSmartLegend))]),
                    .group(
                        SMARTCriterion.allCases.map { criterion in
                            Components.checkbox(
                                Form.name(criterion), label: context.t(criterion.explanation),
                                checked: form.smart.contains(criterion))
                        }),
                ]),
            .element(
                named: "fieldset",
                nodes: [
                    .class("gas"),
                    .element(named: "legend", nodes: [.text(context.t(.goalGasLegend))]),
                    .p(.class("hint"), .text(context.t(.goalGasHint))),
                    Components.textarea(
                        Form.name(.muchMore), label: context.t(.fieldMuchMore), value: form.muchMore ?? "", rows: 2,
                        error: error,
                        context),
                    Components.textarea(
                        Form.name(.more), label: context.t(.fieldMore), value: form.more ?? "", rows: 2, error: error,
                        context),
                    Components.textarea(
                        Form.name(.expected), label: context.t(.fieldExpected), value: form.expected ?? "", rows: 2,
                        hint: context.t(.goalExpectedHint), error: error, context),
                    Components.textarea(
                        Form.name(.less), label: context.t(.fieldLess), value: form.less ?? "", rows: 2, error: error,
                        context),
                    Components.textarea(
                        Form.name(.muchLess), label: context.t(.fieldMuchLess), value: form.muchLess ?? "", rows: 2,
                        error: error,
                        context),
                    Components.select(
                        Form.name(.baseline), label: context.t(.fieldBaseline),
                        options: GoalProgress.baselineLevels.reversed().map { (String($0), gasLabel($0, context)) },
                        selected: form.baseline ?? "-1", error: error, context),
                    Components.select(
                        Form.name(.weight), label: context.t(.fieldWeight),
                        options: (1...3).map { (String($0), String($0)) }, selected: form.weight ?? "1", error: error,
                        context),
                ]),
            Components.submit(context.t(submit), id: "save-goal")
        )
    }

    /// "−1 (vähemmän kuin odotettu)"
    static func gasLabel(_ level: Int, _ context: PageContext) -> String {
        let sign = level > 0 ? "+\(level)" : level < 0 ? "−\(-level)" : "0"
        let key: L10nKey =
            switch level {
            case -2: .gasMuchLess
            case -1: .gasLess
            case 1: .gasMore
            case 2: .gasMuchMore
            default: .gasExpected
            }
        return "\(sign) (\(context.t(key)))"
    }

    static func aside(_ context: PageContext) -> Node<HTML.BodyContext> {
        .aside(
            .class("guide"), .attribute(named: "aria-labelledby", value: "questions-heading"),
            .h3(.id("questions-heading"), .text(context.t(.goalQuestionsTitle))),
            .ul(.forEach(GoalGuidingQuestions.all) { .li(.text(context.t($0))) }),
            .h3(.text(context.t(.goalStepsTitle))),
            .p(.text(context.t(.goalStepsText)))
        )
    }

    /// A goal's own page: the version in force, every earlier version, and the revise form.
    static func goalPage(
        _ context: PageContext, header: Header, entry: GoalService.Entry, form: Form, error: FieldError?,
        places: [Place] = [], picker: PlaceViews.Picker? = nil, placeError: FieldError? = nil
    ) -> HTML {
        let id = entry.goal.id ?? .pattern
        return Layout.page(
            title: entry.current.text, context,
            content: .group(
                PeriodNav.header(
                    context, periodID: header.periodID, clientID: header.clientID, clientName: header.clientName,
                    current: .goals, isOpen: header.isOpen),
                .section(
                    .class("card"), .attribute(named: "aria-labelledby", value: "goal-heading"),
                    .h2(.id("goal-heading"), .text("\(levelLabel(entry.level, context)): \(entry.current.text)")),
                    .h3(.text(context.t(.goalHistoryTitle))),
                    .ol(
                        .class("versions"), .attribute(named: "reversed"),
                        .forEach(entry.versions.reversed()) { version in
                            .li(
                                .id("version-\(version.version)"),
                                .p(
                                    .strong(
                                        .text(
                                            context.t(
                                                .goalVersionHeading,
                                                [
                                                    "version": String(version.version),
                                                    "date": version.createdAt.map { context.date($0) } ?? "",
                                                ])))),
                                .p(.text(version.text)),
                                .if(
                                    !version.reason.isEmpty,
                                    .p(.class("hint"), .text(context.t(.goalReasonShown, ["reason": version.reason])))),
                                .if(entry.level.isRatedWithGAS, gasTable(context, version))
                            )
                        })
                ),
                placesSection(
                    context, goalID: id, places: places, canWrite: header.isOpen && header.canWrite, picker: picker,
                    error: placeError),
                .if(
                    header.isOpen && header.canWrite,
                    .section(
                        .class("card goal-writer"), .attribute(named: "aria-labelledby", value: "revise-heading"),
                        .h2(.id("revise-heading"), .text(context.t(.goalReviseTitle))),
                        Components.errorSummary(error, context),
                        .div(
                            .class("with-aside"),
                            Components.postForm(
                                action: SiteRoute.goal(id, .show).href, context, id: "revise-form",
                                Components.textarea(
                                    Form.name(.reason), label: context.t(.fieldReason), value: form.reason ?? "",
                                    rows: 2,
                                    error: error, context),
                                fields(context, form: form, error: error, submit: .goalSaveVersion)),
                            aside(context)))
                )
            ))
    }

    /// "Ehdotetut paikat": places in the service map that support the goal.
    static func placesSection(
        _ context: PageContext, goalID: UUID, places: [Place], canWrite: Bool, picker: PlaceViews.Picker?,
        error: FieldError?
    ) -> Node<HTML.BodyContext> {
        .section(
            .class("card"), .id("places"), .attribute(named: "aria-labelledby", value: "places-heading"),
            .h2(.id("places-heading"), .text(context.t(.goalPlacesTitle))),
            .p(.class("hint"), .text(context.t(.goalPlacesIntro))),
            DataTable.unlessEmpty(places, empty: context.t(.goalPlacesNone)) {
                .ul(
                    .class("goal-place-list"),
                    .forEach(places) { place in
                        let placeID = place.id ?? .pattern
                        return .li(
                            .a(.href(SiteRoute.place(placeID, .show).href), .text(place.name)),
                            .text(
                                " – \(PlaceViews.categoryLabel(place.category, context)), "
                                    + PlaceViews.areaLabel(place, context)
                                    + (place.address.isEmpty ? "" : ", \(place.address)")),
                            .if(
                                canWrite,
                                Components.postForm(
                                    action: SiteRoute.goal(goalID, .removePlace(placeID)).href, context,
                                    class: "inline-form",
                                    .button(
                                        .type(.submit), .class("link-button"), .id("detach-\(placeID)"),
                                        .text(context.t(.goalPlacesDetach, ["name": place.name]))))))
                    })
            },
            .if(
                canWrite,
                .unwrap(picker) { picker in
                    .group(
                        .h3(.text(context.t(.goalPlacesAttach))),
                        Components.errorSummary(error, context),
                        PlaceViews.pickerFilter(context, picker, id: "place-filter"),
                        Components.postForm(
                            action: SiteRoute.goal(goalID, .places).href(fragment: "places"), context,
                            id: "goal-place-form",
                            PlaceViews.pickerSelect(
                                context, picker, name: GoalPlaceForm.name(.placeID), label: context.t(.fieldPlaceID),
                                emptyLabel: context.t(.goalPlacesChoose), error: error),
                            Components.submit(context.t(.goalPlacesAttach), id: "attach-place")))
                })
        )
    }

    static func gasTable(_ context: PageContext, _ version: GoalVersion) -> Node<HTML.BodyContext> {
        DataTable.scrollRegion(
            .caption(context.t(.goalGasLegend)),
            .table(
                .caption(.text(context.t(.goalGasLegend))),
                .tbody(
                    .forEach(Array(GoalAttainment.levels.reversed())) { level in
                        .tr(
                            .th(.attribute(named: "scope", value: "row"), .text(gasLabel(level, context))),
                            .td(.text(version.description(ofLevel: level))))
                    })))
    }
}
