import Fluent
import Foundation
import RinnallaCore
import Vapor

/// Official translations of the inclusion indicator, installed by an admin as data files
/// (`InclusionIndicatorTranslation`). Rinnalla ships none and never machine-translates:
/// until THL's official wording for a language is installed, the form is in Finnish only.
enum InclusionTranslationService {
    static func all(on db: any Database) async throws -> [InclusionTranslationRow] {
        try await InclusionTranslationRow.query(on: db).sort(\.$language).all()
    }

    static func installedLanguages(on db: any Database) async throws -> Set<String> {
        Set(try await all(on: db).map(\.language))
    }

    /// The wording in `language`: the Finnish original, or an installed translation.
    static func wording(_ language: String, on db: any Database) async throws -> InclusionIndicatorWording? {
        if language == InclusionIndicator.finnish.language { return InclusionIndicator.finnish }
        guard let row = try await InclusionTranslationRow.query(on: db).filter(\.$language == language).first()
        else { return nil }
        return row.translation?.wording
    }

    /// Validates and installs a translation file, replacing an earlier install of the
    /// same language. A refused file changes nothing and the message says what is wrong.
    static func install(_ text: String?, on caller: Caller) async throws -> InclusionIndicatorTranslation {
        let user = try caller.requireUser()
        guard user.can(.manageUsers) else { throw AppError.forbidden }
        let text = text ?? ""
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw AppError.invalid(.surveyTranslationErrorEmpty, field: "translation")
        }
        let translation: InclusionIndicatorTranslation
        do { translation = try InclusionIndicatorTranslation.parse(Data(text.utf8)) } catch {
            throw AppError.invalid(message(error).key, field: "translation", arguments: message(error).arguments)
        }
        let language = translation.language
        try await caller.db.atomically { db in
            try await InclusionTranslationRow.query(on: db).filter(\.$language == language).delete()
            let row = InclusionTranslationRow()
            row.language = language
            row.definition = text
            row.$installedBy.id = user.id
            row.installedAt = caller.now
            try await row.create(on: db)
            try await AuditLog.append(
                .create, recordType: "inclusion_translation", recordID: language, on: caller, db: db)
        }
        return translation
    }

    static func remove(_ language: String, on caller: Caller) async throws {
        guard try caller.requireUser().can(.manageUsers) else { throw AppError.forbidden }
        try await caller.db.atomically { db in
            guard let row = try await InclusionTranslationRow.query(on: db).filter(\.$language == language).first()
            else { throw AppError.notFound }
            try await row.delete(on: db)
            try await AuditLog.append(
                .delete, recordType: "inclusion_translation", recordID: language, on: caller, db: db)
        }
    }

    /// The catalog message for a refused file.
    static func message(_ problem: InclusionTranslationProblem) -> (key: L10nKey, arguments: [String: String]) {
        switch problem {
        case .tooLarge(let max): (.surveyTranslationErrorTooLarge, ["max": "\(max)"])
        case .notReadable: (.surveyTranslationErrorNotReadable, [:])
        case .unknownFormat(let format):
            (.surveyTranslationErrorFormat, ["found": format, "expected": InclusionIndicatorTranslation.formatName])
        case .invalidLanguage(let language): (.surveyTranslationErrorLanguage, ["found": language])
        case .finnishIsTheOriginal: (.surveyTranslationErrorFinnish, [:])
        case .missingSource: (.surveyTranslationErrorSource, [:])
        case .statementCount(let found): (.surveyTranslationErrorStatements, ["found": "\(found)"])
        case .optionCount(let found): (.surveyTranslationErrorOptions, ["found": "\(found)"])
        case .emptyText(let field):
            switch field {
            case .question: (.surveyTranslationErrorEmptyQuestion, [:])
            case .guidingSentence: (.surveyTranslationErrorEmptyGuiding, [:])
            case .attribution: (.surveyTranslationErrorEmptyAttribution, [:])
            case .statement(let number): (.surveyTranslationErrorEmptyStatement, ["number": "\(number)"])
            case .option(let number): (.surveyTranslationErrorEmptyOption, ["number": "\(number)"])
            }
        }
    }
}
