import Foundation
import Plot
import RinnallaCore

/// A unit's page of an operating model (issue 17): the core elements with the unit's
/// self-rating for the year shown and the year before, the unit's local adaptations, and
/// for the unit's team lead the forms that record them.
enum LogicModelUnitViews {
    struct Page: Sendable {
        var unitID: UUID
        var unitName: String
        var model: LogicModel
        var year: Int
        var years: ClosedRange<Int>
        var access: LogicModelAdaptationService.Access
        var ratings: [LogicModelAdaptationService.Rating]
        var previousRatings: [LogicModelAdaptationService.Rating]
        var adaptations: [LogicModelAdaptationService.Adaptation]
        var today: Day
    }

    /// The forms as sent back after a refusal, with the refusal; otherwise blank.
    struct Forms: Sendable {
        var year: Int
        var adaptation: LocalAdaptationForm?
        var adaptationError: AppError?
        var ratings: CoreElementRatingsForm?
        var ratingsError: AppError?

        init(year: Int) { self.year = year }
    }

    static func title(_ context: PageContext, unitName: String, model: OperatingModel) -> String {
        context.t(.logicModelUnitTitle, ["unit": unitName, "model": context.t(model.title)])
    }

    /// A refusal's message; an `element` argument (an element's id) shows as its title.
    static func fieldError(_ error: AppError, _ context: PageContext, model: LogicModel) -> FieldError {
        var arguments = error.arguments
        if let id = arguments["element"], let element = model.coreElements.first(where: { $0.id == id }) {
            arguments["element"] = "\(element.number). \(context.t(element.title))"
        }
        return FieldError(field: error.field, message: context.t(error.key, arguments))
    }

    static func page(_ context: PageContext, _ page: Page, forms: Forms) -> HTML {
        let model = page.model
        let title = title(context, unitName: page.unitName, model: model.model)
        let canEdit = page.access == .edit
        let ratingsError = forms.ratingsError.map { fieldError($0, context, model: model) }
        let adaptationError = forms.adaptationError.map { fieldError($0, context, model: model) }
        return Layout.page(
            title: title, context,
            content: .group(
                .p(
                    .class("no-print"),
                    .a(
                        .href(SiteRoute.logicModel(model.model).href),
                        .text(context.t(.logicModelUnitBack, ["model": context.t(model.model.title)]))),
                    .text(" · "),
                    .a(
                        .id("logic-model-unit-evidence"),
                        .href(SiteRoute.unit(page.unitID, .evidence(model.model)).href),
                        .text(context.t(.evidenceUnitsHeading)))),
                .h1(.text(title)),
                .p(.class("lead"), .text(context.t(.logicModelUnitIntro))),
                .if(
                    !canEdit,
                    .p(.class("hint"), .id("logic-model-unit-read-only"), .text(context.t(.logicModelUnitReadOnly)))),
                Components.errorSummary(ratingsError ?? adaptationError, context),
                yearForm(context, page),
                ratingsSection(context, page, forms: forms, error: ratingsError),
                adaptationsSection(context, page, forms: forms, error: adaptationError)
            ))
    }

    // MARK: The year

    private static func yearForm(_ context: PageContext, _ page: Page) -> Node<HTML.BodyContext> {
        .form(
            .method(.get), .action(SiteRoute.unit(page.unitID, .logicModel(page.model.model)).href),
            .class("search-form no-print"), .id("year-form"),
            Components.select(
                LogicModelUnitQuery.CodingKeys.year.stringValue, label: context.t(.logicModelUnitYear),
                options: page.years.reversed().map { (String($0), String($0)) }, selected: String(page.year),
                context),
            Components.submit(context.t(.logicModelUnitShowYear), id: "show-year", class: "button secondary"))
    }

    // MARK: The self-rating

    private static func ratingText(_ rating: LogicModelAdaptationService.Rating?, _ context: PageContext)
        -> Node<HTML.BodyContext>
    {
        guard let rating else { return .span(.class("hint"), .text(context.t(.logicModelUnitNotRated))) }
        return .group(
            .strong(.class("rating rating-\(rating.rating.rawValue)"), .text(context.t(rating.rating.l10nKey))),
            .unwrap(rating.reason) { .p(.class("rating-reason"), .text($0)) })
    }

