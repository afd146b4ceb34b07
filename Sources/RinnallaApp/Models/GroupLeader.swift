import Fluent
import Foundation

/// A staff user who leads a group; today's sessions show on their home page.
final class GroupLeader: Model, @unchecked Sendable {
    static let schema = "group_leaders"

    @ID(key: .id) var id: UUID?
    @Parent(key: "group_id") var group: ActivityGroup
    @Parent(key: "user_id") var user: User

    init() {}

    init(groupID: UUID, userID: UUID) {
        self.$group.id = groupID
        self.$user.id = userID
    }
}
