import Fluent
import Foundation
import RinnallaCore

/// A place or service in the organisation's local service map ("Muista alueelliset
/// palvelut!"): somewhere a worker can suggest to a client or visit together. Not client
/// data: every worker of the organisation sees the same directory.
final class Place: Model, @unchecked Sendable {
    static let schema = "places"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    /// A `PlaceCategory` raw value.
    @Field(key: "category") var category: String
    /// Nil for city-wide services (AA, NA, Klubitalot…).
    @OptionalParent(key: "area_id") var area: Area?
    @Field(key: "address") var address: String
    @Field(key: "opening_notes") var openingNotes: String
    @OptionalField(key: "web_address") var webAddress: String?
    /// Language codes from `PlaceRules.languages`, comma-separated.
    @Field(key: "languages") var languages: String
    /// Nil when not known.
    @OptionalField(key: "is_free") var isFree: Bool?
    @Field(key: "description") var description: String
    /// A place that has closed stays for the visits made to it, but is no longer offered.
    @Field(key: "is_active") var isActive: Bool
    @OptionalParent(key: "created_by") var createdBy: User?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    var placeCategory: PlaceCategory? { PlaceCategory(rawValue: category) }
    var languageCodes: [String] { PlaceRules.decodeLanguages(languages) }

    /// "Kontulan D-asema, Kontulankaari 1B 14A", or the name alone without an address.
    var nameAndAddress: String { address.isEmpty ? name : "\(name), \(address)" }
}

/// A place suggested for a client's goal: somewhere to go that supports it.
final class GoalPlace: Model, @unchecked Sendable {
    static let schema = "goal_places"

    @ID(key: .id) var id: UUID?
    @Parent(key: "goal_id") var goal: Goal
    @Parent(key: "place_id") var place: Place
    @Parent(key: "created_by") var createdBy: User
    @OptionalField(key: "created_at") var createdAt: Date?

    init() {}
}
