import Fluent
import SQLKit

struct CreateActivityMoneyExpenses: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("activity_money_expenses")
            .id()
            .field("user_id", .uuid, .required, .references("users", "id"))
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("client_id", .uuid, .references("clients", "id"))
            .field("day", .string, .required)
            .field("year", .int, .required)
            .field("amount_cents", .int, .required)
            .field("purpose", .string, .required)
            .field("created_at", .datetime)
            .create()
        let sql = database as! any SQLDatabase
        // The balance is summed per person and year; the team lead's list per unit and year.
        try await sql.create(index: "activity_money_user_year_idx").on("activity_money_expenses").column("user_id")
            .column("year").run()
        try await sql.create(index: "activity_money_unit_year_idx").on("activity_money_expenses").column("unit_id")
            .column("year").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("activity_money_expenses").delete()
    }
}
