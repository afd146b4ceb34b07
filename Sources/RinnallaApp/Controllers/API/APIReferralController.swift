import Fluent
import OpenAPIKit
import RinnallaCore
import Vapor

/// `/api/v1/referrals`: referrals and escorts and their follow-up, with the same rules
/// and messages as the pages. A referral from a contact carries no identity.
enum APIReferralController {
    struct ReferralDTO: Content {
        let id: UUID
        let clientMadeID: UUID?
        let unitID: UUID
        let servicePathID: UUID
        let servicePathName: String?
        let clientID: UUID?
        let contactID: UUID?
        let method: String
        let day: String
        let madeBy: UUID
        let outcome: String
        let outcomeDay: String?
        let outcomeNote: String?
        let followedUpBy: UUID?
    }

    /// A referral: the service, the method and the day are required; either `clientID` or
    /// `contactID` names who was referred (the service checks which).
    struct ReferralRequest: Decodable {
        @RequiredID<ServicePathChoice> var servicePathID: String
        var clientID: String?
        var contactID: String?
        @RequiredChoice<ReferralMethod> var method: String
        @RequiredDay<PlainDay> var day: String
        var clientMadeID: String?

        enum CodingKeys: String, CodingKey {
            case servicePathID, clientID, contactID, method, day, clientMadeID
            /// Accepted as another spelling of `clientMadeID`.
            case clientMadeIDSnake = "client_made_id"
        }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            _servicePathID = try c.decode(RequiredID<ServicePathChoice>.self, forKey: .servicePathID)
            clientID = try c.decodeIfPresent(String.self, forKey: .clientID)
            contactID = try c.decodeIfPresent(String.self, forKey: .contactID)
            _method = try c.decode(RequiredChoice<ReferralMethod>.self, forKey: .method)
            _day = try c.decode(RequiredDay<PlainDay>.self, forKey: .day)
            clientMadeID =
                try c.decodeIfPresent(String.self, forKey: .clientMadeID)
                ?? c.decodeIfPresent(String.self, forKey: .clientMadeIDSnake)
        }
    }

    /// `day` (default today) and `note` are reported as `outcomeDay` and `outcomeNote`,
    /// as the service names them.
    struct FollowUpRequest: Decodable {
        @RequiredChoice<FollowUpOutcome> var outcome: String
        @DayFieldOf<OutcomeDay> var day: String?
        @BoundedText<OutcomeNote> var note: String?
    }

    static func dto(_ referral: Referral) throws -> ReferralDTO {
        ReferralDTO(
            id: try referral.requireID(), clientMadeID: referral.clientMadeID, unitID: referral.$unit.id,
            servicePathID: referral.$servicePath.id, servicePathName: referral.$servicePath.value?.name,
            clientID: referral.$client.id, contactID: referral.$contact.id, method: referral.method,
            day: referral.day, madeBy: referral.$madeBy.id, outcome: referral.outcome,
            outcomeDay: referral.outcomeDay, outcomeNote: referral.outcomeNote,
            followedUpBy: referral.$followedUpBy.id)
    }

    static func uuid(_ text: String?, field: String) throws -> UUID? {
        guard let text = InputRules.trimmed(text) else { return nil }
        guard let id = UUID(uuidString: text) else { throw AppError.invalid(.errorChoiceInvalid, field: field) }
        return id
    }

    /// `?clientID=&contactID=&unitID=&outcome=`: referrals of the user's units, newest
    /// first (at most 500). Reading a client's referrals is audited.
    static func list(req: Request) async throws -> [ReferralDTO] {
        let user = try req.requireUser()
        let filter = try req.decodeQuery(ReferralQuery.self)
        var units = user.clientDataUnitIDs
        if let unitID = filter.unitID {
            guard units.contains(unitID) else { throw AppError.notFound }
            units = [unitID]
        }
        var query = Referral.query(on: req.db).filter(\.$unit.$id ~~ units).with(\.$servicePath)
        if let clientID = filter.clientID {
            _ = try await ClientService.find(clientID, for: user, on: req.db)
            query = query.filter(\.$client.$id == clientID)
        }
        if let contactID = filter.contactID {
            _ = try await ReferralService.contact(contactID, for: user, on: req.db)
            query = query.filter(\.$contact.$id == contactID)
        }
        if let outcome = filter.outcome {
            query = query.filter(\.$outcome == outcome.rawValue)
        }
        guard !units.isEmpty else { return [] }
        let referrals = try await query.sort(\.$day, .descending).sort(\.$createdAt, .descending).limit(500).all()
        try await AuditLog.append(
            .view,
            rows: referrals.filter { $0.$client.id != nil }.map { referral in
                .init(
                    unitID: referral.$unit.id, clientID: referral.$client.id, recordType: "referral-list",
                    recordID: referral.id?.uuidString, detail: "api")
            }, on: req)
        return try referrals.map(dto)
    }

    static func get(req: Request) async throws -> ReferralDTO {
        try dto(try await ReferralService.view(try req.id(.referralID), on: req.caller))
    }

    /// 201 with the new referral; 200 with the stored one when the `clientMadeID` was
    /// seen before.
    static func create(req: Request) async throws -> Response {
        let body = try req.decodeJSON(ReferralRequest.self)
        let subject = try await ReferralService.writableSubject(
            clientID: try uuid(body.clientID, field: "clientID"),
            contactID: try uuid(body.contactID, field: "contactID"),
            on: req.caller)
        let key = try uuid(body.clientMadeID, field: "clientMadeID")
        let (referral, created) = try await ReferralService.create(
            subject,
            .init(servicePathID: body.servicePathID, method: body.method, day: body.day, clientMadeID: key),
            on: req.caller)
        let stored = try await ReferralService.find(try referral.requireID(), for: try req.requireUser(), on: req.db)
        return try await dto(stored).encodeResponse(status: created ? .created : .ok, for: req)
    }

    static func followUp(req: Request) async throws -> ReferralDTO {
        let id = try req.id(.referralID)
        _ = try await ReferralService.find(id, for: try req.requireUser(), on: req.db)
        let body = try req.decodeJSON(FollowUpRequest.self)
        _ = try await ReferralService.followUp(
            id, .init(outcome: body.outcome, day: body.day, note: body.note), on: req.caller)
        return try dto(try await ReferralService.find(id, for: try req.requireUser(), on: req.db))
    }
}

/// A service of the directory: unknown is `servicePathErrorUnknown`.
enum ServicePathChoice: IDRule {
    static var refusalKey: L10nKey { .servicePathErrorUnknown }
}

/// The answers a follow-up records: every `ReferralOutcome` but "not followed up yet".
struct FollowUpOutcome: APIStringEnum {
    let rawValue: String

    init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
    private init(rawValue: String) { self.rawValue = rawValue }

    static var refusalKey: L10nKey { .referralErrorOutcome }
    static var apiSchema: JSONSchema {
        .string(
            allowedValues: ReferralOutcome.allCases.filter { $0 != .notFollowedUp }.map { AnyCodable($0.rawValue) })
    }
    static var apiSample: Self { .init(rawValue: ReferralOutcome.reached.rawValue) }
}

enum OutcomeDay: DayRule {
    static func refusal(field: String) -> AppError { .invalid(.errorDateInvalid, field: FollowUpForm.name(.day)) }
}

enum OutcomeNote: TextRule {
    static var maximumLength: Int { ReferralRules.maximumNoteLength }
    static var field: String? { FollowUpForm.name(.note) }
}
