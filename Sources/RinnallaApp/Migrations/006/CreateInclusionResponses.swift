import Fluent
import SQLKit

/// Anonymous inclusion-indicator responses and the tallies that keep a round's results
/// cheap at any size.
///
/// A response holds only its round, its answers and how it arrived: no user, client, IP
/// address, cookie or time. On SQLite the table is `WITHOUT ROWID`, so rows are stored in
/// the order of their random ids, not in the order people answered.
///
/// Database triggers keep two tallies in step with the responses (the same transaction,
/// whoever writes: the app, an import or plain SQL): per round the number of responses by
/// raw sum and background answers (raw sum 0 = incomplete), and per round the number of
/// complete responses by statement and answer. A round's results then read a few hundred
/// tally rows instead of scanning its responses. Responses are never changed once stored
/// (a trigger refuses updates), so insert and delete are all the tallies follow.
struct CreateInclusionResponses: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        let postgres = sql.dialect.name == "postgresql"
        let (bool, int) = postgres ? ("BOOLEAN", "BIGINT") : ("INTEGER", "INTEGER")
        let statements = (1...10).map { "\"s\($0)\" \(int)" }.joined(separator: ", ")
        try await run(
            sql,
            """
            CREATE TABLE "inclusion_responses" (
              "id" UUID PRIMARY KEY NOT NULL,
              "round_id" UUID NOT NULL REFERENCES "inclusion_rounds" ("id"),
              "source" TEXT NOT NULL,
              "batch_id" UUID REFERENCES "inclusion_entry_batches" ("id"),
              "language" TEXT NOT NULL,
              "complete" \(bool) NOT NULL,
              "raw_sum" \(int),
              \(statements),
              "gender" TEXT, "age_group" TEXT, "labour_status" TEXT,
              "pair_hash" TEXT
            )\(postgres ? "" : " WITHOUT ROWID")
            """)
        try await run(
            sql,
            #"CREATE INDEX "inclusion_responses_round_pair_idx" ON "inclusion_responses" ("round_id", "pair_hash")"#)
        try await run(sql, #"CREATE INDEX "inclusion_responses_batch_idx" ON "inclusion_responses" ("batch_id")"#)
        try await run(
            sql,
            """
            CREATE TABLE "inclusion_score_tallies" (
              "round_id" UUID NOT NULL, "gender" TEXT NOT NULL, "age_group" TEXT NOT NULL,
              "labour_status" TEXT NOT NULL, "raw_sum" \(int) NOT NULL, "count" \(int) NOT NULL,
              PRIMARY KEY ("round_id", "gender", "age_group", "labour_status", "raw_sum")
            )\(postgres ? "" : " WITHOUT ROWID")
            """)
        try await run(
            sql,
            """
            CREATE TABLE "inclusion_statement_tallies" (
              "round_id" UUID NOT NULL, "statement" \(int) NOT NULL, "answer" \(int) NOT NULL, "count" \(int) NOT NULL,
              PRIMARY KEY ("round_id", "statement", "answer")
            )\(postgres ? "" : " WITHOUT ROWID")
            """)
        for statement in postgres ? Self.postgresTriggers : Self.sqliteTriggers {
            try await run(sql, statement)
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for table in ["inclusion_statement_tallies", "inclusion_score_tallies", "inclusion_responses"] {
            try await run(sql, "DROP TABLE IF EXISTS \(table)")
        }
        if sql.dialect.name == "postgresql" {
            for function in [
                "rinnalla_inclusion_tally_add", "rinnalla_inclusion_tally_remove", "rinnalla_inclusion_immutable",
            ] {
                try await run(sql, "DROP FUNCTION IF EXISTS \(function)()")
            }
        }
    }

    private func run(_ sql: any SQLDatabase, _ statement: String) async throws {
        try await sql.raw("\(unsafeRaw: statement)").run()
    }

    /// Keys of the score tally, of `row` ("NEW", "OLD", or "" for a transition table's
    /// columns); an unanswered background question is '' there, an incomplete response's
    /// raw sum 0.
    private static func scoreKey(_ row: String) -> String {
        let p = row.isEmpty ? "" : "\(row)."
        return
            "\(p)round_id, coalesce(\(p)gender, ''), coalesce(\(p)age_group, ''), coalesce(\(p)labour_status, ''), coalesce(\(p)raw_sum, 0)"
    }
    private static let scoreConflict = "(round_id, gender, age_group, labour_status, raw_sum)"

    private static func sqliteTally(_ row: String, _ sign: String) -> String {
        let key = scoreKey(row)
        let answers = (1...10).map { "SELECT \($0) AS statement, \(row).s\($0) AS answer" }
            .joined(separator: " UNION ALL ")
        // `WHERE true` tells SQLite's parser the upsert's ON belongs to the INSERT.
        return """
            INSERT INTO inclusion_score_tallies SELECT \(key), \(sign)1 WHERE true
              ON CONFLICT \(scoreConflict) DO UPDATE SET count = count \(sign) 1;
            INSERT INTO inclusion_statement_tallies
              SELECT \(row).round_id, statement, answer, \(sign)1 FROM (\(answers)) WHERE \(row).complete
              ON CONFLICT (round_id, statement, answer) DO UPDATE SET count = count \(sign) 1;
            """
    }

    private static let sqliteTriggers = [
        "CREATE TRIGGER inclusion_responses_tally_ins AFTER INSERT ON inclusion_responses BEGIN \(sqliteTally("NEW", "+")) END",
        "CREATE TRIGGER inclusion_responses_tally_del AFTER DELETE ON inclusion_responses BEGIN \(sqliteTally("OLD", "-")) END",
        "CREATE TRIGGER inclusion_responses_immutable BEFORE UPDATE ON inclusion_responses BEGIN SELECT RAISE(ABORT, 'inclusion responses are not changed once stored'); END",
    ]

    private static func postgresFunction(_ name: String, _ rows: String, _ sign: String) -> String {
        let answers = (1...10).map { "(\($0), r.s\($0))" }.joined(separator: ", ")
        // ORDER BY: concurrent writers lock tally rows in the same order (no deadlocks).
        return """
            CREATE OR REPLACE FUNCTION \(name)() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              INSERT INTO inclusion_score_tallies
                SELECT \(scoreKey("")), \(sign)count(*) FROM \(rows) GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
                ON CONFLICT \(scoreConflict)
                DO UPDATE SET count = inclusion_score_tallies.count + excluded.count;
              INSERT INTO inclusion_statement_tallies
                SELECT r.round_id, a.statement, a.answer, \(sign)count(*)
                FROM \(rows) r CROSS JOIN LATERAL (VALUES \(answers)) AS a(statement, answer)
                WHERE r.complete GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
                ON CONFLICT (round_id, statement, answer)
                DO UPDATE SET count = inclusion_statement_tallies.count + excluded.count;
              RETURN NULL;
            END $$
            """
    }

    private static let postgresTriggers = [
        postgresFunction("rinnalla_inclusion_tally_add", "new_rows", ""),
        postgresFunction("rinnalla_inclusion_tally_remove", "old_rows", "-"),
        """
        CREATE OR REPLACE FUNCTION rinnalla_inclusion_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'inclusion responses are not changed once stored';
        END $$
        """,
        "CREATE TRIGGER inclusion_responses_tally_ins AFTER INSERT ON inclusion_responses REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rinnalla_inclusion_tally_add()",
        "CREATE TRIGGER inclusion_responses_tally_del AFTER DELETE ON inclusion_responses REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION rinnalla_inclusion_tally_remove()",
        "CREATE TRIGGER inclusion_responses_immutable BEFORE UPDATE ON inclusion_responses FOR EACH ROW EXECUTE FUNCTION rinnalla_inclusion_immutable()",
    ]
}
