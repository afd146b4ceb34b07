import Fluent
import SQLKit

struct CreateClients: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("clients")
            .id()
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("name", .string, .required)
            .field("name_search", .string, .required)
            .field("identity_code", .string)
            .field("birth_date", .string)
            .field("language", .string, .required)
            .field("phone", .string)
            .field("email", .string)
            .field("address", .string)
            .field("responsible_worker_id", .uuid, .references("users", "id"))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "identity_code")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "clients_unit_name_idx").on("clients").column("unit_id").column("name_search").run()
        try await sql.create(index: "clients_worker_idx").on("clients").column("responsible_worker_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("clients").delete()
    }
}
