import Fluent
import RinnallaCore
import Vapor

/// A goal as the page form and the API send it, before it is checked; its coding keys
/// name the fields for the views and the errors (issue 14). The SMART check is one
/// checkbox per criterion, `smart-<criterion>`.
struct GoalForm: PageForm, Sendable {
    var level: String?
    var parentID: String?
    var text: String?
    var smart: Set<SMARTCriterion> = []
    var expected: String?
    var muchLess: String?
    var less: String?
    var more: String?
    var muchMore: String?
    var weight: String?
    var baseline: String?
    var reason: String?

    enum CodingKeys: String, CodingKey {
        case level, parentID, text, expected, muchLess, less, more, muchMore, weight, baseline, reason
    }

    /// The checkbox of a SMART criterion.
    static func name(_ criterion: SMARTCriterion) -> String { "smart-\(criterion.rawValue)" }

    init(
        level: String? = nil, parentID: String? = nil, text: String? = nil, smart: Set<SMARTCriterion> = [],
        expected: String? = nil, muchLess: String? = nil, less: String? = nil, more: String? = nil,
        muchMore: String? = nil, weight: String? = nil, baseline: String? = nil, reason: String? = nil
    ) {
        self.level = level
        self.parentID = parentID
        self.text = text
        self.smart = smart
        self.expected = expected
        self.muchLess = muchLess
        self.less = less
        self.more = more
        self.muchMore = muchMore
        self.weight = weight
        self.baseline = baseline
        self.reason = reason
    }

    init() { self.init(level: nil) }

    /// The form showing a version, for revising it.
    init(_ version: GoalVersion) {
        self.init(
            text: version.text, smart: version.smartCriteria, expected: version.expected, muchLess: version.muchLess,
            less: version.less, more: version.more, muchMore: version.muchMore, weight: String(version.weight),
            baseline: String(version.baseline))
    }

    /// The text fields decode with the coding keys; each SMART checkbox is checked when
    /// sent as "on", as a browser sends it.
    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let boxes = try decoder.container(keyedBy: FormFieldKey.self)
        self.init(
            level: try c.decodeIfPresent(String.self, forKey: .level),
            parentID: try c.decodeIfPresent(String.self, forKey: .parentID),
            text: try c.decodeIfPresent(String.self, forKey: .text),
            smart: Set(
                SMARTCriterion.allCases.filter { boxes.checked(Self.name($0)) }),
            expected: try c.decodeIfPresent(String.self, forKey: .expected),
            muchLess: try c.decodeIfPresent(String.self, forKey: .muchLess),
            less: try c.decodeIfPresent(String.self, forKey: .less),
            more: try c.decodeIfPresent(String.self, forKey: .more),
            muchMore: try c.decodeIfPresent(String.self, forKey: .muchMore),
            weight: try c.decodeIfPresent(String.self, forKey: .weight),
            baseline: try c.decodeIfPresent(String.self, forKey: .baseline),
            reason: try c.decodeIfPresent(String.self, forKey: .reason))
    }
}

/// An everyday change marked reached ("true") or not reached again.
struct GoalReachedForm: PageForm, Sendable {
    var reached: String?

    enum CodingKeys: String, CodingKey {
        case reached
    }

    var isReached: Bool { reached == Self.value(true) }

    /// The value the button sends to mark the goal so.
    static func value(_ reached: Bool) -> String { reached ? "true" : "false" }
}

/// The goal list's address may start a new goal under another (`?level=sub&parent=…`).
struct GoalListQuery: PageForm, Sendable {
    var level: String?
    var parent: String?

    enum CodingKeys: String, CodingKey {
        case level, parent
    }
}

/// A period's goals: main goal → sub-goals → everyday changes, each revised by adding
/// a version. Every read and change is audited.
enum GoalService {
    static let maximumTextLength = 2000

    typealias Input = GoalForm

    struct Valid: Sendable {
        var text: String
        var smart: Set<SMARTCriterion>
        var expected: String
        var muchLess: String
        var less: String
        var more: String
        var muchMore: String
        var weight: Int
        var baseline: Int
        var reason: String
    }

