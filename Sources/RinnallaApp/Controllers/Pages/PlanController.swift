import Fluent
import Plot
import RinnallaCore
import Vapor

/// Need mapping, implementation plan and agreement of a period.
enum PlanController {
    static let needMappingFields = [
        "currentServices", "earlierServices", "whatHelped", "healthCare", "kela", "employmentServices", "thkHeld",
        "thkDay", "thkSummary",
    ]
    static let planFields = ["content", "methods", "individualMeetings", "groupSessions"]
    static let agreementFields = ["startDay", "meetingTimes", "goal1", "goal2", "goal3", "otherAgreements"]

    static func fields(_ names: [String], from req: Request) -> [String: String] {
        var fields: [String: String] = [:]
        for name in names { fields[name] = req.field(name) ?? "" }
        return fields
    }

    static func show(req: Request) async throws -> Response {
        let (period, current) = try await PeriodDocumentService.view(ofPeriod: try req.id(.periodID), on: req.caller)
        var model = PlanViews.Model(header: try await GoalController.header(req, period), current: current)
        // A new agreement starts from the period's main goals (at most three) and decision start.
        if current.agreement == nil {
            let goals = try await GoalService.entries(ofPeriod: period.requireID(), on: req.db)
                .filter { $0.level == .main }.prefix(Agreement.maximumGoals)
            for (index, goal) in goals.enumerated() { model.fields["goal\(index + 1)"] = goal.current.text }
            if let first = try await DecisionService.grantedRanges(period.requireID(), on: req.db).map(\.first).min() {
                model.fields["startDay"] = first.finnish
            }
        }
        return PlanViews.page(PageContext(req, notice: Notice.from(req)), model, error: nil).response()
    }

    static func save(req: Request) async throws -> Response {
        let periodID = try req.id(.periodID)
        guard let kind = req.text(.kind).flatMap(PeriodDocumentKind.init(rawValue:)) else {
            throw AppError.notFound
        }
        let names: [String]
        switch kind {
        case .needMapping: names = needMappingFields
        case .implementationPlan: names = planFields
        case .agreement: names = agreementFields
        }
        let fields = fields(names, from: req)
        return try await rerenderOn422 {
            switch kind {
            case .needMapping:
                try await PeriodDocumentService.saveNeedMapping(fields, periodID: periodID, on: req.caller)
            case .implementationPlan:
                try await PeriodDocumentService.savePlan(fields, periodID: periodID, on: req.caller)
            case .agreement: try await PeriodDocumentService.saveAgreement(fields, periodID: periodID, on: req.caller)
            }
            return req.redirect(to: .period(periodID, .plan), notice: .documentSaved, fragment: "\(kind.rawValue)")
        } render: { error in
            let period = try await PeriodService.find(periodID, for: try req.requireUser(), on: req.db)
            let current = try await PeriodDocumentService.current(ofPeriod: periodID, on: req.db)
            var model = PlanViews.Model(header: try await GoalController.header(req, period), current: current)
            model.fields = fields
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
