import Fluent
import SQLKit

/// Where anonymous ESIS answers to a round that has not closed wait before they join its
/// figures (security review, issue 13, items 7 and 11; `AnswerHolding`). The columns are
/// those of `inclusion_responses`; there are no tallies here, so a held answer counts
/// nowhere. On SQLite `WITHOUT ROWID` with the random id as key, so rows lie in id order.
struct CreateInclusionHeldResponses: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        let postgres = sql.dialect.name == "postgresql"
        let (bool, int) = postgres ? ("BOOLEAN", "BIGINT") : ("INTEGER", "INTEGER")
        let statements = (1...10).map { "\"s\($0)\" \(int)" }.joined(separator: ", ")
        try await sql.raw(
            """
            CREATE TABLE "inclusion_held_responses" (
              "id" UUID PRIMARY KEY NOT NULL,
              "round_id" UUID NOT NULL REFERENCES "inclusion_rounds" ("id"),
              "source" TEXT NOT NULL,
              "batch_id" UUID REFERENCES "inclusion_entry_batches" ("id"),
              "language" TEXT NOT NULL,
              "complete" \(unsafeRaw: bool) NOT NULL,
              "raw_sum" \(unsafeRaw: int),
              \(unsafeRaw: statements),
              "gender" TEXT, "age_group" TEXT, "labour_status" TEXT,
              "pair_hash" TEXT
            )\(unsafeRaw: postgres ? "" : " WITHOUT ROWID")
            """
        ).run()
        try await sql.raw(
            #"CREATE INDEX "inclusion_held_responses_round_idx" ON "inclusion_held_responses" ("round_id", "id")"#
        ).run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).raw(#"DROP TABLE IF EXISTS "inclusion_held_responses""#).run()
    }
}
