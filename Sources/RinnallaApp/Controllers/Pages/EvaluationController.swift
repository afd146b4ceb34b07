import Fluent
import Plot
import RinnallaCore
import Vapor

enum EvaluationController {
    static func list(req: Request) async throws -> Response {
        let (period, entries) = try await EvaluationService.view(ofPeriod: try req.id(.periodID), on: req.caller)
        var form = EvaluationViews.Form()
        form.day = Day(req.now).finnish
        if EvaluationForm(query: req).kind == EvaluationKind.final.rawValue {
            form.kind = EvaluationKind.final.rawValue
        }
        return try await render(req, period: period, evaluations: entries, form: form)
    }

    static func render(
        _ req: Request, period: RehabilitationPeriod, evaluations: [EvaluationService.Entry],
        form: EvaluationViews.Form, error: AppError? = nil, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let periodID = try period.requireID()
        let goals = try await GoalService.entries(ofPeriod: periodID, on: req.db)
        // Group meetings recorded as meetings, and attended sessions of the groups.
        let groupMeetings =
            try await Meeting.query(on: req.db).filter(\.$period.$id == periodID)
            .filter(\.$type == "group").filter(\.$status == "realised").count()
            + (try await GroupAttendanceRecord.query(on: req.db).filter(\.$period.$id == periodID)
                .filter(\.$status == AttendanceStatus.present.rawValue).count())
        let due =
            period.isOpen
            ? try await EvaluationService.interimDue(ofPeriod: periodID, today: Day(req.now), on: req.db) : nil
        let context = PageContext(req, notice: Notice.from(req))
        // Closing (the final form, or a closed period): the start self-assessment against the
        // end one (handbook: "Näkyykö muutos siellä?"). Read, and audited, only when shown.
        var closingComparisons: [SelfAssessmentService.Comparison] = []
        var endSelfAssessmentMissing = false
        if form.shownKind == .final || !period.isOpen {
            let records = try await SelfAssessmentService.assessments(ofPeriod: periodID, on: req.db)
            let stages = Set(records.compactMap { SelfAssessmentStage(rawValue: $0.stage) })
            endSelfAssessmentMissing = stages.contains(.start) && !stages.contains(.end)
            closingComparisons = try await SelfAssessmentService.comparisons(
                records.filter {
                    $0.stage == SelfAssessmentStage.start.rawValue || $0.stage == SelfAssessmentStage.end.rawValue
                },
                on: req.db
            ).filter {
                $0.start.stage == SelfAssessmentStage.start.rawValue
                    && $0.later.stage == SelfAssessmentStage.end.rawValue
            }
            if !records.isEmpty {
                try await AuditLog.append(
                    .view, unitID: period.$unit.id, clientID: period.$client.id, recordType: "self-assessments",
                    recordID: periodID.uuidString, detail: "closing-comparison", on: req)
            }
        }
        let model = EvaluationViews.Model(
            header: try await GoalController.header(req, period), evaluations: evaluations, goals: goals,
            groupMeetingsRealised: groupMeetings, interimDue: due, closingComparisons: closingComparisons,
            endSelfAssessmentMissing: endSelfAssessmentMissing, unitID: period.$unit.id)
        return EvaluationViews.page(
            context, model, form: form, error: error.map { AdminController.fieldError($0, context) }
        ).response(status)
    }

    static func create(req: Request) async throws -> Response {
        let periodID = try req.id(.periodID)
        let input = EvaluationForm(from: req)
        return try await rerenderOn422 {
            let evaluation = try await EvaluationService.create(input, periodID: periodID, on: req.caller)
            if evaluation.evaluationKind == .final {
                return req.redirect(to: .period(periodID, .progress), notice: .periodClosed)
            }
            // A continuation decision follows from the interim evaluation, on the period page.
            let anchor = evaluation.continuation == true ? "decisions" : nil
            return req.redirect(to: .period(periodID, .show), notice: .evaluationSaved, fragment: anchor)
        } render: { error in
            let period = try await PeriodService.find(periodID, for: try req.requireUser(), on: req.db)
            let entries = try await EvaluationService.entries(ofPeriod: periodID, on: req.db)
            return try await render(
                req, period: period, evaluations: entries, form: input, error: error,
                status: .unprocessableEntity)
        }
    }
}
