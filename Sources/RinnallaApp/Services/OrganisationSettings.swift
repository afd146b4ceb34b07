import Fluent
import Foundation
import RinnallaCore

/// Organisation settings kept in the `settings` table, with the handbook's defaults.
struct OrganisationSettings: Sendable {
    var allowanceRates: [ActivityAllowance.Rate]
    var allowanceMonthMode: ActivityAllowance.MonthMode
    /// The worker's activity money a year by role, in cents (handbook: 150 € / 300 €).
    var activityMoneyBudgets: [Role: Int] = WorkerActivityMoney.handbookBudgets
    /// `privacy.minimumCellSize`: counts below it are shown as "fewer than N" in results
    /// shown to anyone (issue 6); never below `SmallCellSuppression.minimumThreshold`.
    var minimumCellSize: Int = SmallCellSuppression.minimumThreshold

    static let defaults = OrganisationSettings(allowanceRates: [.handbook], allowanceMonthMode: .fromDecisionStart)

    static func load(on db: any Database) async throws -> OrganisationSettings {
        var settings = defaults
        let rows = try await Setting.query(on: db).filter(
            \.$id ~~ ["allowance.rates", "allowance.monthMode", "activityMoney.budgets", "privacy.minimumCellSize"]
        ).all()
        for row in rows {
            switch row.id {
            case "allowance.rates":
                if let rates = try? JSONDecoder().decode([ActivityAllowance.Rate].self, from: Data(row.value.utf8)),
                    !rates.isEmpty
                {
                    settings.allowanceRates = rates
                }
            case "allowance.monthMode":
                settings.allowanceMonthMode = ActivityAllowance.MonthMode(rawValue: row.value) ?? .fromDecisionStart
            case "activityMoney.budgets":
                if let budgets = try? JSONDecoder().decode([String: Int].self, from: Data(row.value.utf8)) {
                    settings.activityMoneyBudgets = Dictionary(
                        uniqueKeysWithValues: budgets.compactMap { key, value in Role(rawValue: key).map { ($0, value) }
                        })
                }
            case "privacy.minimumCellSize":
                // Clamped again on reading: a row edited by hand cannot lower the protection.
                if let size = Int(row.value) { settings.minimumCellSize = SmallCellSuppression.threshold(size) }
            default: break
            }
        }
        return settings
    }

    static func save(rates: [ActivityAllowance.Rate], on db: any Database) async throws {
        let value = String(decoding: try JSONEncoder().encode(rates), as: UTF8.self)
        try await Setting.query(on: db).filter(\.$id == "allowance.rates").delete()
        try await Setting(key: "allowance.rates", value: value).create(on: db)
    }

    static func save(monthMode: ActivityAllowance.MonthMode, on db: any Database) async throws {
        try await Setting.query(on: db).filter(\.$id == "allowance.monthMode").delete()
        try await Setting(key: "allowance.monthMode", value: monthMode.rawValue).create(on: db)
    }

    static func save(activityMoneyBudgets budgets: [Role: Int], on db: any Database) async throws {
        let byName = Dictionary(uniqueKeysWithValues: budgets.map { ($0.key.rawValue, $0.value) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let value = String(decoding: try encoder.encode(byName), as: UTF8.self)
        try await Setting.query(on: db).filter(\.$id == "activityMoney.budgets").delete()
        try await Setting(key: "activityMoney.budgets", value: value).create(on: db)
    }

    static func save(minimumCellSize size: Int, on db: any Database) async throws {
        try await Setting.query(on: db).filter(\.$id == "privacy.minimumCellSize").delete()
        try await Setting(key: "privacy.minimumCellSize", value: String(size)).create(on: db)
    }
}
