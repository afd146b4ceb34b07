import Fluent
import RinnallaCore
import SQLKit
import Vapor

/// An observation as the page form and the API send it, before it is checked; its coding
/// keys name the fields for the views and the errors (issue 14).
struct ObservationForm: PageForm, Sendable {
    var unitID: String?
    var text: String?
    var tags: String?
    var areaID: String?
    var day: String?

    enum CodingKeys: String, CodingKey {
        case unitID, areaID
        case text = "observationText"
        case tags = "observationTags"
        case day = "observationDay"
    }

    init(
        unitID: String? = nil, text: String? = nil, tags: String? = nil, areaID: String? = nil, day: String? = nil
    ) {
        self.unitID = unitID
        self.text = text
        self.tags = tags
        self.areaID = areaID
        self.day = day
    }

    init() { self.init(unitID: nil) }
}

extension ObservationForm {
    /// The form showing an observation, for editing it.
    init(_ observation: Observation) {
        self.init(
            unitID: observation.$unit.id.uuidString, text: observation.text,
            tags: observation.tags.map(\.tag).sorted().joined(separator: ", "),
            areaID: observation.$area.id?.uuidString ?? "",
            day: Day(iso: observation.day)?.finnish ?? observation.day)
    }
}

/// Observations of phenomena (ilmiöhavainnot) for structural social work: written by the
/// unit's workers without identifying anyone, read by the unit's workers, changed and
/// removed only by their author. Every read and change is audited.
enum ObservationService {
    typealias Input = ObservationForm

    struct Valid: Sendable {
        let text: String
        let tags: [String]
        let areaID: UUID?
        let day: Day
    }

    struct Filter: Sendable {
        var unitID: UUID
        var tag: String?
        var areaID: UUID?
        var from: Day?
        var to: Day?
    }

    /// Units whose observations the user may read and write.
    static func units(of user: CurrentUser) -> [(id: UUID, name: String)] {
        user.units.filter { user.can(.writeClientData, inUnit: $0.id) }
    }

    /// The unit asked for, or the user's first; a unit the user has no part in is 404.
    static func unit(_ text: String?, of user: CurrentUser) throws -> UUID {
        let units = units(of: user)
        if let text = InputRules.trimmed(text) {
            guard let id = UUID(uuidString: text), units.contains(where: { $0.id == id }) else {
                throw AppError.notFound
            }
            return id
        }
        guard let first = units.first else { throw AppError.notFound }
        return first.id
    }

    /// An observation of one of the user's units (others: 404), with its tags and area.
    static func find(_ id: UUID, on caller: Caller) async throws -> Observation {
        let user = try caller.requireUser()
        guard
            let observation = try await Observation.query(on: caller.db).filter(\.$id == id).with(\.$tags)
                .with(\.$area).first(),
            user.can(.writeClientData, inUnit: observation.$unit.id)
        else { throw AppError.notFound }
        return observation
    }

    /// Only the author changes or removes an observation; others of the unit see it only.
    static func requireAuthor(_ observation: Observation, on caller: Caller) throws {
        guard observation.$recordedBy.id == (try caller.requireUser()).id else { throw AppError.forbidden }
    }

    static func validate(_ input: Input, today: Day, on db: any Database) async throws -> Valid {
        guard let text = InputRules.trimmed(input.text) else {
            throw AppError.invalid(
                .errorRequired, field: ObservationForm.name(.text), arguments: ["field": ObservationForm.name(.text)])
        }
        guard text.count <= ObservationRules.maximumTextLength else {
            throw AppError.invalid(
                .errorTooLong, field: ObservationForm.name(.text),
                arguments: ["field": ObservationForm.name(.text), "max": String(ObservationRules.maximumTextLength)])
        }
        try refuseIdentifying(text, field: ObservationForm.name(.text))
        let tagText = input.tags ?? ""
        try refuseIdentifying(tagText, field: ObservationForm.name(.tags))
        let tags = ObservationRules.tags(tagText)
        guard tags.count <= ObservationRules.maximumTags,
            tags.allSatisfy({ $0.count <= ObservationRules.maximumTagLength })
        else {
            throw AppError.invalid(
                .observationErrorTags, field: ObservationForm.name(.tags),
                arguments: [
                    "field": ObservationForm.name(.tags), "count": String(ObservationRules.maximumTags),
                    "max": String(ObservationRules.maximumTagLength),
                ])
        }
        var areaID: UUID?
        if let areaText = InputRules.trimmed(input.areaID) {
            guard let id = UUID(uuidString: areaText), try await Area.find(id, on: db) != nil else {
                throw AppError.invalid(.errorChoiceInvalid, field: ObservationForm.name(.areaID))
            }
            areaID = id
        }
        var day = today
        if let dayText = InputRules.trimmed(input.day) {
            guard let parsed = Day(parsing: dayText) else {
                throw AppError.invalid(.errorDateInvalid, field: ObservationForm.name(.day))
            }
            guard parsed <= today else {
                throw AppError.invalid(
                    .observationErrorFuture, field: ObservationForm.name(.day),
                    arguments: ["field": ObservationForm.name(.day)])
            }
            day = parsed
        }
        return Valid(text: text, tags: tags, areaID: areaID, day: day)
    }

