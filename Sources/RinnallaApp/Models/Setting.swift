import Fluent
import Foundation

/// An organisation setting (name, rates, thresholds) as a key and a text value.
final class Setting: Model, @unchecked Sendable {
    static let schema = "settings"

    @ID(custom: "key", generatedBy: .user) var id: String?
    @Field(key: "value") var value: String
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(key: String, value: String) {
        self.id = key
        self.value = value
    }
}
