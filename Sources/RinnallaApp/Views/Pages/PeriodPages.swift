import Foundation
import Plot
import RinnallaCore

/// Starting a period (with the handbook's suitability lists) and the period's own page.
enum PeriodPages {
    static func start(
        _ context: PageContext, clientID: UUID, clientName: String, check: Suitability.Check, error: FieldError? = nil,
        before: Node<HTML.BodyContext> = .empty
    ) -> HTML {
        let acknowledgement = SuitabilityForm.name(.acknowledgement)
        return Layout.page(
            title: context.t(.periodStartTitle, ["name": clientName]), context,
            content: .div(
                .class("card"),
                .h1(.text(context.t(.periodStartTitle, ["name": clientName]))),
                before,
                Components.errorSummary(error, context),
                Components.postForm(
                    action: SiteRoute.client(clientID, .periods).href, context, id: "period-form",
                    .element(
                        named: "fieldset",
                        nodes: [
                            .element(named: "legend", nodes: [.text(context.t(.suitabilityOfferHeading))]),
                            .group(
                                Suitability.OfferIf.allCases.map { item in
                                    Components.checkbox(
                                        SuitabilityForm.name(item), label: context.t(item.key),
                                        checked: check.offer.contains(item))
                                }),
                        ]),
                    .element(
                        named: "fieldset",
                        nodes: [
                            .class("not-now"),
                            .element(named: "legend", nodes: [.text(context.t(.suitabilityNotNowHeading))]),
                            .group(
                                Suitability.NotNowIf.allCases.map { item in
                                    Components.checkbox(
                                        SuitabilityForm.name(item), label: context.t(item.key),
                                        checked: check.notNow.contains(item))
                                }),
                            .p(
                                .class("callout warning"), .id("not-now-warning"),
                                .attribute(named: "role", value: "note"),
                                .text(context.t(.suitabilityWarning))),
                        ]),
                    .div(
                        .class("field" + (error?.field == acknowledgement ? " field-error" : "")),
                        .label(
                            .attribute(named: "for", value: "field-\(acknowledgement)"),
                            .text(context.t(.suitabilityAcknowledgement))),
                        .if(
                            error?.field == acknowledgement,
                            .p(
                                .class("error-message"), .id("field-\(acknowledgement)-error"),
                                .text(error?.message ?? ""))
                        ),
                        .textarea(
                            .name(acknowledgement), .id("field-\(acknowledgement)"),
                            .attribute(named: "rows", value: "3"), .text(check.acknowledgement ?? ""))),
                    Components.submit(context.t(.periodStartSubmit), id: "start-period")
                )
            ))
    }

    struct Model {
        let id: UUID
        let clientID: UUID
        let clientName: String
        let isOpen: Bool
        let canWrite: Bool
        let phase: PeriodPhase
        let suitability: Suitability.Check?
        /// The handbook's steps, for the current phase's checklist.
        var steps: PeriodStepViews.Model?
        var sections: [Node<HTML.BodyContext>] = []
    }

    static func page(_ context: PageContext, _ model: Model) -> HTML {
        Layout.page(
            title: context.t(.periodTitle, ["name": model.clientName]), context,
            content: .group(
                PeriodNav.header(
                    context, periodID: model.id, clientID: model.clientID, clientName: model.clientName,
                    current: .overview, isOpen: model.isOpen),
                .section(
                    .class("card"), .attribute(named: "aria-labelledby", value: "phase-heading"),
                    .h2(
                        .id("phase-heading"), .text(context.t(.periodPhaseNow, ["phase": context.t(model.phase.title)]))
                    ),
                    .ol(
                        .class("phases"),
                        .forEach(PeriodPhase.allCases) { phase in
                            .li(
                                .if(phase == model.phase, .attribute(named: "aria-current", value: "step")),
                                .class(phase == model.phase ? "current" : ""),
                                .text(context.t(phase.title)))
                        }),
                    .unwrap(model.steps) { steps in
                        .group(
                            PeriodStepViews.phaseCard(context, steps, phase: model.phase, headingLevel: 3),
                            .p(.a(.href(SiteRoute.period(model.id, .steps).href), .text(context.t(.handbookAllSteps)))))
                    },
                    .if(
                        model.isOpen && model.canWrite,
                        Components.postForm(
                            action: SiteRoute.period(model.id, .phase).href, context, id: "phase-form",
                            class: "inline-form",
                            Components.select(
                                PeriodPhaseForm.name(.phase), label: context.t(.periodSetPhase),
                                options: PeriodPhase.allCases.map {
                                    ($0.rawValue, "\($0.number). \(context.t($0.title))")
                                },
                                selected: model.phase.rawValue, context),
                            Components.submit(context.t(.periodSetPhase), id: "set-phase", class: "button secondary")))
                ),
                .unwrap(model.suitability) { check in
                    .section(
                        .class("card"), .attribute(named: "aria-labelledby", value: "suitability-heading"),
                        .h2(.id("suitability-heading"), .text(context.t(.suitabilityTitle))),
                        .h3(.text(context.t(.suitabilityOfferHeading))),
                        .ul(
                            .forEach(Suitability.OfferIf.allCases.filter { check.offer.contains($0) }) {
                                .li(.text(context.t($0.key)))
                            }),
                        .if(
                            !check.notNow.isEmpty,
                            .group(
                                .h3(.text(context.t(.suitabilityNotNowHeading))),
                                .ul(
                                    .forEach(Suitability.NotNowIf.allCases.filter { check.notNow.contains($0) }) {
                                        .li(.text(context.t($0.key)))
                                    }),
                                .p(
                                    .strong(.text(context.t(.suitabilityAcknowledgement) + ": ")),
                                    .text(check.acknowledgement ?? ""))
                            ))
                    )
                },
                .group(model.sections)
            ))
    }
}
