/// Where a new goal may go: a main goal stands alone, a sub-goal under a main goal,
/// an everyday change under a sub-goal.
public enum GoalTree {
    public enum Problem: Error, Equatable, Sendable {
        case parentRequired(GoalLevel)
        case parentNotAllowed
        case wrongParentLevel(expected: GoalLevel)

        public var key: L10nKey {
            switch self {
            case .parentRequired: .goalErrorParentRequired
            case .parentNotAllowed: .goalErrorParentNotAllowed
            case .wrongParentLevel: .goalErrorWrongParent
            }
        }
    }

    public static func check(level: GoalLevel, parentLevel: GoalLevel?) throws(Problem) {
        switch (level.parentLevel, parentLevel) {
        case (nil, nil): return
        case (nil, .some): throw .parentNotAllowed
        case (.some(let expected), nil): throw .parentRequired(expected)
        case (.some(let expected), .some(let actual)):
            guard expected == actual else { throw .wrongParentLevel(expected: expected) }
        }
    }

    /// Goals in reading order: each main goal, then its sub-goals, each followed by its
    /// everyday changes. Goals whose parent is missing come last rather than vanish.
    public static func ordered<Item>(
        _ items: [Item], id: (Item) -> String, parent: (Item) -> String?
    ) -> [(item: Item, depth: Int)] {
        var children: [String: [Item]] = [:]
        var roots: [Item] = []
        let ids = Set(items.map(id))
        for item in items {
            if let parentID = parent(item), ids.contains(parentID) {
                children[parentID, default: []].append(item)
            } else {
                roots.append(item)
            }
        }
        var result: [(item: Item, depth: Int)] = []
        func visit(_ item: Item, depth: Int) {
            result.append((item, depth))
            for child in children[id(item)] ?? [] { visit(child, depth: depth + 1) }
        }
        for root in roots { visit(root, depth: 0) }
        return result
    }
}
