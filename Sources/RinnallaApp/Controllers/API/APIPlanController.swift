import Fluent
import OpenAPIKit
import RinnallaCore
import Vapor

/// The planning documents as JSON: the latest version of each, and saving a new one.
enum APIPlanController {
    struct PlanDTO: Content {
        let needMapping: NeedMappingDTO?
        let implementationPlan: ImplementationPlan?
        let agreement: AgreementDTO?
    }

    struct NeedMappingDTO: Content {
        let currentServices: String
        let earlierServices: String
        let whatHelped: String
        let healthCare: String
        let kela: String
        let employmentServices: String
        let thkHeld: Bool
        let thkDay: String?
        let thkSummary: String
    }

    struct AgreementDTO: Content {
        let startDay: String?
        let meetingTimes: String
        let initialGoals: [String]
        let otherAgreements: String
    }

    static func dto(_ current: PeriodDocumentService.Current) -> PlanDTO {
        PlanDTO(
            needMapping: current.needMapping.map {
                NeedMappingDTO(
                    currentServices: $0.currentServices, earlierServices: $0.earlierServices, whatHelped: $0.whatHelped,
                    healthCare: $0.healthCare, kela: $0.kela, employmentServices: $0.employmentServices,
                    thkHeld: $0.thkHeld, thkDay: $0.thkDay?.iso, thkSummary: $0.thkSummary)
            }, implementationPlan: current.plan,
            agreement: current.agreement.map {
                AgreementDTO(
                    startDay: $0.startDay?.iso, meetingTimes: $0.meetingTimes, initialGoals: $0.initialGoals,
                    otherAgreements: $0.otherAgreements)
            })
    }

    static func get(req: Request) async throws -> PlanDTO {
        let (_, current) = try await PeriodDocumentService.view(ofPeriod: try req.id(.periodID), on: req.caller)
        return dto(current)
    }

    /// JSON values become the same text fields the forms send, so both share one validation.
    static func fields(_ object: [String: JSONField]) -> [String: String] {
        object.mapValues(\.text)
    }

    enum JSONField: Decodable {
        case text(String)
        case number(Int)
        case flag(Bool)
        case list([String])
        case null

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .null
            } else if let value = try? container.decode(Bool.self) {
                self = .flag(value)
            } else if let value = try? container.decode(Int.self) {
                self = .number(value)
            } else if let value = try? container.decode([String].self) {
                self = .list(value)
            } else {
                self = .text(try container.decode(String.self))
            }
        }

        var text: String {
            switch self {
            case .text(let value): value
            case .number(let value): String(value)
            case .flag(let value): value ? "on" : ""
            case .list(let value): value.joined(separator: "\n")
            case .null: ""
            }
        }
    }

    static func save(req: Request) async throws -> PlanDTO {
        let periodID = try req.id(.periodID)
        guard let kind = req.text(.kind).flatMap(PeriodDocumentKind.init(rawValue:)) else {
            throw AppError.notFound
        }
        var fields = fields(try req.decodeJSON([String: JSONField].self))
        if kind == .agreement, let goals = fields.removeValue(forKey: "initialGoals") {
            let list = goals.split(separator: "\n").map(String.init)
            guard list.count <= Agreement.maximumGoals else {
                throw AppError.invalid(.agreementErrorTooManyGoals, field: "initialGoals")
            }
            for (index, goal) in list.enumerated() { fields["goal\(index + 1)"] = goal }
        }
        switch kind {
        case .needMapping: try await PeriodDocumentService.saveNeedMapping(fields, periodID: periodID, on: req.caller)
        case .implementationPlan: try await PeriodDocumentService.savePlan(fields, periodID: periodID, on: req.caller)
        case .agreement: try await PeriodDocumentService.saveAgreement(fields, periodID: periodID, on: req.caller)
        }
        return dto(try await PeriodDocumentService.current(ofPeriod: periodID, on: req.db))
    }
}

extension APIPlanController.JSONField: APISchemaDescribing {
    static var apiSchema: JSONSchema {
        .one(of: [
            .string, SchemaRecorder.Walker.integer(Int64.min, Int64.max), .boolean, .array(items: .string), .null(),
        ])
    }
    static var apiSample: Self { .null }
}

extension APIPlanController {
    /// The document's fields as the forms name them; each kind's service checks its own.
    static var bodySchema: JSONSchema { SchemaRecorder.schema(for: [String: JSONField].self) }
}
