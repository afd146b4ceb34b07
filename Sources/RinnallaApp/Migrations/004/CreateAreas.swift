import Fluent

struct CreateAreas: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("areas")
            .id()
            .field("name", .string, .required)
            .field("sort_order", .int, .required)
            .unique(on: "name")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("areas").delete()
    }
}
