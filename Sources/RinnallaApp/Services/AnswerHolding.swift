import Fluent
import Foundation
import RinnallaCore
import SQLKit

/// Anonymous answers wait in a holding table before they join a collection's figures
/// (security review, issue 13, items 7 and 11; `CreateInclusionHeldResponses`,
/// `CreateGroupFeedbackHeldResponses`).
///
/// What waits: public answers (form and API), group feedback, and paper forms and
/// imported rows entered into a round that has not closed (`InclusionResponseService`,
/// `InclusionImport.run`). A closed round takes entered rows at once.
///
/// Item 7: every figure (results, comparison, report, CSV, API, group feedback and its
/// free text) is read from the response tables only, so an answer counts nowhere until it is
/// released, and `AnswerRelease` releases answers of an open collection only in steps of
/// five while five to nine keep waiting; once the collection has closed, the rest. A viewer
/// who watched one person answer and looks again sees either no change or a change of at
/// least five answers.
///
/// Item 11: a release moves a random choice of the waiting answers (the smallest random
/// ids) into the response table in one statement, in random-id order, in one transaction.
/// On PostgreSQL the moved rows then share one `xmin` and lie in the heap in id order, so
/// neither `ctid` nor `xmin` says which answered first, and a release's time says nothing
/// about any one answer either. Only the few waiting rows (at most nine while open) are in
/// the holding table in arrival order, until they too are moved. On SQLite every table here
/// is `WITHOUT ROWID` with a random key, so storage order is id order.
///
/// A writer takes the collection's lock first (PostgreSQL: a transaction-level advisory
/// lock on the collection's id; SQLite: the write transaction), so concurrent answers never
/// release the same rows twice. Tallies follow the response table's triggers, in the same
/// transaction, so they always match the responses.
enum AnswerHolding {
    enum Collection {
        case inclusionRound(UUID)
        case groupFeedback(UUID)
        /// A unit's client feedback of one context in one quarter (`ClientFeedbackCollection`).
        case clientFeedback(UUID)

        var id: UUID {
            switch self {
            case .inclusionRound(let id), .groupFeedback(let id), .clientFeedback(let id): id
            }
        }
        var held: String {
            switch self {
            case .inclusionRound: "inclusion_held_responses"
            case .groupFeedback: "group_feedback_held_responses"
            case .clientFeedback: "client_feedback_held_responses"
            }
        }
        var target: String {
            switch self {
            case .inclusionRound: InclusionResponse.schema
            case .groupFeedback: GroupFeedbackResponse.schema
            case .clientFeedback: "client_feedback_responses"
            }
        }
        var key: String {
            switch self {
            case .inclusionRound: "round_id"
            case .groupFeedback: "group_id"
            case .clientFeedback: "collection_id"
            }
        }
        var columns: [String] {
            switch self {
            case .inclusionRound: InclusionImport.insertColumns
            case .groupFeedback: ["id", "group_id", "unit_id", "good", "to_change", "rating"]
            case .clientFeedback: ["id", "collection_id", "unit_id", "context", "quarter", "source", "answers"]
            }
        }
    }

    /// Serialises writers of one collection until the transaction ends. Call inside one.
    static func lock(_ collection: Collection, on db: any Database) async throws {
        guard db.isPostgres else { return }
        try await (db as! any SQLDatabase).raw(
            "SELECT pg_advisory_xact_lock(hashtextextended(\(bind: "\(collection.held):\(collection.id.uuidString)"), 0))"
        ).run()
    }

    /// Releases what `AnswerRelease` allows; returns how many were moved. Call inside a
    /// transaction, after `lock`.
    @discardableResult
    static func release(_ collection: Collection, open: Bool, on db: any Database) async throws -> Int {
        let sql = db as! any SQLDatabase
        let waiting =
            try await sql.raw(
                "SELECT COUNT(*) AS n FROM \(ident: collection.held) WHERE \(ident: collection.key) = \(bind: collection.id)"
            ).first().map { try $0.decode(column: "n", as: Int.self) } ?? 0
        let count = AnswerRelease.releasable(waiting: waiting, collectionOpen: open)
        guard count > 0 else { return 0 }
        let columns = SQLList(collection.columns.map { SQLIdentifier($0) })
        let chosen: SQLQueryString = """
            SELECT id FROM \(ident: collection.held) WHERE \(ident: collection.key) = \(bind: collection.id)
            ORDER BY id LIMIT \(literal: count)
            """
        try await sql.raw(
            """
            INSERT INTO \(ident: collection.target) (\(columns)) SELECT \(columns) FROM \(ident: collection.held)
            WHERE id IN (\(chosen)) ORDER BY id
            """
        ).run()
        try await sql.raw("DELETE FROM \(ident: collection.held) WHERE id IN (\(chosen))").run()
        return count
    }

    /// Releases everything still waiting for collections that have closed (a round past
    /// its last day, a group past its last day): called before figures are read, since a
    /// collection closes by the calendar, not by an action. Each collection in its own
    /// transaction; nothing is written when nothing waits.
    static func settle(closed collections: [Collection], on db: any Database) async throws {
        guard !collections.isEmpty else { return }
        let sql = db as! any SQLDatabase
        var waiting: Set<UUID> = []
        for (table, group) in Dictionary(grouping: collections, by: \.held) {
            let key = group[0].key
            let rows = try await sql.raw(
                "SELECT DISTINCT \(ident: key) AS k FROM \(ident: table) WHERE \(ident: key) IN (\(binds: group.map(\.id)))"
            ).all()
            for row in rows { waiting.insert(try row.decode(column: "k", as: UUID.self)) }
        }
        for collection in collections where waiting.contains(collection.id) {
            try await db.atomically { db in
                try await lock(collection, on: db)
                try await release(collection, open: false, on: db)
            }
        }
    }

    /// `settle` for the given inclusion rounds that are not open on `today`.
    static func settle(rounds: [InclusionRound], today: Day, on db: any Database) async throws {
        try await settle(
            closed: rounds.filter { $0.state(today: today) == .closed }.compactMap(\.id).map {
                Collection.inclusionRound($0)
            }, on: db)
    }
}