    /// A goal with its versions, newest last.
    struct Entry: Sendable {
        let goal: Goal
        let versions: [GoalVersion]
        var current: GoalVersion { versions[versions.count - 1] }
        var level: GoalLevel { goal.goalLevel }
    }

    static func text(_ value: String?, field: String, required: Bool) throws -> String {
        let text = InputRules.trimmed(value) ?? ""
        if required, text.isEmpty { throw AppError.invalid(.errorRequired, field: field, arguments: ["field": field]) }
        guard text.count <= maximumTextLength else {
            throw AppError.invalid(
                .errorTooLong, field: field, arguments: ["field": field, "max": String(maximumTextLength)])
        }
        return text
    }

    static func validate(_ input: Input, level: GoalLevel) throws -> Valid {
        let text = try text(input.text, field: GoalForm.name(.text), required: true)
        let expected = try Self.text(input.expected, field: GoalForm.name(.expected), required: level.isRatedWithGAS)
        guard let weight = BoundedInput.integer(InputRules.trimmed(input.weight) ?? "1", in: 1...3) else {
            throw AppError.invalid(.errorChoiceInvalid, field: GoalForm.name(.weight))
        }
        guard
            let baseline = BoundedInput.integer(
                InputRules.trimmed(input.baseline) ?? "-1", in: GoalProgress.baselineLevels)
        else {
            throw AppError.invalid(.errorChoiceInvalid, field: GoalForm.name(.baseline))
        }
        return Valid(
            text: text, smart: input.smart, expected: expected,
            muchLess: try Self.text(input.muchLess, field: GoalForm.name(.muchLess), required: false),
            less: try Self.text(input.less, field: GoalForm.name(.less), required: false),
            more: try Self.text(input.more, field: GoalForm.name(.more), required: false),
            muchMore: try Self.text(input.muchMore, field: GoalForm.name(.muchMore), required: false), weight: weight,
            baseline: baseline, reason: try Self.text(input.reason, field: GoalForm.name(.reason), required: false))
    }

    static func entries(ofPeriod periodID: UUID, on db: any Database) async throws -> [Entry] {
        let goals = try await Goal.query(on: db).filter(\.$period.$id == periodID).sort(\.$position)
            .sort(\.$createdAt).with(\.$versions).all()
        let entries = goals.compactMap { goal -> Entry? in
            let versions = goal.versions.sorted { $0.version < $1.version }
            return versions.isEmpty ? nil : Entry(goal: goal, versions: versions)
        }
        return GoalTree.ordered(
            entries, id: { $0.goal.id?.uuidString ?? "" }, parent: { $0.goal.$parent.id?.uuidString }
        ).map(\.item)
    }

    /// Reading order with depth, for pages.
    static func tree(_ entries: [Entry]) -> [(item: Entry, depth: Int)] {
        GoalTree.ordered(entries, id: { $0.goal.id?.uuidString ?? "" }, parent: { $0.goal.$parent.id?.uuidString })
    }

    static func view(ofPeriod periodID: UUID, on caller: Caller) async throws -> (RehabilitationPeriod, [Entry]) {
        let period = try await PeriodService.viewPart(periodID, recordType: "goals", on: caller)
        return (period, try await entries(ofPeriod: periodID, on: caller.db))
    }

