import Fluent
import RinnallaCore
import Vapor

/// `/api/v1/contacts`: the same rules and messages as the form. `clientMadeID` is the
/// idempotency key: the same id sent twice stores one contact and answers it (200).
enum APIContactController {
    struct ContactDTO: Content {
        let id: UUID
        let clientMadeID: UUID
        let unitID: UUID
        let day: String
        let channel: String
        let areaID: UUID?
        let ageGroup: String
        let gender: String?
        let language: String
        let topics: [String]
        let supports: [String]
        let durationMinutes: Int?
        let followUpAgreed: Bool
        let followUpDay: String?
        let nicknameID: UUID?
        let nickname: String?
        /// Set only once the person consented to linking the contact to a client record.
        let clientID: UUID?
        let createdAt: Date?
    }

    struct ContactRequest: Decodable {
        var clientMadeID: String?
        var unitID: String?
        @DayFieldOf<ContactDay> var day: String?
        @RequiredChoice<ContactChannel> var channel: String
        var areaID: String?
        @OneOf<PerceivedAgeGroup> var ageGroup: String?
        @OneOf<PerceivedGender> var gender: String?
        var language: String?
        @ListOf<ContactTopic> var topics: [String]?
        @ListOf<ContactSupport> var supports: [String]?
        @RequiredInt<ContactDuration> var durationMinutes: Int
        var followUpAgreed: Bool?
        @DayFieldOf<ContactDay> var followUpDay: String?
        var nickname: String?
    }

    static func dto(_ contact: Contact) throws -> ContactDTO {
        let topicOrder = ContactTopic.allCases.map(\.rawValue)
        let supportOrder = ContactSupport.allCases.map(\.rawValue)
        return ContactDTO(
            id: try contact.requireID(), clientMadeID: contact.clientMadeID, unitID: contact.$unit.id, day: contact.day,
            channel: contact.channel, areaID: contact.$area.id, ageGroup: contact.ageGroup, gender: contact.gender,
            language: contact.language,
            topics: contact.topics.map(\.topic).sorted {
                (topicOrder.firstIndex(of: $0) ?? 99) < (topicOrder.firstIndex(of: $1) ?? 99)
            },
            supports: contact.supports.map(\.support).sorted {
                (supportOrder.firstIndex(of: $0) ?? 99) < (supportOrder.firstIndex(of: $1) ?? 99)
            },
            durationMinutes: contact.durationMinutes, followUpAgreed: contact.followUpAgreed,
            followUpDay: contact.followUpDay, nicknameID: contact.$nickname.id,
            nickname: contact.$nickname.value??.nickname, clientID: contact.$client.id, createdAt: contact.createdAt)
    }

    static func create(req: Request) async throws -> Response {
        let body = try req.decodeJSON(ContactRequest.self)
        let input = ContactService.Input(
            unitID: body.unitID, clientMadeID: body.clientMadeID, areaID: body.areaID,
            draft: ContactRules.Draft(
                day: body.day, channel: body.channel, ageGroup: body.ageGroup, gender: body.gender,
                language: body.language, topics: body.topics ?? [], supports: body.supports ?? [],
                durationMinutes: String(body.durationMinutes), followUpAgreed: body.followUpAgreed ?? false,
                followUpDay: body.followUpDay, nickname: body.nickname))
        let (contact, created) = try await ContactService.create(input, on: req.caller)
        return try await dto(contact).encodeResponse(status: created ? .created : .ok, for: req)
    }

    static func get(req: Request) async throws -> ContactDTO {
        try dto(try await ContactService.view(try req.id(.contactID), on: req.caller))
    }

    /// `?unitID=&from=&to=&channel=&topic=&nickname=&limit=`; a value not in the lists is
    /// refused with the parameter named.
    static func list(req: Request) async throws -> [ContactDTO] {
        let user = try req.requireUser()
        let units = ContactService.readingUnits(user)
        guard let first = units.first else { throw AppError.forbidden }
        let query = try req.decodeQuery(ContactQuery.self)
        var unitID = first.id
        if let id = query.unitID {
            guard units.contains(where: { $0.id == id }) else { throw AppError.notFound }
            unitID = id
        }
        var filter = ContactService.Filter(
            unitID: unitID, from: query.from?.day, to: query.to?.day, channel: query.channel, topic: query.topic,
            nickname: query.nickname)
        if let limit = query.limit { filter.limit = limit.value }
        return try await ContactService.list(filter, on: req.caller).map(dto)
    }
}

/// A contact's days, refused as `ContactRules` refuses them.
enum ContactDay: DayRule {
    static func refusal(field: String) -> AppError {
        .invalid(.contactErrorDay, field: field, arguments: ["field": field])
    }
}

/// A contact's length in minutes, within `ContactRules`' range.
enum ContactDuration: IntegerBounds {
    static var range: ClosedRange<Int> { ContactRules.minimumDuration...ContactRules.maximumDuration }
    static var refusalKey: L10nKey { .contactErrorDuration }
}