    /// Refuses text that would identify someone, naming the field and what was found.
    static func refuseIdentifying(_ text: String, field: String) throws {
        guard let found = ObservationRules.identifying(in: text) else { return }
        let key: L10nKey =
            switch found {
            case .identityCode: .observationErrorIdentityCode
            case .phoneNumber: .observationErrorPhone
            case .emailAddress: .observationErrorEmail
            }
        throw AppError.invalid(key, field: field, arguments: ["field": field])
    }

    static func create(_ input: Input, on caller: Caller) async throws -> Observation {
        let user = try caller.requireUser()
        let unitID = try unit(input.unitID, of: user)
        let valid = try await validate(input, today: Day(caller.now), on: caller.db)
        let id = try await caller.db.atomically { db in
            let observation = Observation()
            observation.$unit.id = unitID
            observation.$recordedBy.id = user.id
            observation.inReport = false
            apply(valid, to: observation)
            try await observation.create(on: db)
            let id = try observation.requireID()
            try await saveTags(valid.tags, of: id, on: db)
            try await AuditLog.append(
                .create, unitID: unitID, recordType: "observation", recordID: id.uuidString, on: caller, db: db)
            return id
        }
        return try await find(id, on: caller)
    }

    static func update(_ id: UUID, _ input: Input, on caller: Caller) async throws -> Observation {
        let observation = try await find(id, on: caller)
        try requireAuthor(observation, on: caller)
        let valid = try await validate(input, today: Day(caller.now), on: caller.db)
        try await caller.db.atomically { db in
            apply(valid, to: observation)
            try await observation.update(on: db)
            try await ObservationTag.query(on: db).filter(\.$observation.$id == id).delete()
            try await saveTags(valid.tags, of: id, on: db)
            try await AuditLog.append(
                .update, unitID: observation.$unit.id, recordType: "observation", recordID: id.uuidString,
                on: caller, db: db)
        }
        return try await find(id, on: caller)
    }

    static func delete(_ id: UUID, on caller: Caller) async throws {
        let observation = try await find(id, on: caller)
        try requireAuthor(observation, on: caller)
        try await caller.db.atomically { db in
            try await ObservationTag.query(on: db).filter(\.$observation.$id == id).delete()
            try await observation.delete(on: db)
            try await AuditLog.append(
                .delete, unitID: observation.$unit.id, recordType: "observation", recordID: id.uuidString,
                on: caller, db: db)
        }
    }

    static func apply(_ valid: Valid, to observation: Observation) {
        observation.text = valid.text
        observation.$area.id = valid.areaID
        observation.day = valid.day.iso
    }

    static func saveTags(_ tags: [String], of id: UUID, on db: any Database) async throws {
        for tag in tags {
            let row = ObservationTag()
            row.$observation.id = id
            row.tag = tag
            try await row.create(on: db)
        }
    }

    /// The unit's observations matching the filter, newest first, with tags and areas.
    static func search(_ filter: Filter, on db: any Database) async throws -> [Observation] {
        var query = Observation.query(on: db).filter(\.$unit.$id == filter.unitID).with(\.$tags).with(\.$area)
        if let areaID = filter.areaID { query = query.filter(\.$area.$id == areaID) }
        if let from = filter.from { query = query.filter(\.$day >= from.iso) }
        if let to = filter.to { query = query.filter(\.$day <= to.iso) }
        if let tag = filter.tag.flatMap({ ObservationRules.tags($0).first }) {
            query = query.join(ObservationTag.self, on: \ObservationTag.$observation.$id == \Observation.$id)
                .filter(ObservationTag.self, \.$tag == tag)
        }
        return try await query.sort(\.$day, .descending).sort(\.$createdAt, .descending).limit(500).all()
    }

    /// The list's data, audited as a view of the unit's observations.
    static func list(_ filter: Filter, on caller: Caller) async throws -> [Observation] {
        let observations = try await search(filter, on: caller.db)
        try await AuditLog.append(
            .view, unitID: filter.unitID, recordType: "observations", detail: "\(observations.count)", on: caller)
        return observations
    }

    /// Marks which of the `shown` observations go into the social report: the `chosen`
    /// ones in, the others out. Ids of other units are ignored.
    static func choose(unitID: UUID, shown: [UUID], chosen: Set<UUID>, on caller: Caller) async throws {
        let user = try caller.requireUser()
        guard user.can(.writeClientData, inUnit: unitID) else { throw AppError.notFound }
        guard !shown.isEmpty else { return }
        try await caller.db.atomically { db in
            let rows = try await Observation.query(on: db).filter(\.$unit.$id == unitID).filter(\.$id ~~ shown).all()
            var changed = 0
            for row in rows {
                let inReport = chosen.contains(try row.requireID())
                guard row.inReport != inReport else { continue }
                row.inReport = inReport
                try await row.update(on: db)
                changed += 1
            }
            try await AuditLog.append(
                .update, unitID: unitID, recordType: "social-report-observations", detail: "\(changed)",
                on: caller, db: db)
        }
    }
}
