import Fluent

/// The organisation's own self-assessment instruments, uploaded by an admin. Shipped
/// instruments are data files in RinnallaCore and have no row here.
struct CreateInstruments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("instruments")
            .id()
            .field("code", .string, .required)
            .field("version", .string, .required)
            .field("name", .string, .required)
            .field("definition", .string, .required)
            .field("is_active", .bool, .required)
            .field("created_by", .uuid, .required, .references("users", "id"))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("instruments").delete()
    }
}
