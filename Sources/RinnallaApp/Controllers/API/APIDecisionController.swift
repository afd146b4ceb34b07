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
        /// The language the decision is written in (issue 15).
        let language: DecisionLanguage
        let amountCents: Int?
        let correctsID: UUID?
        let createdAt: Date?
    }

    /// A rehabilitation decision: its days and the numbers of meetings and group sessions
    /// are required; the text defaults to the one generated from them.
    struct DecisionRequest: Decodable {
        @RequiredDay<PlainDay> var firstDay: String
        @RequiredDay<PlainDay> var lastDay: String
        @RequiredInt<DecisionCount> var individualMeetings: Int
        @RequiredInt<DecisionCount> var groupSessions: Int
        let goals: [String]?
        @OneOf<DecisionTexts.Resolution> var resolution: String?
        let opinionHeard: Bool?
        let opinionMethod: String?
        let text: String?
        let travelTicket: Bool?
        @OneOf<Listed<TicketZones>> var zones: String?
        @OneOf<Listed<TicketDiscounts>> var discount: String?
    }

    static func dto(_ decision: Decision) throws -> DecisionDTO {
        DecisionDTO(
            id: try decision.requireID(), periodID: decision.$period.id, kind: decision.kind, number: decision.number,
            firstDay: decision.firstDay, lastDay: decision.lastDay, isContinuation: decision.isContinuation,
            resolution: decision.resolution, opinionHeard: decision.opinionHeard, opinionMethod: decision.opinionMethod,
            text: decision.text, language: decision.decisionLanguage, amountCents: decision.amountCents,
            correctsID: decision.correctsID,
            createdAt: decision.createdAt)
    }

    static func list(req: Request) async throws -> [DecisionDTO] {
        let period = try await PeriodService.view(try req.id(.periodID), on: req.caller)
        return try await DecisionService.decisions(ofPeriod: try period.requireID(), on: req.db).map(dto)
    }

    static func create(req: Request) async throws -> Response {
        try await req.requireVisiblePeriod()
        let body = try req.decodeJSON(DecisionRequest.self)
        let input = DecisionService.RehabilitationInput(
            firstDay: body.firstDay, lastDay: body.lastDay,
            individualMeetings: String(body.individualMeetings), groupSessions: String(body.groupSessions),
            goals: body.goals?.joined(separator: "\n"),
            resolution: body.resolution, opinionHeard: body.opinionHeard.map { $0 ? "true" : "false" },
            opinionMethod: body.opinionMethod, text: body.text, travelTicket: body.travelTicket ?? false,
            zones: body.zones, discount: body.discount)
        let saved = try await DecisionService.createRehabilitation(
            input, periodID: try req.id(.periodID), on: req.caller)
        return try await saved.map(dto).encodeResponse(status: .created, for: req)
    }
}

/// Meetings and group sessions a decision grants, 0–100 (`errorCountInvalid`).
enum DecisionCount: IntegerBounds {
    static var range: ClosedRange<Int> { 0...100 }
    static var refusalKey: L10nKey { .errorCountInvalid }
}

enum TicketZones: ChoiceList {
    static var values: [String] { DecisionTexts.zones }
}

enum TicketDiscounts: ChoiceList {
    static var values: [String] { DecisionTexts.discounts }
}
