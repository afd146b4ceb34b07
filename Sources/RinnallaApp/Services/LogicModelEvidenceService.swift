import Fluent
import Foundation
import RinnallaCore

/// A unit's evidence of an operating model (issue 17): each indicator over four
/// quarters, protected for small counts, and the model's core elements and outcomes
/// coloured by the latest quarter. Aggregates only, for the unit's team leads,
/// evaluators and admins (`TeamLeadDashboardService.access`).
struct UnitEvidence: Sendable {
    let unitID: UUID
    let unitName: String
    let model: OperatingModel
    let threshold: Int
    /// Oldest first; the last is the one chosen.
    let quarters: [EvidenceQuarter]
    /// `quarters`' protected values, in the same order.
    let values: [[EvidenceIndicator: ProtectedEvidenceValue]]
    /// The latest quarter's band of each core element and outcome, by item id.
    let bands: [String: EvidenceBand]
    /// The organisation's own client feedback questions of the model's context, each
    /// with its share agreeing per quarter, protected.
    let feedback: [Feedback]
    /// The unit's own yearly self-rating of each core element (the seed's "X X X"): the
    /// latest quarter's year, by element id.
    let ratings: [String: LogicModelAdaptationService.Rating]
    /// The unit's local adaptations of the model, newest first.
    let adaptations: [LogicModelAdaptationService.Adaptation]

    struct Feedback: Sendable {
        let question: ClientFeedbackQuestion
        let shares: [ProtectedShare]
    }

    var indicators: [EvidenceIndicator] { EvidenceIndicator.of(model) }
    var latest: EvidenceQuarter { quarters[quarters.count - 1] }
}

enum LogicModelEvidenceService {
    /// How many quarters the view shows: a year, so a season's dip is seen as one.
    static let quarterCount = 4

    /// The quarter chosen (the one holding `period`, default today's) and the three
    /// before it, oldest first; fewer only at the edge of the years a period may name.
    static func quarters(endingWith period: ReportingPeriod?, today: Day) -> [ReportingPeriod] {
        var quarters = [(period ?? .month(containing: today)).quarter]
        while quarters.count < quarterCount, let previous = quarters[0].previous { quarters.insert(previous, at: 0) }
        return quarters
    }

    /// Anyone who may open the unit's dashboard, as lists or aggregates: the evidence
    /// is aggregates for all of them.
    static func check(unitID: UUID, for user: CurrentUser) throws {
        _ = try TeamLeadDashboardService.access(to: unitID, for: user)
    }

    /// The evidence of each model asked for, read once; audited by the caller.
    static func compute(
        unitID: UUID, models: [OperatingModel], quarters: [ReportingPeriod], on caller: Caller
    ) async throws -> [UnitEvidence] {
        let user = try caller.requireUser()
        try check(unitID: unitID, for: user)
        guard let unit = try await OrgUnit.find(unitID, on: caller.db) else { throw AppError.notFound }
        let today = Day(caller.now)
        let threshold = SmallCellSuppression.threshold(
            try await OrganisationSettings.load(on: caller.db).minimumCellSize)
        let facts = try await LogicModelEvidenceFacts.load(
            unitID: unitID, quarters: quarters, models: models, today: today, on: caller.db)
        var feedback: [ClientFeedbackContext: [UnitEvidence.Feedback]] = [:]
        for context in Set(models.map(ClientFeedbackContext.of)) {
            feedback[context] = try await ClientFeedbackService.figures(
                unitID: unitID, context: context, quarters: quarters, today: today, on: caller.db
            ).map { figures in
                .init(
                    question: figures.question,
                    shares: figures.shares.map { ProtectedShare($0, threshold: threshold) })
            }
        }
        let year = quarters[quarters.count - 1].months[0].year
        var own:
            [OperatingModel: (
                ratings: [String: LogicModelAdaptationService.Rating],
                adaptations: [LogicModelAdaptationService.Adaptation]
            )] = [:]
        for model in models {
            let ratings = try await LogicModelAdaptationService.ratings(
                unitID: unitID, model: model, year: year, on: caller.db)
            own[model] = (
                Dictionary(ratings.map { ($0.elementID, $0) }, uniquingKeysWith: { first, _ in first }),
                try await LogicModelAdaptationService.adaptations(unitID: unitID, model: model, on: caller.db)
            )
        }
        return models.map { model in
            let computed = quarters.map { EvidenceQuarter(model, quarter: $0, facts: facts, today: today) }
            let answers = feedback[ClientFeedbackContext.of(model)] ?? []
            return UnitEvidence(
                unitID: unitID, unitName: unit.name, model: model, threshold: threshold, quarters: computed,
                values: computed.map { $0.protected(threshold: threshold) },
                bands: bands(computed[computed.count - 1].bands(model, threshold: threshold), answers, model: model),
                feedback: answers, ratings: own[model]?.ratings ?? [:], adaptations: own[model]?.adaptations ?? [])
        }
    }

    /// The outcomes only a client can tell take the band of the feedback questions that
    /// speak to them (the weakest, as for indicators), in the latest quarter.
    static func bands(_ bands: [String: EvidenceBand], _ feedback: [UnitEvidence.Feedback], model: OperatingModel)
        -> [String: EvidenceBand]
    {
        var bands = bands
        var told: [String: [EvidenceBand]] = [:]
        for answer in feedback {
            guard let outcome = answer.question.feedbackTopic?.outcome(in: model), let latest = answer.shares.last
            else { continue }
            told[outcome, default: []].append(EvidenceBand(latest))
        }
        for (outcome, list) in told { bands[outcome] = EvidenceBand.weakest(list) }
        return bands
    }

    /// The units whose evidence the user may open, by name.
    static func units(for user: CurrentUser, on db: any Database) async throws -> [(id: UUID, name: String)] {
        try await TeamLeadDashboardService.units(for: user, on: db).map { ($0.id, $0.name) }
    }
}
