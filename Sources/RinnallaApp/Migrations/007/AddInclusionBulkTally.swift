import Fluent
import SQLKit

/// Lets an import tally its whole batch at once on SQLite (issue 6 bench: 100,000 CSV
/// rows in under 10 seconds).
///
/// SQLite has only row-level triggers, so `CreateInclusionResponses`' insert trigger runs
/// eleven upserts for every response: about two thirds of an import's time. Here the
/// trigger gets a `WHEN`: rows of an entry batch listed in `inclusion_bulk_batches` are
/// left to the writer, which lists the batch, inserts its rows, tallies them with two
/// grouped statements and removes the listing, all in the one transaction
/// (`InclusionImport.insert`). Any other writer (the public form, plain SQL) knows nothing
/// of the listing and is tallied row by row as before, so the tallies still match the
/// responses after every commit.
///
/// PostgreSQL's triggers are statement-level already (one grouped upsert per INSERT), so
/// nothing changes there.
struct AddInclusionBulkTally: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        guard sql.dialect.name == "sqlite" else { return }
        try await run(
            sql,
            #"CREATE TABLE "inclusion_bulk_batches" ("batch_id" UUID PRIMARY KEY NOT NULL) WITHOUT ROWID"#)
        try await run(sql, "DROP TRIGGER inclusion_responses_tally_ins")
        try await run(
            sql,
            Self.insertTrigger(
                when: """
                    WHEN NEW.batch_id IS NULL
                      OR NOT EXISTS (SELECT 1 FROM inclusion_bulk_batches WHERE batch_id = NEW.batch_id)
                    """))
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        guard sql.dialect.name == "sqlite" else { return }
        try await run(sql, "DROP TRIGGER inclusion_responses_tally_ins")
        try await run(sql, Self.insertTrigger(when: ""))
        try await run(sql, #"DROP TABLE "inclusion_bulk_batches""#)
    }

    private func run(_ sql: any SQLDatabase, _ statement: String) async throws {
        try await sql.raw("\(unsafeRaw: statement)").run()
    }

    /// The row-level tally of `CreateInclusionResponses` (the same two upserts), run only
    /// `when`.
    private static func insertTrigger(when: String) -> String {
        let answers = (1...10).map { "SELECT \($0) AS statement, NEW.s\($0) AS answer" }
            .joined(separator: " UNION ALL ")
        // `WHERE true` tells SQLite's parser the upsert's ON belongs to the INSERT.
        return """
            CREATE TRIGGER inclusion_responses_tally_ins AFTER INSERT ON inclusion_responses \(when)
            BEGIN
              INSERT INTO inclusion_score_tallies
                SELECT NEW.round_id, coalesce(NEW.gender, ''), coalesce(NEW.age_group, ''),
                  coalesce(NEW.labour_status, ''), coalesce(NEW.raw_sum, 0), 1 WHERE true
                ON CONFLICT (round_id, gender, age_group, labour_status, raw_sum) DO UPDATE SET count = count + 1;
              INSERT INTO inclusion_statement_tallies
                SELECT NEW.round_id, statement, answer, 1 FROM (\(answers)) WHERE NEW.complete
                ON CONFLICT (round_id, statement, answer) DO UPDATE SET count = count + 1;
            END
            """
    }
}
