import Fluent
import SQLKit

/// The social report counts contacts by month, channel and area, and referrals by service,
/// method and outcome, of one unit and date range. With every column it reads in one index
/// the count is a scan of that index's range, never of the table (bench/README.md, issue 5).
struct AddSocialReportIndexes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.create(index: "contacts_report_idx").on("contacts")
            .column("unit_id").column("day").column("channel").column("area_id").run()
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
