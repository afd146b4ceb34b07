import Fluent
import RinnallaCore
import Vapor

enum APIAllowanceController {
    struct ExcludedDTO: Content {
        let day: String
        let reason: String
    }

    struct AllowanceMonthDTO: Content {
        let firstDay: String
        let lastDay: String
        let activityDays: [String]
        let excluded: [ExcludedDTO]
        let sumCents: Int
        let proposedDecisionText: String
        let decided: Bool
        let decisionID: UUID?
        let correctionIDs: [UUID]
    }

    static func list(req: Request) async throws -> [AllowanceMonthDTO] {
        let period = try await PeriodService.view(try req.id(.periodID), on: req.caller)
        return try await AllowanceService.months(ofPeriod: try period.requireID(), today: Day(req.now), on: req.db).map
        {
            month in
            AllowanceMonthDTO(
                firstDay: month.result.month.first.iso, lastDay: month.result.month.last.iso,
                activityDays: month.result.activityDays.map(\.iso),
                excluded: month.result.excluded.map { .init(day: $0.day.iso, reason: $0.reason.rawValue) },
                sumCents: month.result.totalCents, proposedDecisionText: month.proposedText,
                decided: month.decided != nil, decisionID: month.decided?.id,
                correctionIDs: month.corrections.compactMap(\.id))
        }
    }
}
