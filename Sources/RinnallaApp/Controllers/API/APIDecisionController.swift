import Fluent
import RinnallaCore
import Vapor

enum APIDecisionController {
    struct DecisionDTO: Content {
        let id: UUID
        let periodID: UUID
        let kind: String
        let number: String
        let firstDay: String
        let lastDay: String
        let isContinuation: Bool
        let resolution: String
        let opinionHeard: Bool
        let opinionMethod: String
        let text: String
        let amountCents: Int?
        let correctsID: UUID?
        let createdAt: Date?
    }

    struct DecisionRequest: Content {
        @DayField var firstDay: String?
        @DayField var lastDay: String?
        let individualMeetings: Int?
        let groupSessions: Int?
        let goals: [String]?
        let resolution: String?
        let opinionHeard: Bool?
        let opinionMethod: String?
        let text: String?
        let travelTicket: Bool?
        let zones: String?
        let discount: String?
    }

    static func dto(_ decision: Decision) throws -> DecisionDTO {
        DecisionDTO(
            id: try decision.requireID(), periodID: decision.$period.id, kind: decision.kind, number: decision.number,
            firstDay: decision.firstDay, lastDay: decision.lastDay, isContinuation: decision.isContinuation,
            resolution: decision.resolution, opinionHeard: decision.opinionHeard, opinionMethod: decision.opinionMethod,
            text: decision.text, amountCents: decision.amountCents, correctsID: decision.correctsID,
            createdAt: decision.createdAt)
    }

    static func list(req: Request) async throws -> [DecisionDTO] {
        let period = try await PeriodService.view(try req.id(.periodID), on: req.caller)
        return try await DecisionService.decisions(ofPeriod: try period.requireID(), on: req.db).map(dto)
    }

    static func create(req: Request) async throws -> Response {
        let body = try req.decodeJSON(DecisionRequest.self)
        let input = DecisionService.RehabilitationInput(
            firstDay: body.firstDay, lastDay: body.lastDay,
            individualMeetings: body.individualMeetings.map(String.init),
            groupSessions: body.groupSessions.map(String.init), goals: body.goals?.joined(separator: "\n"),
            resolution: body.resolution, opinionHeard: body.opinionHeard.map { $0 ? "true" : "false" },
            opinionMethod: body.opinionMethod, text: body.text, travelTicket: body.travelTicket ?? false,
            zones: body.zones, discount: body.discount)
        let saved = try await DecisionService.createRehabilitation(
            input, periodID: try req.id(.periodID), on: req.caller)
        return try await saved.map(dto).encodeResponse(status: .created, for: req)
    }
}
