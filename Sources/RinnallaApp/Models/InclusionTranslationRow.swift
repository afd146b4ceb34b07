import Fluent
import Foundation
import RinnallaCore

/// An installed official translation of the inclusion indicator: the admin's data file,
/// validated on install and again when read.
final class InclusionTranslationRow: Model, @unchecked Sendable {
    static let schema = "inclusion_translations"

    @ID(key: .id) var id: UUID?
    @Field(key: "language") var language: String
    /// The `InclusionIndicatorTranslation` JSON as installed.
    @Field(key: "definition") var definition: String
    @Parent(key: "installed_by") var installedBy: User
    @Field(key: "installed_at") var installedAt: Date

    init() {}

    var translation: InclusionIndicatorTranslation? {
        try? InclusionIndicatorTranslation.parse(Data(definition.utf8))
    }
}
