import Fluent
import RinnallaCore
import Vapor

/// Changes to the organisation settings by an administrator: validated, one transaction
/// each, audited.
enum SettingsAdmin {
    /// Roles that work with clients and so may have activity money.
    static let budgetRoles: [Role] = Role.allCases.filter { $0.capabilities.contains(.readClientData) }

    static func budgetField(_ role: Role) -> String { SettingsForm.name(role) }

    /// Adds an allowance rate from a day on; earlier rates stay for earlier days.
    static func addRate(_ form: SettingsForm, on caller: Caller) async throws {
        guard let day = form.validFrom.flatMap({ Day(parsing: $0) }) else {
            throw AppError.invalid(.errorDateInvalid, field: SettingsForm.name(.validFrom))
        }
        guard let cents = form.rate.flatMap(WorkerActivityMoney.cents(parsing:)), (1...100_000).contains(cents) else {
            throw AppError.invalid(.settingsRateInvalid, field: SettingsForm.name(.rate))
        }
        try await caller.db.atomically { db in
            let settings = try await OrganisationSettings.load(on: db)
            guard !settings.allowanceRates.contains(where: { $0.validFrom == day }) else {
                throw AppError.invalid(.settingsRateExists, field: SettingsForm.name(.validFrom))
            }
            let rates = (settings.allowanceRates + [.init(validFrom: day, centsPerDay: cents)])
                .sorted { $0.validFrom < $1.validFrom }
            try await OrganisationSettings.save(rates: rates, on: db)
            try await AuditLog.append(
                .update, recordType: "settings", recordID: "allowance.rates",
                detail: "from=\(day.iso) cents=\(cents)", on: caller, db: db)
        }
    }

    static func setMonthMode(_ form: SettingsForm, on caller: Caller) async throws {
        guard let mode = form.monthMode.flatMap(ActivityAllowance.MonthMode.init(rawValue:)) else {
            throw AppError.invalid(.errorChoiceInvalid, field: SettingsForm.name(.monthMode))
        }
        try await caller.db.atomically { db in
            try await OrganisationSettings.save(monthMode: mode, on: db)
            try await AuditLog.append(
                .update, recordType: "settings", recordID: "allowance.monthMode", detail: mode.rawValue, on: caller,
                db: db)
        }
    }

    /// Sets the yearly activity money of every client-work role at once; each sum in
    /// euros, 0–10 000.
    static func setBudgets(_ form: SettingsForm, on caller: Caller) async throws {
        var budgets: [Role: Int] = [:]
        for role in budgetRoles {
            guard let text = form.budgets[role], let cents = WorkerActivityMoney.cents(parsing: text),
                cents <= WorkerActivityMoney.maximumBudgetCents
            else { throw AppError.invalid(.settingsBudgetInvalid, field: budgetField(role)) }
            budgets[role] = cents
        }
        let saved = budgets
        try await caller.db.atomically { db in
            try await OrganisationSettings.save(activityMoneyBudgets: saved, on: db)
            try await AuditLog.append(
                .update, recordType: "settings", recordID: "activityMoney.budgets",
                detail: budgetRoles.map { "\($0.rawValue)=\(saved[$0] ?? 0)" }.joined(separator: " "), on: caller,
                db: db)
        }
    }

    /// The largest small-cell threshold accepted: above it a typical group's results
    /// (a few dozen responses) would be hidden almost entirely.
    static let maximumCellSize = 100

    /// Sets `privacy.minimumCellSize`; a whole number from 5 (issue 6: never lower) to 100.
    static func setMinimumCellSize(_ form: SettingsForm, on caller: Caller) async throws {
        let minimum = SmallCellSuppression.minimumThreshold
        guard let size = form.minimumCellSize.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }),
            (minimum...maximumCellSize).contains(size)
        else {
            let field = SettingsForm.name(.minimumCellSize)
            throw AppError.invalid(
                .privacyMinimumCellSizeInvalid, field: field,
                arguments: ["field": field, "min": String(minimum), "max": String(maximumCellSize)])
        }
        try await caller.db.atomically { db in
            try await OrganisationSettings.save(minimumCellSize: size, on: db)
            try await AuditLog.append(
                .update, recordType: "settings", recordID: "privacy.minimumCellSize", detail: String(size),
                on: caller, db: db)
        }
    }

    /// Saves the decision frame and confirms it in the admin's name (issue 15): every text
    /// is checked (required ones present, none too long) before anything is saved, and the
    /// confirmation goes to the audit log. `confirmed` is the admin's tick that the texts,
    /// the review instructions above all, have been checked for this organisation.
    static func confirmDecisionFrame(_ form: DecisionFrameForm, on caller: Caller) async throws {
        let user = try caller.requireUser()
        var frame = DecisionFrameSettings.defaults
        for language in DecisionLanguage.allCases {
            var texts = frame.texts(language)
            for field in DecisionFrameSettings.textFields {
                let name = DecisionFrameSettings.field(field.name, language)
                let value = form.texts[name].map(normalisedText) ?? ""
                if field.required, value.isEmpty {
                    throw AppError.invalid(.errorRequired, field: name, arguments: ["field": name])
                }
                guard value.count <= field.maximum else {
                    throw AppError.invalid(
                        .errorTooLong, field: name, arguments: ["field": name, "max": String(field.maximum)])
                }
                texts[keyPath: field.keyPath] = value
            }
            if language == .sv { frame.sv = texts } else { frame.fi = texts }
        }
        let phone = form.framePhone.map(normalisedText) ?? ""
        guard phone.count <= 100 else {
            let field = DecisionFrameForm.name(.framePhone)
            throw AppError.invalid(.errorTooLong, field: field, arguments: ["field": field, "max": "100"])
        }
        frame.phone = phone
        guard form.confirmed else {
            throw AppError.invalid(.decisionSettingsConfirmRequired, field: DecisionFrameForm.name(.confirm))
        }
        frame.confirmedBy = user.id
        frame.confirmedByName = user.name
        frame.confirmedAt = caller.now
        let saved = frame
        try await caller.db.atomically { db in
            try await saved.save(on: db)
            try await AuditLog.append(
                .update, recordType: "settings", recordID: DecisionFrameSettings.key, detail: "confirmed", on: caller,
                db: db)
        }
    }

    /// Trimmed, with Windows line ends as plain ones (a browser's textarea sends CRLF).
    private static func normalisedText(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
