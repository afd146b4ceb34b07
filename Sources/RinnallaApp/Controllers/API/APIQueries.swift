import Foundation
import RinnallaCore

// The query strings of the API's list operations, decoded with `Request.decodeQuery`.
// Each type is also the operation's documented query parameters (see `APIOperation.query`).

struct ClientQuery: Decodable {
    /// A name or identity code; without it, the user's own clients.
    let q: String?
}

struct ContactQuery: Decodable {
    struct Limit: IntegerBounds { static let range = 1...1000 }
    let unitID: UUID?
    let from: DayText?
    let to: DayText?
    let channel: ContactChannel?
    let topic: ContactTopic?
    let nickname: String?
    let limit: BoundedInt<Limit>?
}

struct ReferralQuery: Decodable {
    let unitID: UUID?
    let clientID: UUID?
    let contactID: UUID?
    let outcome: ReferralOutcome?
}

struct ServicePathQuery: Decodable {
    let q: String?
    let kind: ServicePathKind?
    let area: AreaChoice?
    let includeInactive: Bool?
}

struct PlaceQuery: Decodable {
    let area: AreaChoice?
    let category: PlaceCategory?
    let q: String?
    let includeInactive: Bool?
}

struct ObservationQuery: Decodable {
    let unit: UUID?
    let tag: String?
    let area: UUID?
    let from: DayText?
    let to: DayText?
}

struct SocialReportQuery: Decodable {
    let unit: UUID?
    /// A whole month that has ended: `M.yyyy`, `yyyy-MM` or its first day.
    let from: String?
    /// A whole month that has ended: `M.yyyy`, `yyyy-MM` or its last day.
    let to: String?
    let area: UUID?
}

struct GroupSessionQuery: Decodable {
    let from: DayText?
}

struct GroupQuery: Decodable {
    struct Weekday: IntegerBounds { static let range = 1...7 }
    struct Page: IntegerBounds { static let range = 1...10_000 }
    let q: String?
    let area: UUID?
    let aim: GroupAim?
    let weekday: BoundedInt<Weekday>?
    let language: GroupLanguage?
    let open: Bool?
    let today: Bool?
    let places: Bool?
    let ended: Bool?
    let page: BoundedInt<Page>?
}

struct ComparisonQuery: Decodable {
    let first: UUID?
    let second: UUID?
}

extension GroupCatalogue.Filter {
    init(_ query: GroupQuery) {
        self.init()
        text = InputRules.trimmed(query.q)
        areaID = query.area
        aim = query.aim
        weekday = query.weekday?.value
        language = query.language
        openNow = query.open ?? false
        today = query.today ?? false
        placesLeft = query.places ?? false
        includeEnded = query.ended ?? false
        page = query.page?.value ?? 1
    }
}