    private static func ratingsSection(_ context: PageContext, _ page: Page, forms: Forms, error: FieldError?)
        -> Node<HTML.BodyContext>
    {
        let current = Dictionary(page.ratings.map { ($0.elementID, $0) }, uniquingKeysWith: { a, _ in a })
        let previous = Dictionary(page.previousRatings.map { ($0.elementID, $0) }, uniquingKeysWith: { a, _ in a })
        let year = String(page.year)
        let before = String(page.year - 1)
        return .section(
            .id("ratings"), .attribute(named: "aria-labelledby", value: "ratings-heading"),
            .h2(.id("ratings-heading"), .text(context.t(.logicModelUnitRatingsHeading, ["year": year]))),
            DataTable.render(
                page.model.coreElements,
                columns: [context.t(.logicModelUnitElement), year, before],
                name: .caption(context.t(.logicModelUnitRatingsCaption, ["year": year, "previous": before])),
                id: "ratings-table"
            ) { element in
                .tr(
                    .id("rating-\(element.id)"),
                    .th(
                        .attribute(named: "scope", value: "row"),
                        .text("\(element.number). \(context.t(element.title))")),
                    .td(.class("rating-current"), ratingText(current[element.id], context)),
                    .td(.class("rating-previous"), ratingText(previous[element.id], context)))
            },
            .if(page.access == .edit, ratingForm(context, page, current: current, forms: forms, error: error)))
    }

    private static func ratingForm(
        _ context: PageContext, _ page: Page, current: [String: LogicModelAdaptationService.Rating], forms: Forms,
        error: FieldError?
    ) -> Node<HTML.BodyContext> {
        let sent = forms.ratings
        let options = CoreElementRating.allCases.map { ($0.rawValue, context.t($0.l10nKey)) }
        return .div(
            .class("card"),
            .h3(.id("rate-heading"), .text(context.t(.logicModelUnitRateHeading, ["year": String(page.year)]))),
            .p(.class("hint"), .id("rate-hint"), .text(context.t(.logicModelUnitRateHint))),
            Components.postForm(
                action: SiteRoute.unit(page.unitID, .logicModelRatings(page.model.model)).href, context,
                id: "ratings-form",
                .input(.type(.hidden), .name(CoreElementRatingsForm.yearField), .value(String(page.year))),
                .forEach(page.model.coreElements) { element in
                    let ratingName = CoreElementRatingsForm.ratingField(element.id)
                    let reasonName = CoreElementRatingsForm.reasonField(element.id)
                    let selected =
                        sent.map { $0.ratings[element.id] ?? "" } ?? current[element.id]?.rating.rawValue ?? ""
                    let reason = sent.map { $0.reasons[element.id] ?? "" } ?? current[element.id]?.reason ?? ""
                    return .div(
                        .class("rating-element"),
                        EvaluationViews.radios(
                            ratingName,
                            legend: context.t(
                                .logicModelUnitRatingLegend,
                                ["number": String(element.number), "element": context.t(element.title)]),
                            options: options, selected: selected, error: error),
                        textarea(
                            reasonName,
                            label:
                                "\(context.t(.logicModelUnitReason)): \(element.number). \(context.t(element.title))",
                            value: reason, rows: 2, error: error))
                },
                Components.submit(context.t(.logicModelUnitSaveRatings), id: "save-ratings")))
    }

    /// A labelled multi-line field whose error is tied to it (`aria-describedby`), since
    /// several sit in one form.
    static func textarea(_ name: String, label: String, value: String, rows: Int, error: FieldError?)
        -> Node<HTML.FormContext>
    {
        let id = "field-\(name)"
        let hasError = error?.field == name
        return .div(
            .class(hasError ? "field field-error" : "field"),
            .label(.attribute(named: "for", value: id), .text(label)),
            .if(hasError, .p(.class("error-message"), .id("\(id)-error"), .text(error?.message ?? ""))),
            .textarea(
                .name(name), .id(id), .attribute(named: "rows", value: String(rows)),
                .attribute(named: "aria-describedby", value: hasError ? "\(id)-error" : nil),
                .attribute(named: "aria-invalid", value: hasError ? "true" : nil),
                .text(value)))
    }

    // MARK: The adaptations

