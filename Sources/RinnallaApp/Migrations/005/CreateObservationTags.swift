import Fluent

struct CreateObservationTags: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("observation_tags")
            .id()
            .field("observation_id", .uuid, .required, .references("observations", "id", onDelete: .cascade))
            // Lower-cased, so tags written differently count as one.
            .field("tag", .string, .required)
            .unique(on: "observation_id", "tag")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("observation_tags").delete()
    }
}
