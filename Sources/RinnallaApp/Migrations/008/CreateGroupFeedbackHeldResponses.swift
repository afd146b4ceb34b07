import Fluent
import SQLKit

/// Where anonymous group feedback waits before it joins the group's figures and listed
/// answers (security review, issue 13, items 7 and 11; `AnswerHolding`). The columns are
/// those of `group_feedback_responses`; on SQLite `WITHOUT ROWID` with the random id as key.
struct CreateGroupFeedbackHeldResponses: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        let postgres = sql.dialect.name == "postgresql"
        try await sql.raw(
            """
            CREATE TABLE "group_feedback_held_responses" (
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
            #"CREATE INDEX "group_feedback_held_responses_group_idx" ON "group_feedback_held_responses" ("group_id", "id")"#
        ).run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).raw(#"DROP TABLE IF EXISTS "group_feedback_held_responses""#).run()
    }
}
