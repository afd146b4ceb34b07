import Fluent
import RinnallaCore
import SQLKit
import Vapor

/// An anonymous answer as the public feedback form sends it; its coding keys name the
/// fields for the view and the errors (issue 14).
struct GroupFeedbackForm: PageForm, Sendable {
    var good: String?
    var change: String?
    var rating: String?

    enum CodingKeys: String, CodingKey {
        case good = "feedbackGood"
        case change = "feedbackChange"
        case rating = "feedbackRating"
    }
}

/// A group's anonymous feedback: its public link, the form's answers and the protected
/// summary its leaders and its unit's staff read. The public side stores nothing about the
/// respondent and is not audited (an audit row would keep the address); the staff side is.
enum GroupFeedbackService {
    /// A group whose feedback and report the user may read and whose link they may
    /// change: its staff leaders and its owning unit's client-work staff. Others get 404.
    static func readable(_ groupID: UUID, on caller: Caller) async throws -> ActivityGroup {
        let user = try caller.requireUser()
        guard let group = try await ActivityGroup.find(groupID, on: caller.db) else { throw AppError.notFound }
        if !user.can(.readClientData, inUnit: group.$unit.id) {
            let leads = try await GroupLeader.query(on: caller.db).filter(\.$group.$id == groupID)
                .filter(\.$user.$id == user.id).count()
            guard leads > 0 else { throw AppError.notFound }
        }
        // Feedback still held when the group has ended joins its figures before anything is
        // read (issue 13, item 7; `AnswerHolding`).
        if !collecting(group, today: Day(caller.now)) {
            try await AnswerHolding.settle(closed: [.groupFeedback(groupID)], on: caller.db)
        }
        return group
    }

    /// Whether the group still takes feedback on `today` (its last day has not passed):
    /// while it does, answers join the figures only in groups (`AnswerRelease`).
    static func collecting(_ group: ActivityGroup, today: Day) -> Bool {
        guard let last = Day(iso: group.lastDay) else { return true }
        return today <= last
    }

    /// The group's link in use, if any.
    static func currentLink(ofGroup groupID: UUID, on db: any Database) async throws -> GroupFeedbackLink? {
        try await GroupFeedbackLink.query(on: db).filter(\.$group.$id == groupID).filter(\.$retiredAt == nil).first()
    }

    /// Makes a new link for the group, retiring the one in use: the old poster stops working.
    static func newLink(_ groupID: UUID, on caller: Caller) async throws -> GroupFeedbackLink {
        let group = try await readable(groupID, on: caller)
        let user = try caller.requireUser()
        let now = caller.now
        return try await caller.db.atomically { db in
            try await db.serializeWrites()
            let retired = try await GroupFeedbackLink.query(on: db).filter(\.$group.$id == groupID)
                .filter(\.$retiredAt == nil).all()
            for old in retired {
                old.retiredAt = now
                try await old.update(on: db)
            }
            let link = GroupFeedbackLink()
            link.$group.id = groupID
            link.$unit.id = group.$unit.id
            link.token = Secrets.token()
            link.$createdBy.id = user.id
            try await link.create(on: db)
            try await AuditLog.append(
                retired.isEmpty ? .create : .update, unitID: group.$unit.id, recordType: "group-feedback-link",
                recordID: groupID.uuidString, detail: "retired \(retired.count)", on: caller, db: db)
            return link
        }
    }

    /// What a public link leads to.
    enum PublicState {
        case open(ActivityGroup, GroupFeedbackLink)
        /// The group's last day has passed.
        case ended(ActivityGroup)
        /// A newer link replaced this one.
        case retired
    }

