import Plot
import RinnallaCore
import Vapor

/// The evaluation report (issue 6): one printable page combining the ESIS results, the
/// Small success stories and the 24-question self-evaluation. For those who manage the
/// evaluation: the story section quotes interviews (without pseudonyms).
enum InclusionReportController {
    static func show(req: Request) async throws -> Response {
        let evaluation = try await InclusionAccess.evaluation(try req.id(.evaluationID), .manage, on: req.caller)
        let context = PageContext(req)
        let summary = try await InclusionResultsService.evaluationSummary(try evaluation.requireID(), on: req.caller)
        let esis = InclusionResultsViews.reportSection(context, summary: summary)
        let stories = try await InclusionStoryViews.reportSection(context: context, evaluation: evaluation, on: req)
        let questions = try await AuxiliaryQuestionViews.reportSection(
            context: context, evaluation: evaluation, on: req)
        return InclusionReportViews.page(
            context, evaluation: evaluation, esis: esis, stories: stories, questions: questions, today: Day(req.now)
        ).response()
    }
}

enum InclusionReportViews {
    static func page(
        _ context: PageContext, evaluation: InclusionEvaluation, esis: Node<HTML.BodyContext>,
        stories: Node<HTML.BodyContext>, questions: Node<HTML.BodyContext>, today: Day
    ) -> HTML {
        let id = evaluation.id ?? .pattern
        return Layout.page(
            title: "\(context.t(.inclusionPartsReport)) – \(evaluation.name)", context, bodyClass: "print-report",
            content: .article(
                .id("evaluation-report"),
                .p(.class("no-print"), .a(.href(SiteRoute.evaluation(id, .show).href), .text("← " + evaluation.name))),
                .h1(.text(evaluation.name)),
                .p(
                    .text(
                        context.t(
                            .inclusionReportIntro,
                            [
                                "activity":
                                    "\(context.t(InclusionLabels.activity(evaluation.kind))): \(evaluation.activityName)",
                                "day": today.finnish,
                            ]))),
                .if(!evaluation.aims.isEmpty, .p(.strong(.text(context.t(.fieldAims) + ": ")), .text(evaluation.aims))),
                .p(
                    .class("no-print"),
                    .button(
                        .type(.button), .id("print-report"), .attribute(named: "data-print", value: "print"),
                        .text(context.t(.inclusionReportPrint)))),
                esis, stories, questions))
    }
}
