import Foundation

/// The story plan as the stepper's form sends it; its coding keys name the fields for the
/// view and the errors (issue 14).
struct StoryPlanForm: PageForm, Sendable {
    var aims: String?
    var interviewees: String?
    var consentText: String?

    enum CodingKeys: String, CodingKey {
        case aims = "storyAims"
        case interviewees = "storyInterviewees"
        case consentText = "storyConsentText"
    }
}

/// A theme of the interviews as the stepper's form sends it.
struct StoryThemeForm: PageForm, Sendable {
    var title: String?
    var questions: String?

    enum CodingKeys: String, CodingKey {
        case title = "themeTitle"
        case questions = "themeQuestions"
    }
}

/// An interview as its form sends it; each theme has a notes field of its own
/// (`name(notes:)`).
struct InterviewForm: PageForm, Sendable {
    var pseudonym: String?
    var interviewer: String?
    var day: String?
    var consentRecorded = false
    var language: String?
    var activity: String?
    /// Notes by theme key.
    var notes: [String: String] = [:]

    enum CodingKeys: String, CodingKey {
        case pseudonym, interviewer
        case day = "interviewDay"
        /// A checkbox: "on" from the browser, "true" from a script.
        case consentRecorded
        case language = "interviewLanguage"
        case activity
    }

    static let notesPrefix = "notes-"
    /// The notes field of a theme.
    static func name(notes themeKey: String) -> String { notesPrefix + themeKey }
}

extension InterviewForm {
    /// The fixed fields decode with the coding keys, the notes by their prefix.
    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func text(_ key: CodingKeys) throws -> String? { try c.decodeIfPresent(String.self, forKey: key) }
        let notes = try decoder.container(keyedBy: FormFieldKey.self).texts(prefixed: Self.notesPrefix)
        self.init(
            pseudonym: try text(.pseudonym), interviewer: try text(.interviewer), day: try text(.day),
            consentRecorded: ["on", "true"].contains(try text(.consentRecorded)), language: try text(.language),
            activity: try text(.activity), notes: notes)
    }
}

/// A story picked from an interview, as the interview page's form sends it.
struct StoryForm: PageForm, Sendable {
    var theme: String?
    var excerpt: String?
    var sequenceConfirmed = false
    var storyType: String?
    var interpretation: String?
    var mechanism: String?
    var domains: [String] = []

    enum CodingKeys: String, CodingKey {
        case theme = "storyTheme"
        case excerpt
        /// A checkbox: "on" from the browser, "true" from a script.
        case sequenceConfirmed
        case storyType, interpretation, mechanism
        /// Sent as `domains[]`.
        case domains
    }
}

extension StoryForm {
    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func text(_ key: CodingKeys) throws -> String? { try c.decodeIfPresent(String.self, forKey: key) }
        self.init(
            theme: try text(.theme), excerpt: try text(.excerpt),
            sequenceConfirmed: ["on", "true"].contains(try text(.sequenceConfirmed)), storyType: try text(.storyType),
            interpretation: try text(.interpretation), mechanism: try text(.mechanism),
            domains: try c.decodeIfPresent([String].self, forKey: .domains) ?? [])
    }
}

/// Choosing a story for the report, or taking it back: the stories page's toggle.
struct StoryChoiceForm: PageForm, Sendable {
    /// "true" to choose the story.
    var chosen: String?

    enum CodingKeys: String, CodingKey {
        case chosen
    }
}
