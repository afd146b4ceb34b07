import Fluent
import Foundation
import RinnallaCore
import Vapor

/// A self-evaluation round as its form sends it; its coding keys name the fields for the
/// view and the errors (issue 14). Each auxiliary question has a rating and an answer
/// field of its own (`name(rating:)`, `name(answer:)`).
struct SelfEvaluationForm: PageForm, Sendable {
    var day: String?
    var note: String?
    /// By question number.
    var ratings: [Int: String] = [:]
    var answers: [Int: String] = [:]

    enum CodingKeys: String, CodingKey {
        case day = "selfEvaluationDay"
        case note = "selfEvaluationNote"
    }

    /// The rating field of a question.
    static func name(rating number: Int) -> String { "rating-\(number)" }
    /// The answer field of a question.
    static func name(answer number: Int) -> String { "answer-\(number)" }
}

extension SelfEvaluationForm {
    /// The fixed fields decode with the coding keys, a rating and an answer per question.
    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let all = try decoder.container(keyedBy: FormFieldKey.self)
        var ratings: [Int: String] = [:]
        var answers: [Int: String] = [:]
        for number in AuxiliaryQuestions.questions.map(\.number) {
            ratings[number] = all.text(Self.name(rating: number))
            answers[number] = all.text(Self.name(answer: number))
        }
        self.init(
            day: try c.decodeIfPresent(String.self, forKey: .day),
            note: try c.decodeIfPresent(String.self, forKey: .note),
            ratings: ratings, answers: answers)
    }
}

/// The team's self-evaluation of an activity with the guide's 24 auxiliary questions: dated
/// rounds, each question answered with free text and a rating on the team's own scale, so
/// a later round can be set beside an earlier one. Callers check `.manage` first.
/// A self-evaluation round's page beside another (`?compare=<round>`).
struct SelfEvaluationCompareQuery: PageForm, Sendable {
    var compare: String?

    enum CodingKeys: String, CodingKey {
        case compare
    }
}

enum InclusionSelfEvaluationService {
    /// The team's own rating scale (the guide gives none): 1 = not at all … 5 = fully.
    static let ratings = 1...5
    static let maximumAnswer = 5_000

    typealias Input = SelfEvaluationForm

    struct Valid: Sendable {
        var day: Day
        var note: String
        var answers: [(question: Int, rating: Int?, answer: String)]
    }

    static func validate(_ input: Input, today: Day) throws -> Valid {
        guard let text = InputRules.trimmed(input.day), let day = Day(parsing: text) else {
            throw AppError.invalid(.storiesErrorDay, field: SelfEvaluationForm.name(.day))
        }
        guard day <= today else { throw AppError.invalid(.storiesErrorDayFuture, field: SelfEvaluationForm.name(.day)) }
        let note = try InclusionStoryService.text(
            input.note, field: SelfEvaluationForm.name(.note), maximum: InclusionStoryService.maximumText)
        var answers: [(Int, Int?, String)] = []
        for question in AuxiliaryQuestions.questions {
            let number = question.number
            var rating: Int?
            if let text = InputRules.trimmed(input.ratings[number]) {
                guard let value = Int(text), ratings.contains(value) else {
                    throw AppError.invalid(
                        .auxqErrorRating, field: SelfEvaluationForm.name(rating: number),
                        arguments: ["number": "\(number)"])
                }
                rating = value
            }
            let answer = input.answers[number]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            guard answer.count <= maximumAnswer else {
                throw AppError.invalid(
                    .auxqErrorAnswerLength, field: SelfEvaluationForm.name(answer: number),
                    arguments: ["number": "\(number)", "max": "\(maximumAnswer)"])
            }
            if rating != nil || !answer.isEmpty { answers.append((number, rating, answer)) }
        }
        guard !answers.isEmpty else {
            throw AppError.invalid(.auxqErrorEmpty, field: SelfEvaluationForm.name(rating: 1))
        }
        return Valid(day: day, note: note, answers: answers)
    }

    static func create(_ input: Input, evaluation: InclusionEvaluation, on caller: Caller) async throws
        -> InclusionSelfEvaluation
    {
        let valid = try validate(input, today: Day(caller.now))
        let user = try caller.requireUser()
        return try await caller.db.atomically { db in
            let round = InclusionSelfEvaluation()
            round.$evaluation.id = try evaluation.requireID()
            round.$unit.id = evaluation.$unit.id
            round.day = valid.day.iso
            round.note = valid.note
            round.$createdBy.id = user.id
            try await round.create(on: db)
            for item in valid.answers {
                let answer = InclusionSelfEvaluationAnswer()
                answer.$selfEvaluation.id = try round.requireID()
                answer.$unit.id = evaluation.$unit.id
                answer.question = item.question
                answer.rating = item.rating
                answer.answer = item.answer
                try await answer.create(on: db)
            }
            try await AuditLog.append(
                .create, unitID: evaluation.$unit.id, recordType: "inclusion-self-evaluation",
                recordID: round.id?.uuidString, on: caller, db: db)
            return round
        }
    }

    /// The evaluation's rounds, oldest first, with their answers.
    static func rounds(of evaluationID: UUID, on db: any Database) async throws -> [InclusionSelfEvaluation] {
        try await InclusionSelfEvaluation.query(on: db).filter(\.$evaluation.$id == evaluationID).with(\.$answers)
            .sort(\.$day).sort(\.$createdAt).sort(\.$id).all()
    }

    /// Mean rating per group of questions (nil when nothing in the group was rated).
    static func groupMeans(_ round: InclusionSelfEvaluation) -> [(group: AuxiliaryQuestions.Group, mean: Double?)] {
        AuxiliaryQuestions.groups.map { group in
            let numbers = Set(group.questions.map(\.number))
            let values = round.answers.filter { numbers.contains($0.question) }.compactMap(\.rating)
            return (group, values.isEmpty ? nil : Double(values.reduce(0, +)) / Double(values.count))
        }
    }

    static func answer(_ round: InclusionSelfEvaluation, _ number: Int) -> InclusionSelfEvaluationAnswer? {
        round.answers.first { $0.question == number }
    }
}
