import Fluent
import Foundation
import SQLKit

/// Moving a client to another unit (issue 13, item 2).
///
/// Access to client data is decided by each record's own `unit_id` (denormalised so that
/// every check, list, report, index and page-cache version reads one column). A move
/// therefore carries every record that belongs to the client into the new unit, in the
/// same transaction as the client row, so that the rule "a record's unit is its client's
/// unit" holds after the move as before it. Deciding access through the client instead
/// would mean changing every service's check and query and leave the column wrong for
/// reports and caches. The update triggers raise both units' data versions
/// (`DataVersions`), so cached pages of both units are rebuilt.
///
/// What moves, and what stays:
/// - moves: periods and, by period, their documents; decisions, meetings, goals (their
///   versions, ratings and places hang off the goal and have no unit), evaluations,
///   self-assessments, initial assessments, consents, referrals of the client or of a
///   moved contact, group enrolments and attendance (their `unit_id` is the client's
///   unit; the group itself stays with its unit, since groups are attended across
///   units), and the contacts the person linked to the client by consent, with their
///   topic rows' report unit (copied by trigger). Those contacts take the nickname of the same text in the
///   new unit (made there if missing); the old unit's nickname is removed once no contact
///   of the old unit uses it.
/// - stays: audit rows (they record the unit at the time), activity-money expenses (a
///   worker's spending from the old unit's budget), groups and sessions.
enum ClientMove {
    /// Tables whose rows carry `client_id` and the client's `unit_id`.
    static let clientTables = [
        "periods", "decisions", "meetings", "goals", "evaluations", "self_assessments", "initial_assessments",
        "consents", "referrals", "group_enrolments", "group_attendance", "contacts", "period_step_ticks",
    ]

    /// Tables with the client's `client_id` and a `unit_id` that stay in the old unit (see above).
    static let staysInTheOldUnit: Set<String> = ["audit_events", "activity_money_expenses"]
    /// Tables that carry the unit through a parent other than the client, moved by `carry`.
    static let movedThroughParent: Set<String> = ["period_documents", "contact_topics"]  // topics: by trigger

    /// Moves every record of the client to unit `to`, inside the caller's transaction.
    static func carry(_ clientID: UUID, to: UUID, on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        // The contacts before they move: their nicknames follow below.
        let contacts = try await Contact.query(on: db).filter(\.$client.$id == clientID).all()
        let contactIDs = contacts.compactMap(\.id)
        for table in clientTables {
            try await sql.update(table).set("unit_id", to: to).where("client_id", .equal, clientID).run()
        }
        let periodIDs = try await RehabilitationPeriod.query(on: db).filter(\.$client.$id == clientID).all(\.$id)
        if !periodIDs.isEmpty {
            try await sql.update("period_documents").set("unit_id", to: to).where("period_id", .in, periodIDs).run()
        }
        guard !contactIDs.isEmpty else { return }
        // The contacts' topic rows follow by trigger (`AddContactTopicReportColumns`).
        // A referral made from a linked contact before the client existed.
        try await sql.update("referrals").set("unit_id", to: to).where("contact_id", .in, contactIDs).run()
        try await moveNicknames(of: contacts, to: to, on: db)
    }

    private static func moveNicknames(of contacts: [Contact], to: UUID, on db: any Database)
        async throws
    {
        let oldIDs = Set(contacts.compactMap { $0.$nickname.id })
        guard !oldIDs.isEmpty else { return }
        for old in try await ContactNickname.query(on: db).filter(\.$id ~~ oldIDs).all() {
            let oldID = try old.requireID()
            var target = try await ContactNickname.query(on: db).filter(\.$unit.$id == to)
                .filter(\.$nicknameSearch == old.nicknameSearch).first()
            if target == nil {
                let made = ContactNickname()
                made.$unit.id = to
                made.nickname = old.nickname
                made.nicknameSearch = old.nicknameSearch
                made.$createdBy.id = old.$createdBy.id
                try await made.create(on: db)
                target = made
            }
            let targetID = try target!.requireID()
            try await Contact.query(on: db).filter(\.$id ~~ contacts.compactMap(\.id))
                .filter(\.$nickname.$id == oldID).set(\.$nickname.$id, to: targetID).update()
            if try await Contact.query(on: db).filter(\.$nickname.$id == oldID).count() == 0 {
                try await ContactNickname.query(on: db).filter(\.$id == oldID).delete()
            }
        }
    }
}
