import Fluent
import Plot
import RinnallaCore
import Vapor

/// Need mapping, implementation plan and agreement of a period.
enum PlanController {
    static func show(req: Request) async throws -> Response {
        let (period, current) = try await PeriodDocumentService.view(ofPeriod: try req.id(.periodID), on: req.caller)
        var model = PlanViews.Model(header: try await GoalController.header(req, period), current: current)
        // A new agreement starts from the period's main goals (at most three) and decision start.
        if current.agreement == nil {
            let goals = try await GoalService.entries(ofPeriod: period.requireID(), on: req.db)
                .filter { $0.level == .main }.prefix(Agreement.maximumGoals)
            var form = AgreementForm()
            for (key, goal) in zip(AgreementField.goals, goals) { form[key] = goal.current.text }
            if let first = try await DecisionService.grantedRanges(period.requireID(), on: req.db).map(\.first).min() {
                form[.startDay] = first.finnish
            }
            if !form.values.isEmpty { model.agreementForm = form }
        }
        return PlanViews.page(PageContext(req, notice: Notice.from(req)), model, error: nil).response()
    }

    static func save(req: Request) async throws -> Response {
        let periodID = try req.id(.periodID)
        guard let kind = req.text(.kind).flatMap(PeriodDocumentKind.init(rawValue:)) else {
            throw AppError.notFound
        }
        // Only the refused document's form shows the input; the others show what is saved.
        let save: () async throws -> Void
        let refused: (inout PlanViews.Model) -> Void
        switch kind {
        case .needMapping:
            let form = NeedMappingForm(from: req)
            save = { try await PeriodDocumentService.saveNeedMapping(form, periodID: periodID, on: req.caller) }
            refused = { $0.needMappingForm = form }
        case .implementationPlan:
            let form = ImplementationPlanForm(from: req)
            save = { try await PeriodDocumentService.savePlan(form, periodID: periodID, on: req.caller) }
            refused = { $0.planForm = form }
        case .agreement:
            let form = AgreementForm(from: req)
            save = { try await PeriodDocumentService.saveAgreement(form, periodID: periodID, on: req.caller) }
            refused = { $0.agreementForm = form }
        }
        return try await rerenderOn422 {
            try await save()
            return req.redirect(to: .period(periodID, .plan), notice: .documentSaved, fragment: "\(kind.rawValue)")
        } render: { error in
            let period = try await PeriodService.find(periodID, for: try req.requireUser(), on: req.db)
            let current = try await PeriodDocumentService.current(ofPeriod: periodID, on: req.db)
            var model = PlanViews.Model(header: try await GoalController.header(req, period), current: current)
            refused(&model)
            model.failedForm = kind
            let context = PageContext(req)
            return PlanViews.page(context, model, error: AdminController.fieldError(error, context))
                .response(.unprocessableEntity)
        }
    }

    /// The agreement in the client's language (Finnish or Swedish; otherwise the worker's).
    static func printAgreement(req: Request) async throws -> Response {
        let periodID = try req.id(.periodID)
        let period = try await PeriodService.find(periodID, for: try req.requireUser(), on: req.db)
        let current = try await PeriodDocumentService.current(ofPeriod: periodID, on: req.db)
        guard let agreement = current.agreement else { throw AppError.notFound }
        try await AuditLog.append(
            .print, unitID: period.$unit.id, clientID: period.$client.id, recordType: "agreement",
            recordID: periodID.uuidString, on: req)
        let context = PageContext(req)
        let language = ProgressController.clientLanguage(period.client, fallback: context.language)
        return PlanViews.agreementPrint(
            context, clientName: period.client.name, agreement: agreement, language: language
        )
        .response()
    }
}
