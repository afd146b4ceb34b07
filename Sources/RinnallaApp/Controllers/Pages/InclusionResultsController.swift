import Fluent
import Foundation
import RinnallaCore
import Vapor

/// ESIS results pages, their CSV files and the CSV import (issue 6). Access first
/// (`InclusionAccess`: another unit's round is 404), then the input.
enum InclusionResultsController {
    static func canManage(_ req: Request, unitID: UUID) throws -> Bool {
        InclusionAccess.allows(try req.requireUser(), .manage, inUnit: unitID)
    }

    static func round(req: Request) async throws -> Response {
        let report = try await InclusionResultsService.roundReport(try req.id(.roundID), on: req.caller)
        return InclusionResultsViews.roundPage(
            PageContext(req), report: report, canManage: try canManage(req, unitID: report.round.$unit.id)
        ).response()
    }

    static func comparison(req: Request) async throws -> Response {
        let evaluationID = try req.id(.evaluationID)
        let asked = InclusionResultsQuery(query: req)
        let (first, second) = (asked.first, asked.second)
        return try await rerenderOn422 {
            let report = try await InclusionResultsService.comparison(
                evaluationID, first: first, second: second, on: req.caller)
            let evaluation: InclusionEvaluation
            let rounds: [InclusionRound]
            if let report {
                (evaluation, rounds) = (report.evaluation, report.rounds)
            } else {
                evaluation = try await InclusionAccess.evaluation(evaluationID, .viewResults, on: req.caller)
                rounds = try await InclusionEvaluationService.rounds(of: evaluationID, on: req.db)
            }
            return InclusionResultsViews.comparisonPage(
                PageContext(req), evaluation: evaluation, rounds: rounds, report: report,
                canManage: try canManage(req, unitID: evaluation.$unit.id)
            ).response()
        } render: { error in
            let evaluation = try await InclusionAccess.evaluation(evaluationID, .viewResults, on: req.caller)
            let context = PageContext(req)
            return InclusionResultsViews.comparisonPage(
                context, evaluation: evaluation,
                rounds: try await InclusionEvaluationService.rounds(of: evaluationID, on: req.db),
                report: nil, canManage: try canManage(req, unitID: evaluation.$unit.id),
                error: AdminController.fieldError(error, context)
            ).response(.unprocessableEntity)
        }
    }

    static func format(_ req: Request) -> InclusionCSV.Format { InclusionResultsQuery(query: req).csvFormat }

    static func slug(_ text: String) -> String {
        let allowed = text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
        return String(allowed).split(separator: "-").joined(separator: "-")
    }

    static func roundResultsExport(req: Request) async throws -> Response {
        let roundID = try req.id(.roundID)
        _ = try await InclusionAccess.round(roundID, .manage, on: req.caller)
        let report = try await InclusionResultsService.roundReport(roundID, action: .export, on: req.caller)
        let text = InclusionCSV.roundResults(report, format: format(req), language: req.language)
        return InclusionCSV.download(text, filename: "esis-tulokset-\(slug(report.round.name)).csv")
    }

    static func comparisonExport(req: Request) async throws -> Response {
        let evaluationID = try req.id(.evaluationID)
        _ = try await InclusionAccess.evaluation(evaluationID, .manage, on: req.caller)
        let asked = InclusionResultsQuery(query: req)
        guard
            let report = try await InclusionResultsService.comparison(
                evaluationID, first: asked.first, second: asked.second, action: .export, on: req.caller)
        else { throw AppError.notFound }
        let text = InclusionCSV.comparison(report, format: format(req), language: req.language)
        return InclusionCSV.download(text, filename: "esis-vertailu-\(slug(report.evaluation.name)).csv")
    }

    // No per-respondent export (security review, issue 13, item 8): one row per respondent
    // with gender, age group, labour status and pairing hash is microdata that no role here
    // may hold (evaluators are promised aggregates only). The results and comparison files
    // above are protected for small cells; the import still reads the columns of
    // `InclusionCSV.responseColumns`.

    // MARK: Import

    /// The import form: a CSV file (or its text pasted), and its options.
    struct Upload: PageForm {
        var file: File?
        /// The file's text pasted instead (API-like tools and tests).
        var csv: String?
        var validOnly: String?
        var selfCompleted: String?
        var note: String?

        enum CodingKeys: String, CodingKey {
            case file, csv, validOnly, selfCompleted, note
        }

        var text: String {
            if let file, file.data.readableBytes > 0 { return String(buffer: file.data) }
            return csv ?? ""
        }
    }

    static func importForm(req: Request) async throws -> Response {
        let round = try await InclusionAccess.round(try req.id(.roundID), .manage, on: req.caller)
        guard let evaluation = try await InclusionEvaluation.find(round.$evaluation.id, on: req.db) else {
            throw AppError.notFound
        }
        return InclusionImportViews.page(PageContext(req), round: round, evaluation: evaluation).response()
    }

    static func importUpload(req: Request) async throws -> Response {
        let round = try await InclusionAccess.round(try req.id(.roundID), .manage, on: req.caller)
        guard let evaluation = try await InclusionEvaluation.find(round.$evaluation.id, on: req.db) else {
            throw AppError.notFound
        }
        let upload = Upload(from: req)
        let validOnly = upload.validOnly == "on"
        let selfCompleted = upload.selfCompleted == "on"
        let note = String((upload.note ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(500))
        let context = PageContext(req)
        do {
            let outcome = try await InclusionImport.run(
                try round.requireID(), text: upload.text, validOnly: validOnly, selfCompleted: selfCompleted,
                note: note, maxRows: req.application.rinnallaConfig.inclusionImportMaxRows, on: req.caller)
            return InclusionImportViews.page(context, round: round, evaluation: evaluation, outcome: outcome)
                .response()
        } catch let refused as InclusionImport.Refused {
            return InclusionImportViews.page(
                context, round: round, evaluation: evaluation, problems: refused.problems, validOnly: validOnly,
                selfCompleted: selfCompleted, note: note
            ).response(.unprocessableEntity)
        }
    }
}
