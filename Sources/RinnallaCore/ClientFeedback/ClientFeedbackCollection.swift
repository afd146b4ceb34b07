import Crypto
import Foundation

/// The answers one unit collects in one context during one quarter, held back and
/// released together (`AnswerRelease`): a quarter is the finest time the evidence shows,
/// and the only time an answer keeps. The id is derived, so no table of collections is
/// needed and two instances agree on it.
public struct ClientFeedbackCollection: Sendable, Hashable {
    public let unitID: UUID
    public let context: ClientFeedbackContext
    public let quarter: ReportingPeriod

    public init(unitID: UUID, context: ClientFeedbackContext, quarter: ReportingPeriod) {
        self.unitID = unitID
        self.context = context
        self.quarter = quarter.quarter
    }

    /// The collection an answer given on `day` joins.
    public init(unitID: UUID, context: ClientFeedbackContext, day: Day) {
        self.init(unitID: unitID, context: context, quarter: .month(containing: day))
    }

    /// A name-based UUID (SHA-256, version and variant bits set as RFC 9562 asks).
    public var id: UUID {
        var bytes = Array(
            SHA256.hash(data: Data("client-feedback|\(unitID.uuidString)|\(context.rawValue)|\(quarter.iso)".utf8))
                .prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x80
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return UUID(
            uuid: (
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8], bytes[9],
                bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
            ))
    }

    /// Still collecting on `today`: its quarter has not ended.
    public func isOpen(today: Day) -> Bool { today <= quarter.range.last }
}
