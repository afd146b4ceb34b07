import Fluent
import SQLKit

struct CreateInitialAssessments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("initial_assessments")
            .id()
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("client_id", .uuid, .required, .references("clients", "id"))
            .field("contact_id", .uuid, .references("contacts", "id"))
            .field("day", .string, .required)
            .field("situation", .string, .required)
            .field("needs", .string, .required)
            .field("strengths", .string, .required)
            .field("urgency", .string, .required)
            .field("next_steps", .string, .required)
            // "Ensiarviointi kirjataan asiakastietojärjestelmään asiakkaan kanssa yhdessä."
            .field("recorded_together", .bool, .required)
            .field("recorded_by", .uuid, .required, .references("users", "id"))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await (database as! any SQLDatabase).create(index: "initial_assessments_client_idx")
            .on("initial_assessments").column("client_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("initial_assessments").delete()
    }
}
