import Fluent
import SQLKit

struct CreatePeriodDocuments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("period_documents")
            .id()
            .field("period_id", .uuid, .required, .references("periods", "id"))
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("kind", .string, .required)
            .field("version", .int, .required)
            .field("content", .string, .required)
            .field("created_by", .uuid, .required, .references("users", "id"))
            .field("created_at", .datetime)
            .unique(on: "period_id", "kind", "version")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("period_documents").delete()
    }
}