    private static func adaptationsSection(_ context: PageContext, _ page: Page, forms: Forms, error: FieldError?)
        -> Node<HTML.BodyContext>
    {
        let model = page.model
        let route = SiteRoute.unit(page.unitID, .logicModelAdaptations(model.model))
        let form = forms.adaptation ?? LocalAdaptationForm(text: nil, day: page.today.finnish)
        return .section(
            .id("adaptations"), .attribute(named: "aria-labelledby", value: "adaptations-heading"),
            .h2(.id("adaptations-heading"), .text(context.t(.logicModelUnitAdaptationsHeading))),
            DataTable.unlessEmpty(page.adaptations, empty: context.t(.logicModelUnitAdaptationsNone)) {
                .ul(
                    .class("adaptation-list"), .id("adaptation-list"),
                    .forEach(page.adaptations) { adaptation in
                        .li(
                            .id("adaptation-\(adaptation.id)"),
                            .p(
                                .strong(.text(adaptation.day.finnish)),
                                .text(" – " + context.t(.logicModelUnitRecordedBy, ["name": adaptation.recordedByName]))
                            ),
                            .p(.class("adaptation-text"), .text(adaptation.text)),
                            .if(
                                page.access == .edit,
                                .p(
                                    .class("no-print"),
                                    .a(
                                        .href(
                                            SiteRoute.unit(
                                                page.unitID, .logicModelAdaptation(model.model, adaptation.id, .edit)
                                            ).href),
                                        .attribute(
                                            named: "aria-label",
                                            value: context.t(
                                                .logicModelUnitEditLabel, ["day": adaptation.day.finnish])),
                                        .text(context.t(.logicModelUnitEdit))))))
                    })
            },
            .p(
                .class("hint"),
                .text(
                    context.t(.logicModelUnitExamples) + ": "
                        + model.adaptationExamples.map { context.t($0.text) }.joined(separator: "; "))),
            .if(
                page.access == .edit,
                .div(
                    .class("card"),
                    .h3(.id("add-adaptation-heading"), .text(context.t(.logicModelUnitAddHeading))),
                    Components.postForm(
                        action: route.href, context, id: "adaptation-form",
                        adaptationFields(context, form: form, error: error),
                        Components.submit(context.t(.logicModelUnitAdd), id: "add-adaptation")))))
    }

    private static func adaptationFields(_ context: PageContext, form: LocalAdaptationForm, error: FieldError?)
        -> Node<HTML.FormContext>
    {
        .group(
            Components.textarea(
                LocalAdaptationForm.name(.text), label: context.t(.logicModelUnitText), value: form.text ?? "",
                rows: 3, hint: context.t(.logicModelUnitTextHint), error: error, context),
            Components.field(
                LocalAdaptationForm.name(.day), label: context.t(.logicModelUnitDay), value: form.day ?? "",
                required: true, autocomplete: "off", hint: "p.k.vvvv", error: error, context))
    }

    // MARK: Editing an adaptation

    static func editPage(
        _ context: PageContext, unitID: UUID, unitName: String, model: OperatingModel, id: UUID,
        form: LocalAdaptationForm, error: AppError?
    ) -> HTML {
        let problem = error.map { Self.fieldError($0, context, model: LogicModels.model(model)) }
        let title = context.t(.logicModelUnitEditTitle)
        return Layout.page(
            title: title, context,
            content: .div(
                .class("card"),
                .p(
                    .a(
                        .href(SiteRoute.unit(unitID, .logicModel(model)).href(fragment: "adaptation-\(id)")),
                        .text("← " + self.title(context, unitName: unitName, model: model)))),
                .h1(.text(title)),
                Components.errorSummary(problem, context),
                Components.postForm(
                    action: SiteRoute.unit(unitID, .logicModelAdaptation(model, id, .show)).href, context,
                    id: "adaptation-form",
                    adaptationFields(context, form: form, error: problem),
                    Components.submit(context.t(.logicModelUnitSave), id: "save-adaptation")),
                Components.postForm(
                    action: SiteRoute.unit(unitID, .logicModelAdaptation(model, id, .delete)).href, context,
                    id: "delete-adaptation-form",
                    Components.submit(
                        context.t(.logicModelUnitDelete), id: "delete-adaptation", class: "button secondary"))
            ))
    }
}
