import Fluent
import SQLKit

/// Anonymous client feedback, and where it waits before it joins the figures
/// (`AnswerHolding`): the two tables have the same columns; on SQLite `WITHOUT ROWID`
/// with the random id as key, so storage order says nothing of arrival. An answer keeps
/// only its quarter, never a time.
struct CreateClientFeedbackResponses: AsyncMigration {
    static let tables = ["client_feedback_responses", "client_feedback_held_responses"]

    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        let postgres = sql.dialect.name == "postgresql"
        for table in Self.tables {
            try await sql.raw(
                """
                CREATE TABLE \(ident: table) (
                  "id" UUID PRIMARY KEY NOT NULL,
                  "collection_id" UUID NOT NULL,
                  "unit_id" UUID NOT NULL REFERENCES "units" ("id"),
                  "context" TEXT NOT NULL,
                  "quarter" TEXT NOT NULL,
                  "source" TEXT NOT NULL,
                  "answers" TEXT NOT NULL
                )\(unsafeRaw: postgres ? "" : " WITHOUT ROWID")
                """
            ).run()
            try await sql.raw(
                "CREATE INDEX \(ident: "\(table)_collection_idx") ON \(ident: table) (\"collection_id\", \"id\")"
            ).run()
        }
        try await sql.raw(
            #"CREATE INDEX "client_feedback_responses_unit_idx" ON "client_feedback_responses" ("unit_id", "quarter")"#
        ).run()
    }

    func revert(on database: any Database) async throws {
        for table in Self.tables {
            try await (database as! any SQLDatabase).raw("DROP TABLE IF EXISTS \(ident: table)").run()
        }
    }
}
