import Fluent
import Foundation
import RinnallaCore
import Vapor

/// A unit's local adaptations of the three operating models and its yearly self-rating of
/// each model's core elements (issue 17, items 1 and 2). The unit's team lead records
/// them; its evaluators and the administrators read them; other members get 403 and
/// anyone outside the unit 404, as on the team lead's dashboard. Every change is audited
/// in its own transaction.
enum LogicModelAdaptationService {
    enum Access: Sendable, Equatable {
        /// The unit's team lead: records and changes.
        case edit
        /// An evaluator of the unit, an administrator: reads.
        case view
    }

    /// An adaptation as the page and the evidence view show it.
    struct Adaptation: Sendable, Equatable {
        var id: UUID
        var unitID: UUID
        var model: OperatingModel
        var text: String
        var day: Day
        var recordedBy: UUID
        var recordedByName: String
    }

    /// One element's rating for one year.
    struct Rating: Sendable, Equatable {
        var elementID: String
        var year: Int
        var rating: CoreElementRating
        var reason: String?
        var ratedBy: UUID
        var ratedByName: String
    }

    /// One element's rating as set: `setRating`'s input.
    struct RatingInput: Sendable, Equatable {
        var elementID: String
        var rating: String?
        var reason: String?
    }

    static let adaptationRecord = "logic-model-adaptation"
    static let ratingRecord = "core-element-rating"

    /// Who may open a unit's page, and how (the dashboard's rule, `TeamLeadDashboardService`).
    static func access(to unitID: UUID, for user: CurrentUser) throws -> Access {
        let roles = Set(user.memberships.filter { $0.unitID == unitID }.map(\.role))
        guard !roles.isEmpty || user.can(.manageUsers) else { throw AppError.notFound }
        if roles.contains(.teamLead) { return .edit }
        if user.can(.viewAggregates, inUnit: unitID) || user.can(.manageUsers) { return .view }
        throw AppError(status: .forbidden, code: "forbidden", key: .logicModelUnitForbidden)
    }

    /// The units whose pages the user may open, by name.
    static func units(for user: CurrentUser, on db: any Database) async throws -> [(id: UUID, name: String)] {
        var query = OrgUnit.query(on: db).sort(\.$name)
        if !user.can(.manageUsers) { query = query.filter(\.$id ~~ user.memberships.map(\.unitID)) }
        return try await query.all().compactMap { unit in
            guard let id = unit.id, (try? access(to: id, for: user)) != nil else { return nil }
            return (id, unit.name)
        }
    }

    // MARK: Reading

    /// A unit's adaptations of a model, newest first (by day, then as recorded). The caller
    /// checks access; nothing here is client data, so reads are not audited.
    static func adaptations(unitID: UUID, model: OperatingModel, on db: any Database) async throws -> [Adaptation] {
        let rows = try await LogicModelAdaptation.query(on: db)
            .filter(\.$unit.$id == unitID).filter(\.$model == model.rawValue)
            .with(\.$recordedBy)
            .sort(\.$day, .descending).sort(\.$createdAt, .descending).sort(\.$id)
            .all()
        return try rows.map { try adaptation($0, model: model) }
    }

    /// A unit's ratings of a model's core elements for `year`, in the elements' order;
    /// an element not rated that year has none.
    static func ratings(unitID: UUID, model: OperatingModel, year: Int, on db: any Database) async throws -> [Rating] {
        let rows = try await CoreElementSelfRating.query(on: db)
            .filter(\.$unit.$id == unitID).filter(\.$model == model.rawValue).filter(\.$year == year)
            .with(\.$ratedBy)
            .all()
        let order = Dictionary(
            uniqueKeysWithValues: LogicModels.model(model).coreElements.map { ($0.id, $0.number) })
        return
            rows
            .compactMap { row -> Rating? in
                // An element or rating no longer in the model is not shown as one of its own.
                guard order[row.elementID] != nil, let rating = CoreElementRating(rawValue: row.rating) else {
                    return nil
                }
                return Rating(
                    elementID: row.elementID, year: row.year, rating: rating, reason: row.reason,
                    ratedBy: row.$ratedBy.id, ratedByName: row.ratedBy.name)
            }
            .sorted { order[$0.elementID, default: 0] < order[$1.elementID, default: 0] }
    }

    static func find(_ id: UUID, unitID: UUID, model: OperatingModel, on db: any Database) async throws
        -> LogicModelAdaptation
    {
        guard
            let row = try await LogicModelAdaptation.query(on: db)
                .filter(\.$id == id).filter(\.$unit.$id == unitID).filter(\.$model == model.rawValue)
                .with(\.$recordedBy).first()
        else { throw AppError.notFound }
        return row
    }

    static func adaptation(_ row: LogicModelAdaptation, model: OperatingModel) throws -> Adaptation {
        Adaptation(
            id: try row.requireID(), unitID: row.$unit.id, model: model, text: row.text,
            day: Day(parsing: row.day) ?? Day(1970, 1, 1), recordedBy: row.$recordedBy.id,
            recordedByName: row.$recordedBy.value?.name ?? "")
    }

    // MARK: Changing

    /// The team lead of the unit, or the error `access` gives.
    private static func requireEditor(_ unitID: UUID, on caller: Caller) throws -> CurrentUser {
        let user = try caller.requireUser()
        guard try access(to: unitID, for: user) == .edit else {
            throw AppError(status: .forbidden, code: "forbidden", key: .logicModelUnitReadOnly)
        }
        return user
    }

