/// A share as someone who may not read client data sees it (an evaluator, an admin):
/// small-cell protection (`SmallCellSuppression`) on the part, on the rest and on the
/// whole, and the percent only when all three are shown, since a percent of a shown
/// whole gives the part back.
///
/// This protects one share standing alone (a unit's month). Shares shown side by side
/// with a total they add up to (each worker's and the unit's) are a table: protect
/// their parts and rests with `SmallCellSuppression.protect(table:threshold:)` instead,
/// or a hidden worker could be worked out from the unit's figure.
public struct ProtectedShare: Sendable, Hashable {
    public let part: ProtectedCount
    public let whole: ProtectedCount
    /// `Share.percent`, when it may be shown.
    public let percent: Int?

    /// A share shown as it is, to someone who may read the data behind it (a team lead).
    public init(shown share: Share) {
        part = .shown(share.part)
        whole = .shown(share.whole)
        percent = share.percent
    }

    /// Nothing of it shown: a share that could be worked out from figures shown elsewhere.
    public static let hidden = ProtectedShare(part: .hidden, whole: .hidden, percent: nil)

    private init(part: ProtectedCount, whole: ProtectedCount, percent: Int?) {
        self.part = part
        self.whole = whole
        self.percent = percent
    }

    public init(_ share: Share, threshold: Int) {
        guard share.part >= 0, share.whole >= 0 else {
            // No count is negative; should one come, nothing of it is shown.
            (part, whole, percent) = (.hidden, .hidden, nil)
            return
        }
        if share.part <= share.whole {
            // Part and rest make up the whole: one list, so neither gives the other away.
            let list = SmallCellSuppression.protect(list: [share.part, share.whole - share.part], threshold: threshold)
            part = list.cells[0]
            whole = list.total
            percent = list.cells.contains(where: \.isSuppressed) || list.total.isSuppressed ? nil : share.percent
        } else {
            // More than the whole (an open group's participants over its places): two
            // counts of their own.
            part = SmallCellSuppression.subgroup(share.part, threshold: threshold)
            whole = SmallCellSuppression.subgroup(share.whole, threshold: threshold)
            percent = part.isSuppressed || whole.isSuppressed ? nil : share.percent
        }
    }
}
