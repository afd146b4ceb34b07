import RinnallaCore

/// The organisation settings page's forms (rate, month mode, activity money, small-cell
/// threshold), read as one: a refused form shows again what was typed in it. Its coding
/// keys are the field names of the views and the errors (issue 14); the activity money
/// is one field per role, `budget-<role>`.
struct SettingsForm: PageForm, Sendable {
    var validFrom: String?
    var rate: String?
    var monthMode: String?
    var minimumCellSize: String?
    var budgets: [Role: String] = [:]

    enum CodingKeys: String, CodingKey {
        case validFrom, rate, monthMode, minimumCellSize
    }

    static func name(_ budgetRole: Role) -> String { "budget-\(budgetRole.rawValue)" }

    init() {}

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        validFrom = try c.decodeIfPresent(String.self, forKey: .validFrom)
        rate = try c.decodeIfPresent(String.self, forKey: .rate)
        monthMode = try c.decodeIfPresent(String.self, forKey: .monthMode)
        minimumCellSize = try c.decodeIfPresent(String.self, forKey: .minimumCellSize)
        let fields = try decoder.container(keyedBy: FormFieldKey.self)
        for role in SettingsAdmin.budgetRoles {
            if let text = fields.text(Self.name(role)) { budgets[role] = text }
        }
    }
}

/// The decision frame's form (issue 15): one text per field and language
/// (`reviewBody-sv`, named by `DecisionFrameSettings.field`), the phone, and the admin's
/// tick that the texts have been checked.
struct DecisionFrameForm: PageForm, Sendable {
    /// Texts by their field name.
    var texts: [String: String] = [:]
    var framePhone: String?
    var confirm: String?

    enum CodingKeys: String, CodingKey {
        case framePhone, confirm
    }

    /// A checkbox is sent only when ticked.
    var confirmed: Bool { confirm != nil }

    /// The texts' field names, both languages.
    static var textNames: [String] {
        DecisionLanguage.allCases.flatMap { language in
            DecisionFrameSettings.textFields.map { DecisionFrameSettings.field($0.name, language) }
        }
    }

    init() {}

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        framePhone = try c.decodeIfPresent(String.self, forKey: .framePhone)
        confirm = try c.decodeIfPresent(String.self, forKey: .confirm)
        let fields = try decoder.container(keyedBy: FormFieldKey.self)
        for name in Self.textNames {
            if let text = fields.text(name) { texts[name] = text }
        }
    }
}
