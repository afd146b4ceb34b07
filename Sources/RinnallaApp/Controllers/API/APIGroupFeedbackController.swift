import Fluent
import RinnallaCore
import Vapor

/// `/api/v1/groups/{id}/feedback` and `/api/v1/groups/{id}/report`: the same figures as the
/// pages, with the same small-cell protection, audited the same way.
enum APIGroupFeedbackController {
    /// A protected count: `value` when shown, `fewerThan` for 1 … threshold − 1, `hidden`
    /// when withheld so a small count elsewhere cannot be worked out.
    struct CountDTO: Content {
        var value: Int?
        var fewerThan: Int?
        var hidden: Bool?

        init(_ count: ProtectedCount) {
            switch count {
            case .shown(let number): value = number
            case .fewerThan(let threshold): fewerThan = threshold
            case .hidden: hidden = true
            }
        }
    }

    struct RatingDTO: Content {
        /// 1–5, or null for responses without a rating.
        let rating: Int?
        let count: CountDTO
    }

    struct GroupFeedbackDTO: Content {
        let groupID: UUID
        let threshold: Int
        let responses: CountDTO
        /// Empty while there are fewer responses than the threshold.
        let distribution: [RatingDTO]
        let distributionTotal: CountDTO?
        let mean: Double?
        let good: [String]
        let change: [String]
    }

    struct SessionDTO: Content {
        let day: String
        let present: Int?
        let enrolled: Int
        let attendanceRate: Double?
        let walkIns: Int?
        let attendanceRecorded: Bool
    }

    struct GroupReportDTO: Content {
        let groupID: UUID
        let sessionsHeld: Int
        let participants: Int
        let walkIns: Int
        let attendanceRate: Double?
        let sessions: [SessionDTO]
        let feedback: GroupFeedbackDTO
    }

    static func dto(_ groupID: UUID, _ results: GroupFeedbackService.Results, texts: Bool) -> GroupFeedbackDTO {
        let summary = results.summary
        let ratings: [Int?] = GroupFeedback.ratings.map { $0 } + [nil]
        return GroupFeedbackDTO(
            groupID: groupID, threshold: summary.threshold, responses: CountDTO(summary.responses),
            distribution: summary.distribution.map { list in
                zip(ratings, list.cells).map { RatingDTO(rating: $0, count: CountDTO($1)) }
            } ?? [],
            distributionTotal: summary.distribution.map { CountDTO($0.total) }, mean: summary.mean.value,
            good: texts ? results.good : [], change: texts ? results.change : [])
    }

    static func feedback(req: Request) async throws -> GroupFeedbackDTO {
        let (group, results) = try await GroupFeedbackService.view(try req.id(.groupID), on: req.caller)
        return dto(try group.requireID(), results, texts: true)
    }

    static func report(req: Request) async throws -> GroupReportDTO {
        let (group, report) = try await GroupReportService.view(try req.id(.groupID), on: req.caller)
        let groupID = try group.requireID()
        return GroupReportDTO(
            groupID: groupID, sessionsHeld: report.sessions.count, participants: report.participants,
            walkIns: report.walkIns, attendanceRate: report.overallRate,
            sessions: report.sessions.map { session in
                SessionDTO(
                    day: session.day.iso, present: session.recorded ? session.present : nil, enrolled: session.enrolled,
                    attendanceRate: session.rate, walkIns: session.recorded ? session.walkIns : nil,
                    attendanceRecorded: session.recorded)
            }, feedback: dto(groupID, report.feedback, texts: false))
    }
}
