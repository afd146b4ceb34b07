import RinnallaCore
import Vapor

/// The login form; `next` is the page to return to, also taken from the login page's
/// address (`/login?next=…`). Its coding keys are the field names (issue 14).
struct LoginForm: PageForm, Sendable {
    var email: String?
    var password: String?
    var next: String?

    enum CodingKeys: String, CodingKey {
        case email, password, next
    }
}

/// The password change: the current password, the new one and its repetition.
struct PasswordChangeForm: PageForm, Sendable {
    var currentPassword: String?
    var newPassword: String?
    var confirmPassword: String?

    enum CodingKeys: String, CodingKey {
        case currentPassword, newPassword, confirmPassword
    }
}

/// The language switch in the page header.
struct LanguageForm: PageForm, Sendable {
    var language: String?

    enum CodingKeys: String, CodingKey {
        case language
    }
}

/// The page's language asked in its address (`?lang=sv`): before login, on the public
/// forms and on a group's flyer.
struct PageLanguageQuery: PageForm, Sendable {
    var lang: String?

    enum CodingKeys: String, CodingKey {
        case lang
    }

    var language: Language? { lang.flatMap { Language(code: $0) } }
}
