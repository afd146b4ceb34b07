import Fluent
import SQLKit

/// The social report counts a unit's contacts channel by channel, area by area and month
/// by month: with the index in that order each count is one range of the index, never the
/// table (bench/README.md, issue 5). Referrals are grouped by service, method and outcome
/// over the index's day range.
struct AddSocialReportIndexes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.create(index: "contacts_report_idx").on("contacts")
            .column("unit_id").column("channel").column("area_id").column("day").run()
        try await sql.create(index: "referrals_report_idx").on("referrals")
            .column("unit_id").column("day").column("service_path_id").column("method").column("outcome")
            .column("contact_id").run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.drop(index: "referrals_report_idx").run()
        try await sql.drop(index: "contacts_report_idx").run()
    }
}
