import Crypto
import Foundation

/// The content of one audit row that its hash covers.
public struct AuditRecord: Sendable, Equatable {
    public var sequence: Int
    /// Milliseconds since 1970; whole milliseconds survive both databases unchanged.
    public var occurredAtMillis: Int64
    public var userID: String?
    public var actorName: String?
    public var action: String
    public var unitID: String?
    public var clientID: String?
    public var recordType: String?
    public var recordID: String?
    public var requestID: String?
    public var ipAddress: String?
    public var detail: String?

    public init(
        sequence: Int, occurredAtMillis: Int64, userID: String?, actorName: String?, action: String,
        unitID: String?, clientID: String?, recordType: String?, recordID: String?,
        requestID: String?, ipAddress: String?, detail: String?
    ) {
        self.sequence = sequence
        self.occurredAtMillis = occurredAtMillis
        self.userID = userID
        self.actorName = actorName
        self.action = action
        self.unitID = unitID
        self.clientID = clientID
        self.recordType = recordType
        self.recordID = recordID
        self.requestID = requestID
        self.ipAddress = ipAddress
        self.detail = detail
    }
}

/// A hash chain over the audit log: each row's hash covers its own content and the
/// previous row's hash, so editing, deleting or reordering any row breaks every later link.
public enum AuditChain {
    /// The `previous` hash of the first row.
    public static let genesis = String(repeating: "0", count: 64)

    public static func hash(_ record: AuditRecord, previous: String) -> String {
        // Length-prefixed fields: no choice of field content can make two records collide.
        var canonical = "rinnalla-audit-v1"
        func field(_ value: String?) {
            guard let value else {
                canonical += "|-"
                return
            }
            canonical += "|\(value.utf8.count):\(value)"
        }
        field(previous)
        field(String(record.sequence))
        field(String(record.occurredAtMillis))
        field(record.userID)
        field(record.actorName)
        field(record.action)
        field(record.unitID)
        field(record.clientID)
        field(record.recordType)
        field(record.recordID)
        field(record.requestID)
        field(record.ipAddress)
        field(record.detail)
        let digest = SHA256.hash(data: Data(canonical.utf8))
        return Hex.lowercase(digest)
    }

    public enum Finding: Equatable, Sendable {
        case intact(rows: Int)
        /// The first row whose stored hashes do not match its content or its predecessor.
        case broken(sequence: Int, reason: Reason)
    }

    public enum Reason: String, Sendable, Equatable {
        case previousHashMismatch = "previous-hash-mismatch"
        case contentHashMismatch = "content-hash-mismatch"
        case sequenceGap = "sequence-gap"
    }

    /// Walks rows in sequence order, keeping only the running state, so a caller can feed
    /// it rows in pages without loading the whole log.
    public struct Verifier: Sendable {
        public private(set) var previousHash = AuditChain.genesis
        public private(set) var previousSequence: Int?
        public private(set) var rows = 0
        public private(set) var failure: Finding?

        public init() {}

        public mutating func check(_ record: AuditRecord, storedPrevious: String, storedHash: String) {
            guard failure == nil else { return }
            if let previousSequence, record.sequence != previousSequence + 1 {
                failure = .broken(sequence: record.sequence, reason: .sequenceGap)
                return
            }
            if storedPrevious != previousHash {
                failure = .broken(sequence: record.sequence, reason: .previousHashMismatch)
                return
            }
            if AuditChain.hash(record, previous: storedPrevious) != storedHash {
                failure = .broken(sequence: record.sequence, reason: .contentHashMismatch)
                return
            }
            previousHash = storedHash
            previousSequence = record.sequence
            rows += 1
        }

        public var finding: Finding { failure ?? .intact(rows: rows) }
    }
}
