/// The one-button form that activates or deactivates something (an account, an
/// instrument): `active` is "true" to activate, anything else deactivates.
struct ActivationForm: PageForm, Sendable {
    var active: String?

    enum CodingKeys: String, CodingKey {
        case active
    }

    var activates: Bool { active == Self.value(true) }

    /// The value the button sends to reach `active`.
    static func value(_ active: Bool) -> String { active ? "true" : "false" }
}
