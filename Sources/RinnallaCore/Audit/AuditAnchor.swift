import Crypto
import Foundation

/// The head of the audit chain (its newest row's sequence number and hash) recorded
/// outside the database. The chain alone shows an edited row, but not that the newest
/// rows were deleted or that someone with database access rewrote every row and hash; a
/// head recorded earlier elsewhere shows both (issue 13, item 13).
///
/// A recorded head is one line, `<time> <sequence> <hash> [<hmac>]`. With a key
/// (`RINNALLA_AUDIT_KEY`) the line carries an HMAC-SHA256 of its first three fields, so
/// the record cannot be forged by whoever can write the file but does not hold the key.
public struct AuditHead: Sendable, Equatable {
    public var recordedAt: String
    public var sequence: Int
    public var hash: String
    public var mac: String?

    public init(recordedAt: String, sequence: Int, hash: String, mac: String? = nil) {
        self.recordedAt = recordedAt
        self.sequence = sequence
        self.hash = hash
        self.mac = mac
    }

    var signedPart: String { "\(recordedAt) \(sequence) \(hash)" }

    public var line: String { mac.map { "\(signedPart) \($0)" } ?? signedPart }

    public func signed(with key: SymmetricKey) -> AuditHead {
        var head = self
        head.mac = Self.mac(signedPart, key: key)
        return head
    }

    static func mac(_ text: String, key: SymmetricKey) -> String {
        Hex.lowercase(HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: key))
    }

    /// Reads one recorded line; nil when it is not one.
    public init?(line: String) {
        let fields = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard (3...4).contains(fields.count), let sequence = Int(fields[1]), sequence >= 0,
            fields[2].count == 64, fields[2].allSatisfy(\.isHexDigit)
        else { return nil }
        self.init(recordedAt: fields[0], sequence: sequence, hash: fields[2], mac: fields.count == 4 ? fields[3] : nil)
    }

    /// A key from the environment's text; nil when it is too short to be a secret.
    public static func key(_ text: String?) -> SymmetricKey? {
        guard let text, text.utf8.count >= 32 else { return nil }
        return SymmetricKey(data: SHA256.hash(data: Data(text.utf8)))
    }
}

public enum AuditAnchor {
    public enum Problem: Equatable, Sendable {
        /// The line is not a recorded head.
        case unreadable(line: Int)
        /// The key is set and the line's HMAC is missing or wrong: the record itself was forged.
        case forgedRecord(line: Int)
        /// The recorded row is gone: rows at the end of the chain were deleted.
        case truncated(sequence: Int, recordedAt: String)
        /// The recorded row holds another hash: the chain was rewritten.
        case rewritten(sequence: Int, recordedAt: String)
    }

    /// Checks recorded heads against the chain. `hashAt` gives the stored hash of a row
    /// (nil when no row has that sequence). The chain itself must be verified too
    /// (`AuditChain.Verifier`): a head proves rows up to it, the chain the links.
    public static func check(
        _ lines: [String], key: SymmetricKey?, hashAt: (Int) async throws -> String?
    ) async rethrows -> [Problem] {
        var problems: [Problem] = []
        for (index, text) in lines.enumerated() {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let head = AuditHead(line: trimmed) else {
                problems.append(.unreadable(line: index + 1))
                continue
            }
            if let key, head.mac != AuditHead.mac(head.signedPart, key: key) {
                problems.append(.forgedRecord(line: index + 1))
                continue
            }
            // Sequence 0 is the empty log: nothing to look up.
            guard head.sequence > 0 else { continue }
            switch try await hashAt(head.sequence) {
            case nil: problems.append(.truncated(sequence: head.sequence, recordedAt: head.recordedAt))
            case let stored? where stored != head.hash:
                problems.append(.rewritten(sequence: head.sequence, recordedAt: head.recordedAt))
            default: break
            }
        }
        return problems
    }
}
