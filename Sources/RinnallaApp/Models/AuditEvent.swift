import Fluent
import Foundation
import RinnallaCore

/// One row of the append-only audit log (asiakastietojen käyttöloki). Rows are only
/// ever inserted through `AuditLog.append`; nothing updates or deletes them.
final class AuditEvent: Model, @unchecked Sendable {
    static let schema = "audit_events"

    @ID(key: .id) var id: UUID?
    @Field(key: "seq") var sequence: Int
    @Field(key: "occurred_at_ms") var occurredAtMillis: Int64
    @OptionalField(key: "user_id") var userID: UUID?
    @OptionalField(key: "actor_name") var actorName: String?
    @Field(key: "action") var action: String
    @OptionalField(key: "unit_id") var unitID: UUID?
    @OptionalField(key: "client_id") var clientID: UUID?
    @OptionalField(key: "record_type") var recordType: String?
    @OptionalField(key: "record_id") var recordID: String?
    @OptionalField(key: "request_id") var requestID: String?
    @OptionalField(key: "ip_address") var ipAddress: String?
    @OptionalField(key: "detail") var detail: String?
    @Field(key: "prev_hash") var previousHash: String
    @Field(key: "hash") var hash: String

    init() {}

    var occurredAt: Date { Date(timeIntervalSince1970: Double(occurredAtMillis) / 1000) }

    var record: AuditRecord {
        AuditRecord(
            sequence: sequence, occurredAtMillis: occurredAtMillis, userID: userID?.uuidString,
            actorName: actorName, action: action, unitID: unitID?.uuidString,
            clientID: clientID?.uuidString, recordType: recordType, recordID: recordID,
            requestID: requestID, ipAddress: ipAddress, detail: detail)
    }
}