    /// The state of `/f/<token>`; an unknown token is 404.
    static func publicState(_ token: String, on caller: Caller) async throws -> PublicState {
        // Tokens are URL-safe base64 of 32 bytes; anything else is not looked up.
        guard token.count <= 64, token.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }),
            let link = try await GroupFeedbackLink.query(on: caller.db).filter(\.$token == token).first()
        else { throw AppError.notFound }
        guard !link.isRetired else { return .retired }
        guard let group = try await ActivityGroup.find(link.$group.id, on: caller.db) else {
            throw AppError.notFound
        }
        if let last = Day(iso: group.lastDay), last < Day(caller.now) { return .ended(group) }
        return .open(group, link)
    }

    /// Saves one anonymous answer. Refused input names its field and saves nothing.
    static func submit(
        group: ActivityGroup, good: String?, change: String?, rating: String?, on caller: Caller
    ) async throws {
        let answer: GroupFeedback.Answer
        switch GroupFeedback.validate(good: good, change: change, rating: rating) {
        case .success(let valid): answer = valid
        case .failure(.empty):
            throw AppError.invalid(
                .groupfeedbackErrorEmpty, field: GroupFeedbackForm.name(.good),
                arguments: ["field": GroupFeedbackForm.name(.good)])
        case .failure(.rating):
            throw AppError.invalid(
                .groupfeedbackErrorRating, field: GroupFeedbackForm.name(.rating),
                arguments: ["field": GroupFeedbackForm.name(.rating)])
        case .failure(.tooLong(let field)):
            throw AppError.invalid(
                .groupfeedbackErrorTooLong, field: field,
                arguments: ["field": field, "max": String(GroupFeedback.maximumText)])
        }
        let groupID = try group.requireID()
        let unitID = group.$unit.id
        let open = collecting(group, today: Day(caller.now))
        // The answer waits out of the figures and the listed answers, and joins them with
        // others in a random group of five or more (issue 13, items 7 and 11; `AnswerHolding`).
        try await caller.db.atomically { db in
            let collection = AnswerHolding.Collection.groupFeedback(groupID)
            try await AnswerHolding.lock(collection, on: db)
            try await (db as! any SQLDatabase).raw(
                """
                INSERT INTO \(ident: collection.held) (id, group_id, unit_id, good, to_change, rating)
                VALUES (\(bind: UUID()), \(bind: groupID), \(bind: unitID), \(bind: answer.good), \(bind: answer.change),
                  \(bind: answer.rating))
                """
            ).run()
            try await AnswerHolding.release(collection, open: open, on: db)
        }
    }

    /// The protected summary, and the answers when they may be shown.
    struct Results: Sendable {
        let summary: GroupFeedback.Summary
        /// Non-empty answers in a stable random order (by the responses' random ids).
        let good: [String]
        let change: [String]
    }

    static func results(ofGroup groupID: UUID, on db: any Database) async throws -> Results {
        let threshold = try await OrganisationSettings.load(on: db).minimumCellSize
        let ratings = try await GroupFeedbackResponse.query(on: db).filter(\.$group.$id == groupID).all(\.$rating)
        let summary = GroupFeedback.summary(ratings: ratings, threshold: threshold)
        guard summary.showsTexts else { return Results(summary: summary, good: [], change: []) }
        let rows = try await GroupFeedbackResponse.query(on: db).filter(\.$group.$id == groupID).sort(\.$id).all()
        return Results(
            summary: summary, good: rows.map(\.good).filter { !$0.isEmpty },
            change: rows.map(\.change).filter { !$0.isEmpty })
    }

    /// The results page's data, audited as a view of the group's feedback.
    static func view(_ groupID: UUID, on caller: Caller) async throws -> (ActivityGroup, Results) {
        let group = try await readable(groupID, on: caller)
        let results = try await results(ofGroup: groupID, on: caller.db)
        try await AuditLog.append(
            .view, unitID: group.$unit.id, recordType: "group-feedback", recordID: groupID.uuidString, on: caller)
        return (group, results)
    }

    /// The public address of a link under the public base URL (configured, else the request's host).
    static func publicURL(_ token: String, base: String) -> String {
        base + SiteRoute.groupFeedbackForm(token).href
    }
}
