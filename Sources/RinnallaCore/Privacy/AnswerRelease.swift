/// When anonymous answers to a collection that is still open may join the figures shown
/// (security review, issue 13, item 7).
///
/// Results recomputed live let someone who watched one person answer, and reloads, read
/// that person's answers from the change. So new answers wait, out of every figure, and
/// are released in whole steps of `step`: while the collection is open at least `step`
/// answers always keep waiting, and a release moves the largest multiple of `step` that
/// leaves `step` … `2 × step − 1` behind. When the collection closes, the rest (`step` or
/// more, unless the whole collection had fewer than `2 × step`) are released at once.
/// Every change a viewer can see is therefore at least `step` answers, chosen at random
/// among those waiting, whenever and however often they look — including the last change
/// at the close.
public enum AnswerRelease {
    /// The smallest group of answers that ever joins the figures together.
    public static let step = 5

    /// How many of `waiting` answers to release now.
    public static func releasable(waiting: Int, collectionOpen: Bool) -> Int {
        guard waiting > 0 else { return 0 }
        guard collectionOpen else { return waiting }
        guard waiting >= 2 * step else { return 0 }
        return (waiting - step) / step * step
    }

    /// Answers shown of `arrived`, when every arrival was followed by a release (the
    /// figures a viewer sees while the collection is open).
    public static func shown(arrived: Int, collectionOpen: Bool) -> Int {
        arrived - waitingAfterReleases(arrived: arrived, collectionOpen: collectionOpen)
    }

    static func waitingAfterReleases(arrived: Int, collectionOpen: Bool) -> Int {
        var waiting = 0
        for _ in 0..<max(0, arrived) {
            waiting += 1
            waiting -= releasable(waiting: waiting, collectionOpen: true)
        }
        return waiting - releasable(waiting: waiting, collectionOpen: collectionOpen)
    }
}
