import Fluent
import SQLKit

/// Group feedback's storage order says nothing about answering order (security review,
/// issue 13, item 11). On SQLite the table had an implicit rowid that counts up with every
/// answer; it is rebuilt `WITHOUT ROWID` with the random id as its key, so rows lie in id
/// order (as `CreateInclusionResponses` made `inclusion_responses`). On PostgreSQL the rows
/// are rewritten in id order in one transaction, so their heap positions and `xmin` no
/// longer follow the order of answering (the old row versions go at the next vacuum). New
/// answers arrive through `group_feedback_held_responses` (`AnswerHolding`).
struct RebuildGroupFeedbackResponsesUnordered: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.transaction { db in
            let sql = db as! any SQLDatabase
            let postgres = sql.dialect.name == "postgresql"
            try await sql.raw(
                """
                CREATE TABLE "group_feedback_responses_unordered" (
                  "id" UUID PRIMARY KEY NOT NULL,
                  "group_id" UUID NOT NULL REFERENCES "activity_groups" ("id"),
                  "unit_id" UUID NOT NULL REFERENCES "units" ("id"),
                  "good" TEXT NOT NULL,
                  "to_change" TEXT NOT NULL,
                  "rating" \(unsafeRaw: postgres ? "BIGINT" : "INTEGER")
                )\(unsafeRaw: postgres ? "" : " WITHOUT ROWID")
                """
            ).run()
            try await sql.raw(
                """
                INSERT INTO "group_feedback_responses_unordered" ("id", "group_id", "unit_id", "good", "to_change", "rating")
                SELECT "id", "group_id", "unit_id", "good", "to_change", "rating" FROM "group_feedback_responses" ORDER BY "id"
                """
            ).run()
            try await sql.raw(#"DROP TABLE "group_feedback_responses""#).run()
            try await sql.raw(
                #"ALTER TABLE "group_feedback_responses_unordered" RENAME TO "group_feedback_responses""#
            ).run()
            try await sql.raw(
                #"CREATE INDEX "group_feedback_responses_group_idx" ON "group_feedback_responses" ("group_id")"#
            ).run()
        }
    }

    /// The rows stay in id order; only the table's form is not restored.
    func revert(on database: any Database) async throws {}
}
