/// A unit's own local adaptation of an operating model ("Paikalliset adaptaatiotarpeet ja
/// -ratkaisut", seed 002): what the unit changed or needs, written down with the day it
/// was decided. The seed's examples are a mental health know-how need, a minibus for
/// mobile work and digital solutions in sparse areas.
public enum LocalAdaptationRules {
    public static let maximumTextLength = 2000

    /// An adaptation that passed the checks: the text trimmed, the day read.
    public struct Valid: Sendable, Equatable {
        public var text: String
        public var day: Day
    }

    /// The text is required and bounded; the day is a real day (`yyyy-MM-dd` or
    /// `d.M.yyyy`) and not after `today`, since an adaptation is recorded once made.
    /// Field names: `text`, `day`.
    public static func validate(text: String?, day: String?, today: Day) throws(FieldProblem) -> Valid {
        guard let text = InputRules.trimmed(text) else {
            throw FieldProblem(.logicModelUnitErrorTextRequired, field: "text")
        }
        guard text.count <= maximumTextLength else {
            throw FieldProblem(
                .logicModelUnitErrorTextTooLong, field: "text", arguments: ["max": String(maximumTextLength)])
        }
        guard let day = BoundedInput.day(InputRules.trimmed(day)) else {
            throw FieldProblem(.logicModelUnitErrorDayInvalid, field: "day")
        }
        guard day <= today else { throw FieldProblem(.logicModelUnitErrorDayFuture, field: "day") }
        return Valid(text: text, day: day)
    }
}
