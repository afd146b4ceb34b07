import Foundation

/// When in the period a self-assessment is made: the handbook asks for one at the start
/// (003 line 368), repeated around half a year (line 489–491) and at the end (line 473).
public enum SelfAssessmentStage: String, CaseIterable, Codable, Sendable {
    case start, interim, end
}

/// A dimension's score in one administration, with the range it can take.
public struct DimensionScore: Sendable, Equatable, Codable {
    public let dimensionID: String
    public let value: Double
    public let min: Double
    public let max: Double
}

/// Start against a later administration for one dimension.
public struct DimensionChange: Sendable, Equatable {
    public enum Trend: String, Sendable {
        case improved, worse, unchanged
    }

    public let dimensionID: String
    public let name: String
    public let better: InstrumentDefinition.Direction
    public let start: DimensionScore
    public let later: DimensionScore
    /// later − start, in the dimension's own units.
    public var change: Double { later.value - start.value }

    public var trend: Trend {
        if abs(change) < 1e-9 { return .unchanged }
        return (change > 0) == (better == .higher) ? .improved : .worse
    }
}

extension InstrumentDefinition {
    /// Checks that every item has an answer on the scale and nothing else was answered.
    /// Missing answers are refused, not imputed (THL: "puuttuvat arvot … eivät ole sallittuja").
    public func validate(answers: [String: Int]) throws(InstrumentProblem) {
        for (index, item) in items.enumerated() {
            guard let answer = answers[item.id] else {
                throw InstrumentProblem(
                    .selfassessmentErrorMissingAnswer,
                    [
                        "number": String(index + 1), "item": item.text, "min": String(scale.min),
                        "max": String(scale.max),
                    ])
            }
            guard scale.values.contains(answer) else {
                throw InstrumentProblem(
                    .selfassessmentErrorAnswerOutOfRange,
                    [
                        "number": String(index + 1), "item": item.text, "min": String(scale.min),
                        "max": String(scale.max),
                    ])
            }
        }
        if let unknown = answers.keys.sorted().first(where: { key in !items.contains { $0.id == key } }) {
            throw InstrumentProblem(.selfassessmentErrorUnknownItem, ["item": unknown])
        }
    }

    /// The possible range of a dimension's score before and after any rescaling.
    public func range(of dimension: Dimension) -> (raw: ClosedRange<Double>, shown: ClosedRange<Double>) {
        let count = Double(items(of: dimension.id).count)
        let low = Double(scale.min)
        let high = Double(scale.max)
        let raw = dimension.scoring.method == .sum ? (low * count)...(high * count) : low...high
        let shown = dimension.scoring.rescale.map { $0.min...$0.max } ?? raw
        return (raw, shown)
    }

    /// Scores per dimension, in the file's order: mean or sum of the (reverse-adjusted)
    /// answers, mapped onto the rescale range when the file gives one.
    public func scores(_ answers: [String: Int]) throws(InstrumentProblem) -> [DimensionScore] {
        try validate(answers: answers)
        return dimensions.map { dimension in
            let values = items(of: dimension.id).map { item -> Double in
                let answer = answers[item.id] ?? scale.min
                return Double(item.reverse ? scale.min + scale.max - answer : answer)
            }
            let raw =
                dimension.scoring.method == .sum
                ? values.reduce(0, +) : values.reduce(0, +) / Double(Swift.max(values.count, 1))
            let bounds = self.range(of: dimension)
            var value = raw
            if dimension.scoring.rescale != nil {
                let width = bounds.raw.upperBound - bounds.raw.lowerBound
                let fraction = width == 0 ? 0 : (raw - bounds.raw.lowerBound) / width
                value = bounds.shown.lowerBound + fraction * (bounds.shown.upperBound - bounds.shown.lowerBound)
            }
            return DimensionScore(
                dimensionID: dimension.id, value: value, min: bounds.shown.lowerBound, max: bounds.shown.upperBound)
        }
    }

    /// Start against later, per dimension, with improved/worse read from the file's direction.
    public func compare(start: [DimensionScore], later: [DimensionScore]) -> [DimensionChange] {
        dimensions.compactMap { dimension in
            guard let first = start.first(where: { $0.dimensionID == dimension.id }),
                let last = later.first(where: { $0.dimensionID == dimension.id })
            else { return nil }
            return DimensionChange(
                dimensionID: dimension.id, name: dimension.name, better: dimension.better, start: first, later: last)
        }
    }
}

/// Which self-assessment a period is missing.
public enum SelfAssessmentSchedule {
    /// The interim one counts as due from this many days before the half-year mark.
    public static let interimLeadDays = 14
    /// The end one counts as due from this many days before the period's last decided
    /// day, when that day is its end. The handbook asks to prepare the ending "hyvissä
    /// ajoin" without a number; a month leaves room for one more meeting or two.
    public static let endLeadDays = 30

    /// What tells that a period is ending.
    public struct Ending: Sendable, Equatable {
        /// The worker has moved the period to its closing phase.
        public var isClosing: Bool
        /// The last day of the latest granted rehabilitation decision.
        public var lastDecidedDay: Day?
        /// The latest interim evaluation said the period does not go on.
        public var continuationRefused: Bool

        public init(isClosing: Bool = false, lastDecidedDay: Day? = nil, continuationRefused: Bool = false) {
            self.isClosing = isClosing
            self.lastDecidedDay = lastDecidedDay
            self.continuationRefused = continuationRefused
        }

        public static let none = Ending()

        /// In the closing phase; or within `endLeadDays` of the last decided day when
        /// that day ends the period: no continuation, or the year's maximum reached.
        public func isNear(periodStart: Day, today: Day) -> Bool {
            if isClosing { return true }
            guard let last = lastDecidedDay, today >= last.adding(days: -endLeadDays) else { return false }
            let yearEnds = periodStart.sameDay(monthsLater: 12).adding(days: -1)
            return continuationRefused || last >= yearEnds.adding(days: -endLeadDays)
        }
    }

    /// The start assessment while none is recorded; the end one when the period is
    /// ending (`Ending.isNear`) until it is recorded; otherwise the interim one from
    /// `interimLeadDays` before six months after the period's start until one (or the end
    /// one) is recorded; otherwise nothing.
    public static func due(
        periodStart: Day, today: Day, recorded: Set<SelfAssessmentStage>, ending: Ending = .none
    ) -> SelfAssessmentStage? {
        if !recorded.contains(.start) { return .start }
        if recorded.contains(.end) { return nil }
        if ending.isNear(periodStart: periodStart, today: today) { return .end }
        let halfYear = periodStart.sameDay(monthsLater: 6)
        if today >= halfYear.adding(days: -interimLeadDays), !recorded.contains(.interim) {
            return .interim
        }
        return nil
    }
}
