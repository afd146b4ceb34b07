import Fluent
import RinnallaCore
import Vapor

/// `/api/v1/observations` and `/api/v1/reports/social`: the same rules, messages,
/// protection and audit as the pages.
enum APIObservationController {
    struct ObservationDTO: Content {
        let id: UUID
        let unitID: UUID
        let day: String
        let text: String
        let tags: [String]
        let areaID: UUID?
        let areaName: String?
        let inReport: Bool
        let recordedByMe: Bool
    }

    /// `day` is ISO (yyyy-MM-dd) or d.M.yyyy; absent means today. `tags` is a list or a
    /// comma-separated string.
    struct ObservationRequest: Decodable {
        var unitID: String?
        @RequiredText<ObservationText> var text: String
        var tags: [String]?
        var areaID: String?
        @DayFieldOf<ObservationDay> var day: String?
    }

    static func dto(_ observation: Observation, userID: UUID) throws -> ObservationDTO {
        ObservationDTO(
            id: try observation.requireID(), unitID: observation.$unit.id, day: observation.day, text: observation.text,
            tags: observation.tags.map(\.tag).sorted(), areaID: observation.$area.id,
            areaName: observation.$area.value??.name, inReport: observation.inReport,
            recordedByMe: observation.$recordedBy.id == userID)
    }

    static func input(_ body: ObservationRequest) -> ObservationService.Input {
        ObservationService.Input(
            unitID: body.unitID, text: body.text, tags: body.tags?.joined(separator: ","), areaID: body.areaID,
            day: body.day)
    }

    /// `?unit=&tag=&area=&from=&to=`; a value that does not parse is refused with the
    /// parameter named.
    static func list(req: Request) async throws -> [ObservationDTO] {
        let user = try req.requireUser()
        let query = try req.decodeQuery(ObservationQuery.self)
        let unitID = try ObservationService.unit(query.unit?.uuidString, of: user)
        let filter = ObservationService.Filter(
            unitID: unitID, tag: query.tag, areaID: query.area, from: query.from?.day, to: query.to?.day)
        return try await ObservationService.list(filter, on: req.caller).map { try dto($0, userID: user.id) }
    }

    static func get(req: Request) async throws -> ObservationDTO {
        let user = try req.requireUser()
        let observation = try await ObservationService.find(try req.id(.observationID), on: req.caller)
        try await AuditLog.append(
            .view, unitID: observation.$unit.id, recordType: "observation",
            recordID: try observation.requireID().uuidString, on: req)
        return try dto(observation, userID: user.id)
    }

    static func create(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let body = try req.decodeJSON(ObservationRequest.self)
        let observation = try await ObservationService.create(input(body), on: req.caller)
        return try await dto(observation, userID: user.id).encodeResponse(status: .created, for: req)
    }

    /// Replaces the observation's text, tags, area and day (author only).
    static func update(req: Request) async throws -> ObservationDTO {
        let user = try req.requireUser()
        let id = try req.id(.observationID)
        _ = try await ObservationService.find(id, on: req.caller)
        let body = try req.decodeJSON(ObservationRequest.self)
        return try dto(try await ObservationService.update(id, input(body), on: req.caller), userID: user.id)
    }

    static func delete(req: Request) async throws -> HTTPStatus {
        try await ObservationService.delete(try req.id(.observationID), on: req.caller)
        return .noContent
    }

    // MARK: The social report

    struct SocialReportDTO: Content {
        struct Row: Content {
            let key: String
            let label: String
            let count: APIGroupFeedbackController.CountDTO
        }
        struct TableDTO: Content {
            let rows: [String]
            let columns: [String]
            let cells: [[APIGroupFeedbackController.CountDTO]]
            let rowTotals: [APIGroupFeedbackController.CountDTO]
            let columnTotals: [APIGroupFeedbackController.CountDTO]
            let total: APIGroupFeedbackController.CountDTO
        }
        struct ObservationItem: Content {
            let day: String
            let text: String
            let tags: [String]
            let areaName: String?
        }
        let unitID: UUID
        let unitName: String
        let from: String
        let to: String
        let areaID: UUID?
        let threshold: Int
        let contacts: APIGroupFeedbackController.CountDTO
        let byChannel: [Row]
        let byTopic: [Row]
        let byArea: [Row]
        let byMonthAndChannel: TableDTO
        let referralsByMethod: TableDTO
        let referralsByServiceKind: TableDTO
        let observations: [ObservationItem]
    }

    static func table(_ rows: [String], _ columns: [String], _ table: ProtectedTable) -> SocialReportDTO.TableDTO {
        typealias Count = APIGroupFeedbackController.CountDTO
        return .init(
            rows: rows, columns: columns, cells: table.cells.map { $0.map(Count.init) },
            rowTotals: table.rowTotals.map(Count.init), columnTotals: table.columnTotals.map(Count.init),
            total: Count(table.total))
    }

    static func report(req: Request) async throws -> SocialReportDTO {
        typealias Count = APIGroupFeedbackController.CountDTO
        let input = try req.decodeQuery(SocialReportQuery.self)
        let query = try await SocialReportService.query(
            unit: input.unit?.uuidString, from: input.from, to: input.to, area: input.area?.uuidString,
            user: try req.requireUser(), today: Day(req.now), on: req.db)
        let report = try await SocialReportService.view(query, on: req.caller)
        let channels = ContactChannel.allCases
        let outcomes = ReferralOutcome.allCases.map(\.rawValue)
        return SocialReportDTO(
            unitID: query.unitID, unitName: report.unitName, from: query.from.iso, to: query.to.iso,
            areaID: query.areaID, threshold: report.threshold, contacts: Count(report.channelByMonth.total),
            byChannel: zip(channels, report.channelByMonth.columnTotals).map {
                .init(key: $0.rawValue, label: req.t($0.l10nKey), count: Count($1))
            },
            byTopic: zip(ContactTopic.allCases, report.byTopic.cells).map {
                .init(key: $0.rawValue, label: req.t($0.l10nKey), count: Count($1))
            },
            byArea: zip(report.areas, report.byArea.cells).map {
                .init(
                    key: $0.id?.uuidString ?? "none", label: $0.id == nil ? req.t(.socialreportNoArea) : $0.name,
                    count: Count($1))
            },
            byMonthAndChannel: table(report.months, channels.map(\.rawValue), report.channelByMonth),
            referralsByMethod: table(ReferralMethod.allCases.map(\.rawValue), outcomes, report.referralsByMethod),
            referralsByServiceKind: table(
                ServicePathKind.allCases.map(\.rawValue), outcomes, report.referralsByKind),
            observations: report.observations.map {
                .init(
                    day: $0.day, text: $0.text, tags: $0.tags.map(\.tag).sorted(), areaName: $0.area?.name)
            })
    }
}

/// An observation's text, reported as `observationText` as the service names it.
enum ObservationText: TextRule {
    static var maximumLength: Int { ObservationRules.maximumTextLength }
    static var field: String? { ObservationForm.name(.text) }
}

enum ObservationDay: DayRule {
    static func refusal(field: String) -> AppError { .invalid(.errorDateInvalid, field: ObservationForm.name(.day)) }
}
