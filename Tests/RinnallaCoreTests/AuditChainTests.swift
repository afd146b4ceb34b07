import Testing

@testable import RinnallaCore

@Suite("Audit hash chain")
struct AuditChainTests {
    static func record(_ sequence: Int, action: String = "view", actor: String? = "Sanna Salo") -> AuditRecord {
        AuditRecord(
            sequence: sequence, occurredAtMillis: 1_704_357_600_000 + Int64(sequence), userID: "U1", actorName: actor,
            action: action, unitID: "A", clientID: "C", recordType: "client", recordID: "C", requestID: "r\(sequence)",
            ipAddress: "127.0.0.1", detail: nil)
    }

    static func chain(_ count: Int) -> [(AuditRecord, previous: String, hash: String)] {
        var previous = AuditChain.genesis
        return (1...count).map { sequence in
            let record = record(sequence)
            let hash = AuditChain.hash(record, previous: previous)
            defer { previous = hash }
            return (record, previous, hash)
        }
    }

    @Test func theHashIsStableAndCoversEveryField() {
        let base = Self.record(1)
        let hash = AuditChain.hash(base, previous: AuditChain.genesis)
        #expect(hash.count == 64)
        #expect(hash == AuditChain.hash(base, previous: AuditChain.genesis))
        var changed = base
        changed.detail = ""
        #expect(AuditChain.hash(changed, previous: AuditChain.genesis) != hash, "nil and empty differ")
        changed = base
        changed.actorName = "Sanna Sal"
        changed.action = "oview"
        #expect(AuditChain.hash(changed, previous: AuditChain.genesis) != hash, "field boundaries are unambiguous")
        #expect(AuditChain.hash(base, previous: String(repeating: "1", count: 64)) != hash)
    }

    @Test func anIntactChainVerifies() {
        var verifier = AuditChain.Verifier()
        for row in Self.chain(10) { verifier.check(row.0, storedPrevious: row.previous, storedHash: row.hash) }
        #expect(verifier.finding == .intact(rows: 10))
    }

    @Test func anEditedRowIsNamed() {
        var rows = Self.chain(10)
        rows[6].0.actorName = "Someone Else"
        var verifier = AuditChain.Verifier()
        for row in rows { verifier.check(row.0, storedPrevious: row.previous, storedHash: row.hash) }
        #expect(verifier.finding == .broken(sequence: 7, reason: .contentHashMismatch))
    }

    @Test func aRecomputedRowBreaksTheNextLink() {
        var rows = Self.chain(10)
        rows[6].0.actorName = "Someone Else"
        rows[6].hash = AuditChain.hash(rows[6].0, previous: rows[6].previous)
        var verifier = AuditChain.Verifier()
        for row in rows { verifier.check(row.0, storedPrevious: row.previous, storedHash: row.hash) }
        #expect(verifier.finding == .broken(sequence: 8, reason: .previousHashMismatch))
    }

    @Test func aRemovedRowIsAGap() {
        var rows = Self.chain(10)
        rows.remove(at: 3)
        var verifier = AuditChain.Verifier()
        for row in rows { verifier.check(row.0, storedPrevious: row.previous, storedHash: row.hash) }
        #expect(verifier.finding == .broken(sequence: 5, reason: .sequenceGap))
    }

    @Test func actionNamesAreStable() {
        #expect(
            AuditAction.allCases.map(\.rawValue) == [
                "view", "create", "update", "delete", "export", "print", "login", "login-failed", "logout",
                "permission-denied",
            ])
    }
}
