import Foundation
import Plot
import RinnallaCore

/// The logic models of issue 17, drawn as the seed draws them: five columns from the
/// operating environment to the outcomes, the core elements' content and the local
/// adaptations below. Prints on one A4 landscape page.
enum LogicModelViews {
    static func list(_ context: PageContext) -> HTML {
        Layout.page(
            title: context.t(.logicModelsTitle), context,
            content: .group(
                .h1(.text(context.t(.logicModelsTitle))),
                .p(.text(context.t(.logicModelsIntro))),
                .ul(
                    .class("logic-model-list"),
                    .forEach(OperatingModel.allCases) { model in
                        .li(
                            .a(
                                .id("logic-model-\(model.rawValue)"), .href(SiteRoute.logicModel(model).href),
                                .text(context.t(model.title))))
                    })
            ))
    }

    /// `units`: the units whose own page of the model (adaptations, self-rating) the user
    /// may open; none for a user who may open none.
    static func model(_ context: PageContext, _ model: LogicModel, units: [(id: UUID, name: String)]) -> HTML {
        let title = context.t(model.model.title)
        return Layout.page(
            title: context.t(.logicModelsModelTitle, ["model": title]), context, bodyClass: "logic-model-page",
            content: .group(
                .p(.class("no-print"), .a(.href(SiteRoute.logicModels.href), .text(context.t(.logicModelsBack)))),
                .h1(.text(context.t(.logicModelsModelTitle, ["model": title]))),
                .p(.class("hint"), .text(context.t(.logicModelsReading))),
                .if(
                    !units.isEmpty,
                    .nav(
                        .class("no-print"), .id("logic-model-units"),
                        .attribute(named: "aria-labelledby", value: "logic-model-units-heading"),
                        .h2(.id("logic-model-units-heading"), .text(context.t(.logicModelUnitUnitsHeading))),
                        .ul(
                            .forEach(units) { unit in
                                .li(
                                    .a(.href(SiteRoute.unit(unit.id, .logicModel(model.model)).href), .text(unit.name)),
                                    .text(" · "),
                                    .a(
                                        .class("evidence-link"),
                                        .href(SiteRoute.unit(unit.id, .evidence(model.model)).href),
                                        .text(context.t(.evidenceLinkShort))))
                            }))),
                .if(
                    context.language != .fi,
                    .p(.class("hint"), .id("logic-model-translation"), .text(context.t(.logicModelsTranslated)))),
                .ol(
                    .class("logic-model"), .id("logic-model"),
                    .forEach(LogicModelColumn.allCases) { column in
                        .li(
                            .class("logic-model-column"), .id("column-\(column.rawValue)"),
                            .h2(.text(context.t(column.title))),
                            .ul(.forEach(model.items(column)) { .li(.text(context.t($0.text))) }))
                    }),
                .section(
                    .class("logic-model-adaptations"),
                    .attribute(named: "aria-labelledby", value: "adaptations-heading"),
                    .h2(.id("adaptations-heading"), .text(context.t(model.adaptationTitle))),
                    .ul(.forEach(model.adaptationExamples) { .li(.text(context.t($0.text))) })),
                .section(
                    .class("logic-model-elements"), .attribute(named: "aria-labelledby", value: "elements-heading"),
                    .h2(.id("elements-heading"), .text(context.t(.logicModelsCoreElements, ["model": title]))),
                    .ol(
                        .forEach(model.coreElements) { element in
                            .li(
                                .id("element-\(element.id)"),
                                .h3(.text(context.t(element.title))),
                                .ul(.forEach(element.content) { .li(.text(context.t($0.text))) }))
                        }))
            ))
    }
}