    private static func validate(_ form: LocalAdaptationForm, on caller: Caller) throws -> LocalAdaptationRules.Valid {
        do {
            return try LocalAdaptationRules.validate(text: form.text, day: form.day, today: Day(caller.now))
        } catch {
            throw AppError.invalid(error.key, field: error.field, arguments: error.arguments)
        }
    }

    static func add(unitID: UUID, model: OperatingModel, _ form: LocalAdaptationForm, on caller: Caller)
        async throws -> UUID
    {
        let user = try requireEditor(unitID, on: caller)
        let valid = try validate(form, on: caller)
        return try await caller.db.atomically { db in
            let row = LogicModelAdaptation()
            row.$unit.id = unitID
            row.model = model.rawValue
            row.text = valid.text
            row.day = valid.day.iso
            row.$recordedBy.id = user.id
            try await row.create(on: db)
            let id = try row.requireID()
            try await AuditLog.append(
                .create, unitID: unitID, recordType: adaptationRecord, recordID: id.uuidString,
                detail: "\(model.rawValue) \(valid.day.iso)", on: caller, db: db)
            return id
        }
    }

    static func edit(
        _ id: UUID, unitID: UUID, model: OperatingModel, _ form: LocalAdaptationForm, on caller: Caller
    ) async throws {
        _ = try requireEditor(unitID, on: caller)
        let row = try await find(id, unitID: unitID, model: model, on: caller.db)
        let valid = try validate(form, on: caller)
        try await caller.db.atomically { db in
            row.text = valid.text
            row.day = valid.day.iso
            try await row.update(on: db)
            try await AuditLog.append(
                .update, unitID: unitID, recordType: adaptationRecord, recordID: id.uuidString,
                detail: "\(model.rawValue) \(valid.day.iso)", on: caller, db: db)
        }
    }

    static func delete(_ id: UUID, unitID: UUID, model: OperatingModel, on caller: Caller) async throws {
        _ = try requireEditor(unitID, on: caller)
        let row = try await find(id, unitID: unitID, model: model, on: caller.db)
        try await caller.db.atomically { db in
            try await row.delete(on: db)
            try await AuditLog.append(
                .delete, unitID: unitID, recordType: adaptationRecord, recordID: id.uuidString,
                detail: "\(model.rawValue) \(row.day)", on: caller, db: db)
        }
    }

    /// Sets one element's rating for `year`, replacing that year's earlier one.
    static func setRating(
        unitID: UUID, model: OperatingModel, year: Int, _ input: RatingInput, on caller: Caller
    ) async throws {
        try await setRatings(unitID: unitID, model: model, year: String(year), [input], on: caller)
    }

    /// The self-rating form: every element with a rating chosen is set for the year, all
    /// in one transaction after every element has passed the checks. An element whose
    /// rating and reason are unchanged is not written again (nor audited).
    static func setRatings(unitID: UUID, model: OperatingModel, _ form: CoreElementRatingsForm, on caller: Caller)
        async throws
    {
        let inputs = LogicModels.model(model).coreElements.map { element in
            RatingInput(
                elementID: element.id, rating: form.ratings[element.id], reason: form.reasons[element.id])
        }
        try await setRatings(unitID: unitID, model: model, year: form.year, inputs, on: caller)
    }

    private static func setRatings(
        unitID: UUID, model: OperatingModel, year text: String?, _ inputs: [RatingInput], on caller: Caller
    ) async throws {
        let user = try requireEditor(unitID, on: caller)
        let elements = Set(LogicModels.model(model).coreElements.map(\.id))
        var valid: [(elementID: String, rating: CoreElementRatingRules.Valid)] = []
        let year: Int
        do {
            year = try CoreElementRatingRules.year(text, today: Day(caller.now))
            for input in inputs {
                guard elements.contains(input.elementID) else { throw AppError.notFound }
                if let rating = try CoreElementRatingRules.validate(
                    rating: input.rating, reason: input.reason, element: input.elementID,
                    ratingField: CoreElementRatingsForm.ratingField(input.elementID),
                    reasonField: CoreElementRatingsForm.reasonField(input.elementID))
                {
                    valid.append((input.elementID, rating))
                }
            }
        } catch let error as FieldProblem {
            throw AppError.invalid(error.key, field: error.field, arguments: error.arguments)
        }
        let checked = valid
        try await caller.db.atomically { db in
            let existing = try await CoreElementSelfRating.query(on: db)
                .filter(\.$unit.$id == unitID).filter(\.$model == model.rawValue).filter(\.$year == year)
                .all()
            let byElement = Dictionary(existing.map { ($0.elementID, $0) }, uniquingKeysWith: { first, _ in first })
            for (elementID, rating) in checked {
                let row = byElement[elementID] ?? CoreElementSelfRating()
                let isNew = row.id == nil
                if !isNew, row.rating == rating.rating.rawValue, row.reason == rating.reason { continue }
                row.$unit.id = unitID
                row.model = model.rawValue
                row.elementID = elementID
                row.year = year
                row.rating = rating.rating.rawValue
                row.reason = rating.reason
                row.$ratedBy.id = user.id
                try await row.save(on: db)
                try await AuditLog.append(
                    isNew ? .create : .update, unitID: unitID, recordType: ratingRecord,
                    recordID: try row.requireID().uuidString,
                    detail: "\(model.rawValue) \(elementID) \(year): \(rating.rating.rawValue)", on: caller, db: db)
            }
        }
    }
}
