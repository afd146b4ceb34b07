import Fluent
import Foundation

/// One of the organisation's service areas (in Helsinki: Itä, Pohjoinen, Etelä, Länsi).
/// Groups and places in the service map belong to an area, so a worker can look for what
/// is near the client.
final class Area: Model, @unchecked Sendable {
    static let schema = "areas"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    @Field(key: "sort_order") var sortOrder: Int

    init() {}

    init(id: UUID? = nil, name: String, sortOrder: Int) {
        self.id = id
        self.name = name
        self.sortOrder = sortOrder
    }

    /// The areas in the organisation's own order.
    static func all(on db: any Database) async throws -> [Area] {
        try await Area.query(on: db).sort(\.$sortOrder).sort(\.$name).all()
    }
}
