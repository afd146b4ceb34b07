import Foundation
import Plot
import RinnallaCore

/// A collection round's staff pages: its public link with the QR code, the printable
/// poster, the printable paper form in the official layout, and the paper entry page.
enum InclusionRoundViews {
    static func nav(_ context: PageContext, round: InclusionRound) -> Node<HTML.BodyContext> {
        let roundID = round.id ?? .pattern
        return .ul(
            .class("tool-links no-print"),
            .li(
                .a(
                    .href(SiteRoute.evaluation(round.$evaluation.id, .show).href),
                    .text("← " + context.t(.surveyBackToEvaluation)))),
            .li(.a(.href(SiteRoute.round(roundID, .show).href), .text(context.t(.surveyRoundLinkPage)))),
            .li(
                .a(
                    .href(SiteRoute.round(roundID, .poster).href), .id("round-poster-link"),
                    .text(context.t(.surveyPoster)))),
            .li(
                .a(
                    .href(SiteRoute.round(roundID, .paper).href), .id("round-paper-link"),
                    .text(context.t(.surveyPaperForm)))),
            .li(
                .a(
                    .href(SiteRoute.round(roundID, .paperEntry).href), .id("round-paper-entry-link"),
                    .text(context.t(.surveyPaperEntry)))),
            .li(
                .a(
                    .href(SiteRoute.round(roundID, .results).href), .id("round-results-link"),
                    .text(context.t(.surveyRoundResults)))))
    }

    static func page(
        _ context: PageContext, round: InclusionRound, evaluation: InclusionEvaluation, link: String,
        state: InclusionRoundState, complete: Int, incomplete: Int,
        batches: [(InclusionEntryBatch, String)]
    ) throws -> HTML {
        let title = context.t(.surveyRoundTitle, ["round": round.name, "evaluation": evaluation.name])
        let code = try QRCode(text: link)
        return Layout.page(
            title: title, context,
            content: .group(
                nav(context, round: round),
                .h1(.text(title)),
                .p(
                    .text(
                        context.t(
                            .surveyRoundSummary,
                            [
                                "days": InclusionEvaluationViews.days(round),
                                "state": context.t(InclusionLabels.state(state)), "complete": "\(complete)",
                                "incomplete": "\(incomplete)",
                            ]))),
                .h2(.text(context.t(.surveyPublicLink))),
                .p(.text(context.t(.surveyPublicLinkIntro))),
                .p(.class("qr-poster-link"), .a(.href(link), .id("round-public-link"), .text(link))),
                .div(
                    .class("qr-poster-code"), .id("round-qr"),
                    .raw(code.svg(title: context.t(.qrposterCodeTitle, ["link": link]), id: "round-qr-code"))),
                InclusionEvaluationViews.notPerPersonNote(context),
                .h2(.text(context.t(.surveyBatchesTitle))),
                .if(
                    batches.isEmpty, .p(.id("no-batches"), .text(context.t(.surveyBatchesNone))),
                    else: .table(
                        .class("data-table"), .id("batches"),
                        .thead(
                            .tr(
                                .columnHeader(context.t(.surveyBatchWhen)),
                                .columnHeader(context.t(.surveyBatchWho)),
                                .columnHeader(context.t(.surveyBatchSource)),
                                .columnHeader(context.t(.surveyBatchCount)))),
                        .tbody(
                            .forEach(batches) { batch, name in
                                .tr(
                                    .td(.text(context.dateTime(batch.enteredAt))), .td(.text(name)),
                                    .td(
                                        .text(
                                            context.t(
                                                InclusionLabels.source(
                                                    InclusionResponseSource(rawValue: batch.source) ?? .paper)))),
                                    .td(.text("\(batch.responseCount)")))
                            })))
            ))
    }

    static func poster(_ context: PageContext, round: InclusionRound, evaluation: InclusionEvaluation, link: String)
        throws -> HTML
    {
        Layout.page(
            title: context.t(.surveyPoster), context, bodyClass: "flyer-page",
            content: .group(
                nav(context, round: round),
                .div(
                    .class("flyer"), .id("round-poster"),
                    .p(.class("lead"), .text(context.t(.surveyPosterInvitation, ["name": evaluation.activityName]))),
                    .p(.text(context.t(.surveyPosterDays, ["days": InclusionEvaluationViews.days(round)]))),
                    .p(.text(context.t(.surveyPosterAnonymous))),
                    try QRPoster.node(
                        link: link, heading: context.t(.surveyPosterHeading), id: "round-qr-poster", context))))
    }

    /// The paper form: the official layout of Kuva 2 — the main question, the guiding
    /// sentence, a table of the ten statements against the five options with a box to
    /// tick — then Rinnalla's optional background questions and the pairing-code boxes.
    /// Always in Finnish (the original); printed from the browser.
    static func paper(_ context: PageContext, round: InclusionRound, evaluation: InclusionEvaluation) -> HTML {
        let wording = InclusionIndicator.finnish
        let fi = Language.fi
        let t = { (key: L10nKey) in Localizer.shared.text(key, fi) }
        return Layout.page(
            title: context.t(.surveyPaperForm), context, bodyClass: "paper-form-page",
            content: .group(
                nav(context, round: round),
                .p(.class("hint no-print"), .text(context.t(.surveyPaperPrintHint))),
                .article(
                    .class("paper-form"), .id("paper-form"), .attribute(named: "lang", value: "fi"),
                    .h1(.text(t(.surveyFormTitle))),
                    .p(.class("paper-round"), .text("\(evaluation.activityName) – \(round.name)")),
                    .p(.class("esis-question"), .strong(.text(wording.question))),
                    .p(.class("esis-guiding"), .text(wording.guidingSentence)),
                    .table(
                        .class("esis-paper"),
                        .thead(
                            .tr(
                                .td(.class("esis-corner")),
                                .forEach(wording.options) { option in
                                    .th(.attribute(named: "scope", value: "col"), .text(option))
                                })),
                        .tbody(
                            .forEach(wording.statements) { statement in
                                .tr(
                                    .th(.attribute(named: "scope", value: "row"), .text(statement)),
                                    .forEach(wording.options) { _ in
                                        .td(
                                            .class("esis-box"),
                                            // A box to tick on paper; the row and column headers name it.
                                            .span(.class("box"), .attribute(named: "aria-hidden", value: "true")))
                                    })
                            })),
                    .p(.class("esis-copyright"), .text(InclusionIndicator.copyright)),
                    .h2(.text(t(.surveyBackgroundTitle))),
                    .p(.text(t(.surveyBackgroundIntro))),
                    .forEach(InclusionBackgroundQuestion.allCases) { question in
                        .div(
                            .class("paper-background"),
                            .p(.strong(.text(t(InclusionLabels.question(question))))),
                            .ul(
                                .class("paper-choices"),
                                .forEach(question.answers) { answer in
                                    .li(.span(.class("box")), .text(" " + t(InclusionLabels.answer(question, answer))))
                                }))
                    },
                    .h2(.text(t(.surveyPairingTitle))),
                    .p(.text(t(.surveyPairingHowTo))),
                    .div(
                        .class("code-boxes"),
                        .forEach(Array(0..<8)) { _ in .span(.class("code-box")) })
                )))
    }
}
