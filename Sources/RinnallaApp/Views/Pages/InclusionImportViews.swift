import Foundation
import Plot
import RinnallaCore

/// `/rounds/:roundID/import`: the CSV upload form, the list of problems of a refused file
/// and the outcome of an import.
enum InclusionImportViews {
    typealias Form = InclusionResultsController.Upload
    /// At most this many problems are listed; the rest are counted.
    static let listedProblems = 200

    static func problemText(_ problem: InclusionImport.Problem, _ context: PageContext) -> String {
        context.t(problem.key, problem.arguments)
    }

    static func page(
        _ context: PageContext, round: InclusionRound, evaluation: InclusionEvaluation,
        problems: [InclusionImport.Problem] = [], outcome: InclusionImport.Outcome? = nil, validOnly: Bool = false,
        selfCompleted: Bool = true, note: String = ""
    ) -> HTML {
        let roundID = round.id ?? .pattern
        let title = context.t(.inclusionimportTitle, ["round": round.name])
        return Layout.page(
            title: "\(title) – \(evaluation.name)", context,
            content: .article(
                .class("document"), .id("inclusion-import"),
                .p(
                    .class("breadcrumbs"),
                    .a(.href(SiteRoute.evaluation(evaluation.id ?? .pattern, .show).href), .text(evaluation.name)),
                    .text(" › "),
                    .a(
                        .href(SiteRoute.round(roundID, .results).href),
                        .text(context.t(.inclusionresultsRoundTitle, ["round": round.name])))),
                .h1(.text(title)),
                .unwrap(outcome) { outcomeNotice($0, context, roundID: roundID) },
                .if(!problems.isEmpty, refused(problems, context)),
                .p(.text(context.t(.inclusionimportIntro))),
                .p(
                    .class("hint"),
                    .text(
                        context.t(
                            .inclusionimportColumns, ["columns": InclusionCSV.responseColumns.joined(separator: ", ")]))
                ),
                .p(.class("hint"), .text(context.t(.inclusionimportRules))),
                .form(
                    .method(.post), .action(SiteRoute.round(roundID, .importFile).href), .id("import-form"),
                    .attribute(named: "enctype", value: "multipart/form-data"),
                    Components.csrfField(context),
                    .div(
                        .class("field"),
                        .label(
                            .attribute(named: "for", value: "field-\(Form.name(.file))"),
                            .text(context.t(.inclusionimportFile))),
                        .input(
                            .type(.file), .name(Form.name(.file)), .id("field-\(Form.name(.file))"),
                            .attribute(named: "accept", value: ".csv,text/csv"))),
                    Components.checkbox(
                        Form.name(.validOnly), label: context.t(.inclusionimportValidOnly), checked: validOnly),
                    Components.checkbox(
                        Form.name(.selfCompleted), label: context.t(.inclusionimportSelfCompleted),
                        checked: selfCompleted),
                    Components.field(Form.name(.note), label: context.t(.inclusionimportNote), value: note, context),
                    Components.submit(context.t(.inclusionimportSubmit), id: "import-submit")
                )
            ))
    }

    static func outcomeNotice(_ outcome: InclusionImport.Outcome, _ context: PageContext, roundID: UUID) -> Node<
        HTML.BodyContext
    > {
        .div(
            .class("notice"), .attribute(named: "role", value: "status"), .id("import-outcome"),
            .p(
                .text(
                    context.t(
                        .inclusionimportDone,
                        ["count": String(outcome.imported), "incomplete": String(outcome.incomplete)]))),
            .if(
                !outcome.skipped.isEmpty,
                .group(
                    .p(
                        .text(
                            context.t(.inclusionimportSkipped, ["count": String(Set(outcome.skipped.map(\.row)).count)])
                        )),
                    problemTable(outcome.skipped, context, id: "import-skipped"))),
            .p(.a(.href(SiteRoute.round(roundID, .results).href), .text(context.t(.inclusionimportSeeResults))))
        )
    }

    static func refused(_ problems: [InclusionImport.Problem], _ context: PageContext) -> Node<HTML.BodyContext> {
        .div(
            .class("error-summary"), .attribute(named: "role", value: "alert"),
            .attribute(named: "tabindex", value: "-1"),
            .id("error-summary"),
            .h2(.text(context.t(.inclusionimportRefused))),
            .p(.text(context.t(.inclusionimportRefusedExplanation, ["count": String(problems.count)]))),
            problemTable(problems, context, id: "import-problems"))
    }

    static func problemTable(_ problems: [InclusionImport.Problem], _ context: PageContext, id: String)
        -> Node<HTML.BodyContext>
    {
        .group(
            .table(
                .class("data-table"), .id(id),
                .caption(.text(context.t(.inclusionimportProblems))),
                .thead(
                    .tr(
                        .columnHeader(context.t(.inclusionimportRow)), .columnHeader(context.t(.inclusionimportColumn)),
                        .columnHeader(context.t(.inclusionimportProblem)))),
                .tbody(
                    .forEach(problems.prefix(listedProblems)) { problem in
                        .tr(
                            .td(.text(String(problem.row))), .td(.text(problem.column.isEmpty ? "–" : problem.column)),
                            .td(.text(problemText(problem, context))))
                    })),
            .if(
                problems.count > listedProblems,
                .p(.text(context.t(.inclusionimportMoreProblems, ["count": String(problems.count - listedProblems)]))))
        )
    }
}
