import Vapor

/// The form of a local adaptation, new or edited; its coding keys are the field names the
/// page writes and `LocalAdaptationRules` names in its problems.
struct LocalAdaptationForm: PageForm, Sendable {
    var text: String?
    var day: String?

    enum CodingKeys: String, CodingKey { case text, day }

    init() {}

    init(text: String?, day: String?) {
        self.text = text
        self.day = day
    }
}

/// The self-rating form: the year and, per core element, `rating-<element id>` and
/// `reason-<element id>`. The elements are the model's, so the field names are built at
/// run time.
struct CoreElementRatingsForm: Decodable, Sendable {
    var year: String?
    var ratings: [String: String] = [:]
    var reasons: [String: String] = [:]

    static let yearField = "year"
    static func ratingField(_ elementID: String) -> String { "rating-\(elementID)" }
    static func reasonField(_ elementID: String) -> String { "reason-\(elementID)" }

    init(year: String?, ratings: [String: String] = [:], reasons: [String: String] = [:]) {
        self.year = year
        self.ratings = ratings
        self.reasons = reasons
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: FormFieldKey.self)
        year = c.text(Self.yearField)
        ratings = c.texts(prefixed: "rating-")
        reasons = c.texts(prefixed: "reason-")
    }

    /// The form of this request; a body that does not decode reads as empty.
    init(from req: Request) {
        self = (try? req.content.decode(Self.self)) ?? Self(year: nil)
    }
}
