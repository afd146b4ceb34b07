import Fluent
import SQLKit

/// Official language versions of the inclusion indicator installed by an admin (the
/// `InclusionIndicatorTranslation` data file, kept whole as JSON). One row per language;
/// installing a language again replaces its row.
struct CreateInclusionTranslations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("inclusion_translations")
            .id()
            .field("language", .string, .required)
            .field("definition", .string, .required)
            .field("installed_by", .uuid, .required, .references("users", "id"))
            .field("installed_at", .datetime, .required)
            .unique(on: "language")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("inclusion_translations").delete()
    }
}
