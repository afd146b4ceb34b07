import Foundation

/// One anonymous answer to the organisation's feedback questions: each question on a
/// five-point agreement scale, or "cannot say", or left blank.
public enum ClientFeedbackAnswer {
    /// 1 "Täysin eri mieltä" … 5 "Täysin samaa mieltä"; 0 is "En osaa sanoa".
    public static let scale = 0...5
    public static let cannotSay = 0
    /// 4 and 5: the client agrees.
    public static let agreeing = 4...5

    public enum Problem: Error, Equatable {
        /// Nothing answered at all.
        case empty
        /// A value off the scale, for the question with this id.
        case offScale(String)
    }

    /// Reads the form's values (question id → the chosen value as sent); a blank is no
    /// answer. At least one question must be answered.
    public static func validate(_ values: [String: String?], questions: [String]) -> Result<[String: Int], Problem> {
        var answers: [String: Int] = [:]
        for question in questions {
            guard let text = values[question] ?? nil else { continue }
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            guard trimmed.count <= 2, let value = Int(trimmed), scale.contains(value) else {
                return .failure(.offScale(question))
            }
            answers[question] = value
        }
        return answers.isEmpty ? .failure(.empty) : .success(answers)
    }

    /// Of the answers on the scale ("cannot say" and blanks left out), those agreeing.
    public static func share(_ values: [Int]) -> Share {
        let rated = values.filter { $0 != cannotSay && scale.contains($0) }
        return Share(part: rated.count(where: agreeing.contains), whole: rated.count)
    }

    /// The scale's labels, from 0 ("cannot say") to 5.
    public static func label(_ value: Int) -> L10nKey {
        switch value {
        case 1: .clientfeedbackScale1
        case 2: .clientfeedbackScale2
        case 3: .clientfeedbackScale3
        case 4: .clientfeedbackScale4
        case 5: .clientfeedbackScale5
        default: .clientfeedbackScale0
        }
    }
}
