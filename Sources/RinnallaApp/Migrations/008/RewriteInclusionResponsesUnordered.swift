import Fluent
import SQLKit

/// ESIS responses stored before answers were held and released in shuffled groups
/// (security review, issue 13, item 11; `AnswerHolding`) lie in PostgreSQL's heap in the
/// order people answered, each with its own `xmin`. They are rewritten in id order in one
/// transaction: delete and insert again (responses are never updated; the tally triggers
/// subtract and add the same rows, so the tallies end as they were). The old row versions
/// go at the next vacuum. SQLite's table is `WITHOUT ROWID` already: nothing to do there.
struct RewriteInclusionResponsesUnordered: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard database.isPostgres else { return }
        try await database.transaction { db in
            let sql = db as! any SQLDatabase
            try await sql.raw(
                #"CREATE TEMPORARY TABLE "inclusion_responses_rewrite" AS SELECT * FROM "inclusion_responses""#
            ).run()
            try await sql.raw(#"DELETE FROM "inclusion_responses""#).run()
            try await sql.raw(
                #"INSERT INTO "inclusion_responses" SELECT * FROM "inclusion_responses_rewrite" ORDER BY "id""#
            ).run()
            try await sql.raw(#"DROP TABLE "inclusion_responses_rewrite""#).run()
        }
    }

    func revert(on database: any Database) async throws {}
}
