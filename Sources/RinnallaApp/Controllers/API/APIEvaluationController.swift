import Fluent
import RinnallaCore
import Vapor

enum APIEvaluationController {
    struct RatingDTO: Content {
        let goalID: UUID
        let goalVersion: Int
        let level: Int
        let note: String
    }

    struct EvaluationDTO: Content {
        let id: UUID
        let periodID: UUID
        let kind: String
        let day: String
        let ratings: [RatingDTO]
        let tScore: Double?
        let baselineTScore: Double?
        let change: Double?
        let groupParticipation: String
        let continuation: Bool?
        let continuationReasons: String
        let nextSteps: String
        let achieved: String
        let feedbackLanguage: String?
        /// Whether the client filled in the closing feedback form; null until asked.
        let feedbackGiven: Bool?
        /// How the period went in the client's own view.
        let clientView: String
        let followUpPlan: String
        let transition: String
    }

    struct RatingRequest: Content {
        let goalID: UUID
        let level: Int
        let note: String?
    }

    /// An evaluation: its kind and day are required.
    struct EvaluationRequest: Decodable {
        @RequiredChoice<EvaluationKind> var kind: String
        @RequiredDay<PlainDay> var day: String
        let ratings: [RatingRequest]?
        let groupParticipation: String?
        let continuation: Bool?
        let continuationReasons: String?
        let nextSteps: String?
        let achieved: String?
        let feedbackLanguage: String?
        let feedbackGiven: Bool?
        let clientView: String?
        let followUpPlan: String?
        let transition: String?
    }

    static func dto(_ entry: EvaluationService.Entry) throws -> EvaluationDTO {
        let evaluation = entry.evaluation
        let summary = entry.summary
        return EvaluationDTO(
            id: try evaluation.requireID(), periodID: evaluation.$period.id, kind: evaluation.kind, day: evaluation.day,
            ratings: entry.ratings.map {
                RatingDTO(goalID: $0.$goal.id, goalVersion: $0.goalVersion, level: $0.level, note: $0.note)
            }, tScore: summary?.current, baselineTScore: summary?.baseline, change: summary?.change,
            groupParticipation: evaluation.groupParticipation, continuation: evaluation.continuation,
            continuationReasons: evaluation.continuationReasons, nextSteps: evaluation.nextSteps,
            achieved: evaluation.achieved, feedbackLanguage: evaluation.feedbackLanguage,
            feedbackGiven: evaluation.feedbackGiven, clientView: evaluation.clientView,
            followUpPlan: evaluation.followUpPlan, transition: evaluation.transition)
    }

    static func list(req: Request) async throws -> [EvaluationDTO] {
        let (_, entries) = try await EvaluationService.view(ofPeriod: try req.id(.periodID), on: req.caller)
        return try entries.map(dto)
    }

    static func create(req: Request) async throws -> Response {
        try await req.requireVisiblePeriod()
        let body = try req.decodeJSON(EvaluationRequest.self)
        var input = EvaluationService.Input(
            kind: body.kind, day: body.day, groupParticipation: body.groupParticipation,
            continuation: body.continuation.map { $0 ? "yes" : "no" }, continuationReasons: body.continuationReasons,
            nextSteps: body.nextSteps, achieved: body.achieved, feedbackLanguage: body.feedbackLanguage,
            feedbackGiven: body.feedbackGiven.map { $0 ? "yes" : "no" }, clientView: body.clientView,
            followUpPlan: body.followUpPlan, transition: body.transition)
        for rating in body.ratings ?? [] {
            input.ratings[rating.goalID] = String(rating.level)
            input.notes[rating.goalID] = rating.note
        }
        let periodID = try req.id(.periodID)
        let evaluation = try await EvaluationService.create(input, periodID: periodID, on: req.caller)
        let entry = try await EvaluationService.entries(ofPeriod: periodID, on: req.db)
            .first { $0.evaluation.id == evaluation.id }
        guard let entry else { throw AppError.notFound }
        return try await dto(entry).encodeResponse(status: .created, for: req)
    }
}
