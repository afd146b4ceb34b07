/// An indicator's value as anyone sees it: the evidence view shows aggregates only, with
/// counts under the threshold and their complements hidden (`ProtectedShare`), team
/// leads included.
public enum ProtectedEvidenceValue: Sendable, Hashable {
    case share(ProtectedShare)
    case count(ProtectedCount)

    public init(_ value: EvidenceValue, threshold: Int) {
        switch value {
        case .share(let share): self = .share(ProtectedShare(share, threshold: threshold))
        case .count(let count): self = .count(SmallCellSuppression.subgroup(count, threshold: threshold))
        }
    }

    /// A share's band; a count has none of its own (nothing says how many are enough),
    /// so it colours its outcome only as measured or not: no data at zero.
    public var band: EvidenceBand {
        switch self {
        case .share(let share): EvidenceBand(share)
        case .count(let count): count == .shown(0) ? .noData : count.isSuppressed ? .hidden : .high
        }
    }
}

extension EvidenceQuarter {
    public func protected(threshold: Int) -> [EvidenceIndicator: ProtectedEvidenceValue] {
        var values = values.mapValues { ProtectedEvidenceValue($0, threshold: threshold) }
        let months = meetingMonths.map { ProtectedShare($0, threshold: threshold) }
        if months.contains(where: { $0.percent == nil && $0.whole != .shown(0) }) {
            values[.twoMeetingsAMonth] = .share(.hidden)
        }
        return values
    }

    /// The channels' counts with their total, protected as one list.
    public func protectedChannels(threshold: Int) -> ProtectedList {
        SmallCellSuppression.protect(list: channels.map(\.count), threshold: threshold)
    }

    /// Each core element's and outcome's band in this quarter, by item id: the weakest of
    /// the indicators that speak to it; not measured where none does.
    public func bands(_ model: OperatingModel, threshold: Int) -> [String: EvidenceBand] {
        let values = protected(threshold: threshold)
        var bands: [String: [EvidenceBand]] = [:]
        for indicator in EvidenceIndicator.of(model) {
            guard let value = values[indicator] else { continue }
            for item in indicator.items(in: model) { bands[item, default: []].append(value.band) }
        }
        let logic = LogicModels.model(model)
        let items = logic.coreElements.map(\.id) + logic.outcomes.map(\.id)
        return Dictionary(uniqueKeysWithValues: items.map { ($0, EvidenceBand.weakest(bands[$0] ?? [])) })
    }
}
