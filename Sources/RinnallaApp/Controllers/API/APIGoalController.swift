import Fluent
import RinnallaCore
import Vapor

enum APIGoalController {
    struct VersionDTO: Content {
        let version: Int
        let text: String
        let smart: [String]
        let expected: String
        let muchLess: String
        let less: String
        let more: String
        let muchMore: String
        let weight: Int
        let baseline: Int
        let reason: String
        let createdAt: Date?
    }

    struct GoalDTO: Content {
        let id: UUID
        let periodID: UUID
        let parentID: UUID?
        let level: String
        let reachedOn: String?
        let current: VersionDTO
        let versions: [VersionDTO]
        /// Places in the service map suggested for the goal.
        let placeIDs: [UUID]
    }

    /// A new goal: its level and a first version (`GoalRevisionRequest`'s fields, in the
    /// same object); a sub-goal or everyday change names its parent.
    struct NewGoalRequest: Decodable {
        @RequiredChoice<GoalLevel> var level: String
        let parentID: UUID?
        let version: GoalRevisionRequest

        enum CodingKeys: String, CodingKey { case level, parentID }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            _level = try c.decode(RequiredChoice<GoalLevel>.self, forKey: .level)
            parentID = try c.decodeIfPresent(UUID.self, forKey: .parentID)
            version = try GoalRevisionRequest(from: decoder)
        }
    }

    /// A version of a goal: the text is required; the level and parent stay.
    struct GoalRevisionRequest: Decodable {
        @RequiredText<GoalText> var text: String
        let smart: [String]?
        @BoundedText<GoalText> var expected: String?
        @BoundedText<GoalText> var muchLess: String?
        @BoundedText<GoalText> var less: String?
        @BoundedText<GoalText> var more: String?
        @BoundedText<GoalText> var muchMore: String?
        let weight: BoundedInt<GoalWeight>?
        let baseline: BoundedInt<GoalBaseline>?
        @BoundedText<GoalText> var reason: String?
    }

    static func dto(_ entry: GoalService.Entry, placeIDs: [UUID] = []) throws -> GoalDTO {
        let versions = entry.versions.map { version in
            VersionDTO(
                version: version.version, text: version.text,
                smart: SMARTCriterion.allCases.filter(version.smartCriteria.contains).map(\.rawValue),
                expected: version.expected, muchLess: version.muchLess, less: version.less, more: version.more,
                muchMore: version.muchMore, weight: version.weight, baseline: version.baseline, reason: version.reason,
                createdAt: version.createdAt)
        }
        return GoalDTO(
            id: try entry.goal.requireID(), periodID: entry.goal.$period.id, parentID: entry.goal.$parent.id,
            level: entry.goal.level, reachedOn: entry.goal.reachedOn, current: versions[versions.count - 1],
            versions: versions, placeIDs: placeIDs)
    }

    static func input(_ body: NewGoalRequest) -> GoalService.Input {
        var result = input(body.version)
        result.level = body.level
        result.parentID = body.parentID?.uuidString
        return result
    }

    static func input(_ body: GoalRevisionRequest) -> GoalService.Input {
        GoalService.Input(
            level: nil, parentID: nil, text: body.text,
            smart: Set((body.smart ?? []).compactMap(SMARTCriterion.init(rawValue:))), expected: body.expected,
            muchLess: body.muchLess, less: body.less, more: body.more, muchMore: body.muchMore,
            weight: body.weight.map { String($0.value) }, baseline: body.baseline.map { String($0.value) },
            reason: body.reason)
    }

    static func list(req: Request) async throws -> [GoalDTO] {
        let (_, entries) = try await GoalService.view(ofPeriod: try req.id(.periodID), on: req.caller)
        let places = try await GoalPlaceService.places(ofGoals: entries.compactMap(\.goal.id), on: req.db)
        return try entries.map { entry in
            try dto(entry, placeIDs: entry.goal.id.flatMap { places[$0] }?.compactMap(\.id) ?? [])
        }
    }

    /// The goal as the API shows it, with its suggested places.
    static func goalDTO(_ goal: Goal, on req: Request) async throws -> GoalDTO {
        let goalID = try goal.requireID()
        let places = try await GoalPlaceService.places(ofGoals: [goalID], on: req.db)[goalID] ?? []
        return try dto(try await entry(goal, on: req), placeIDs: places.compactMap(\.id))
    }

    static func entry(_ goal: Goal, on req: Request) async throws -> GoalService.Entry {
        let entries = try await GoalService.entries(ofPeriod: goal.$period.id, on: req.db)
        guard let entry = entries.first(where: { $0.goal.id == goal.id }) else { throw AppError.notFound }
        return entry
    }

    static func create(req: Request) async throws -> Response {
        try await req.requireVisiblePeriod()
        let body = try req.decodeJSON(NewGoalRequest.self)
        let goal = try await GoalService.create(input(body), periodID: try req.id(.periodID), on: req.caller)
        return try await dto(try await entry(goal, on: req)).encodeResponse(status: .created, for: req)
    }

    static func get(req: Request) async throws -> GoalDTO {
        let goal = try await GoalService.find(try req.id(.goalID), on: req.caller)
        try await AuditLog.append(
            .view, unitID: goal.$unit.id, clientID: goal.$client.id, recordType: "goal", recordID: goal.id?.uuidString,
            on: req)
        return try await goalDTO(goal, on: req)
    }

    /// A revision: a new version of the goal's wording and GAS levels.
    static func revise(req: Request) async throws -> Response {
        // Another unit's goal is 404 before its body is read.
        _ = try await GoalService.find(try req.id(.goalID), on: req.caller)
        let body = try req.decodeJSON(GoalRevisionRequest.self)
        let goal = try await GoalService.revise(try req.id(.goalID), input(body), on: req.caller)
        return try await goalDTO(goal, on: req).encodeResponse(status: .created, for: req)
    }
}

/// A goal's texts: the service's limit; `text` is required, the GAS levels only for the
/// levels rated with GAS (the service checks that against the level).
enum GoalText: TextRule {
    static var maximumLength: Int { GoalService.maximumTextLength }
}

/// A goal's weight, 1–3.
enum GoalWeight: IntegerBounds {
    static var range: ClosedRange<Int> { 1...3 }
    static var refusalKey: L10nKey { .errorChoiceInvalid }
}

/// A goal's baseline on the GAS scale.
enum GoalBaseline: IntegerBounds {
    static var range: ClosedRange<Int> { GoalProgress.baselineLevels }
    static var refusalKey: L10nKey { .errorChoiceInvalid }
}