    static func create(_ input: Input, periodID: UUID, on caller: Caller) async throws -> Goal {
        let period = try await PeriodService.writable(periodID, on: caller)
        guard let level = input.level.flatMap(GoalLevel.init(rawValue:)) else {
            throw AppError.invalid(.errorChoiceInvalid, field: GoalForm.name(.level))
        }
        var found: Goal?
        if let text = InputRules.trimmed(input.parentID) {
            guard let id = UUID(uuidString: text),
                let match = try await Goal.find(id, on: caller.db), match.$period.id == periodID
            else { throw AppError.invalid(.errorChoiceInvalid, field: GoalForm.name(.parentID)) }
            found = match
        }
        let parent = found
        do {
            try GoalTree.check(level: level, parentLevel: parent?.goalLevel)
        } catch {
            throw AppError.invalid(error.key, field: GoalForm.name(.parentID))
        }
        let valid = try validate(input, level: level)
        let user = try caller.requireUser()
        let now = caller.now
        return try await caller.db.atomically { db in
            let siblings = try await Goal.query(on: db).filter(\.$period.$id == periodID)
                .filter(\.$parent.$id == parent?.id).count()
            let goal = Goal()
            goal.$period.id = periodID
            goal.$client.id = period.$client.id
            goal.$unit.id = period.$unit.id
            goal.$parent.id = parent?.id
            goal.level = level.rawValue
            goal.position = siblings
            goal.$createdBy.id = user.id
            goal.createdAt = now
            try await goal.create(on: db)
            try await addVersion(1, valid, to: goal, by: user.id, now: now, on: db)
            try await AuditLog.append(
                .create, unitID: period.$unit.id, clientID: period.$client.id, recordType: "goal",
                recordID: goal.id?.uuidString, detail: "level=\(level.rawValue)", on: caller, db: db)
            return goal
        }
    }

    static func revise(_ goalID: UUID, _ input: Input, on caller: Caller) async throws -> Goal {
        let goal = try await find(goalID, on: caller)
        let period = try await PeriodService.writable(goal.$period.id, on: caller)
        let valid = try validate(input, level: goal.goalLevel)
        let user = try caller.requireUser()
        let now = caller.now
        return try await caller.db.atomically { db in
            let latest =
                try await GoalVersion.query(on: db).filter(\.$goal.$id == goalID).sort(\.$version, .descending)
                .first()?.version ?? 0
            try await addVersion(latest + 1, valid, to: goal, by: user.id, now: now, on: db)
            try await AuditLog.append(
                .update, unitID: period.$unit.id, clientID: period.$client.id, recordType: "goal",
                recordID: goalID.uuidString, detail: "version=\(latest + 1)", on: caller, db: db)
            return goal
        }
    }

    /// Marks an everyday change reached (or not), so the small steps show.
    static func setReached(_ goalID: UUID, reached: Bool, on caller: Caller) async throws -> Goal {
        let goal = try await find(goalID, on: caller)
        let period = try await PeriodService.writable(goal.$period.id, on: caller)
        guard goal.goalLevel == .everyday else { throw AppError.invalid(.goalErrorOnlyEverydayReached, field: nil) }
        return try await caller.db.atomically { db in
            goal.reachedOn = reached ? Day(caller.now).iso : nil
            try await goal.update(on: db)
            try await AuditLog.append(
                .update, unitID: period.$unit.id, clientID: period.$client.id, recordType: "goal",
                recordID: goalID.uuidString, detail: "reached=\(reached)", on: caller, db: db)
            return goal
        }
    }

    /// The goal, if the user may read its unit; otherwise 404.
    static func find(_ goalID: UUID, on caller: Caller) async throws -> Goal {
        let user = try caller.requireUser()
        guard let goal = try await Goal.find(goalID, on: caller.db), user.can(.readClientData, inUnit: goal.$unit.id)
        else { throw AppError.notFound }
        return goal
    }

    private static func addVersion(
        _ number: Int, _ valid: Valid, to goal: Goal, by userID: UUID, now: Date, on db: any Database
    ) async throws {
        let version = GoalVersion()
        version.$goal.id = try goal.requireID()
        version.version = number
        version.text = valid.text
        version.smart = SMARTCriterion.encode(valid.smart)
        version.expected = valid.expected
        version.muchLess = valid.muchLess
        version.less = valid.less
        version.more = valid.more
        version.muchMore = valid.muchMore
        version.weight = valid.weight
        version.baseline = valid.baseline
        version.reason = valid.reason
        version.$createdBy.id = userID
        version.createdAt = now
        try await version.create(on: db)
    }
}
