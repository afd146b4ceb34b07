import Fluent
import SQLKit

struct CreateGroupEnrolments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("group_enrolments")
            .id()
            .field("group_id", .uuid, .required, .references("activity_groups", "id"))
            .field("client_id", .uuid, .required, .references("clients", "id"))
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("enrolled_on", .string, .required)
            .field("left_on", .string)
            .field("created_by", .uuid, .required, .references("users", "id"))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "group_id", "client_id")
            .create()
        // The period page and the home page's absence reminder look clients up.
        try await (database as! any SQLDatabase).create(index: "group_enrolments_client_idx")
            .on("group_enrolments").column("client_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("group_enrolments").delete()
    }
}
