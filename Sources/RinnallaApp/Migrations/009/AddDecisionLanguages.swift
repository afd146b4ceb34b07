import Fluent
import SQLKit

/// Decisions in the client's language (issue 15): each decision records the language it
/// was written in (existing ones were all Finnish), and a client may have a decision
/// language of their own, Finnish or Swedish; none means "the client's language when it is
/// Finnish or Swedish, else Finnish".
struct AddDecisionLanguages: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column a statement: SQLite adds columns one at a time.
        try await database.schema("decisions").field("language", .string, .required, .sql(.default("fi"))).update()
        try await database.schema("clients").field("decision_language", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("clients").deleteField("decision_language").update()
        try await database.schema("decisions").deleteField("language").update()
    }
}
