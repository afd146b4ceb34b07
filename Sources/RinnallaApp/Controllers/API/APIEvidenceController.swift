import Foundation
import RinnallaCore
import Vapor

extension EvidenceIndicator: APIStringEnum {}
extension EvidenceIndicator.Kind: APIStringEnum {}
extension EvidenceBand: APIStringEnum {}
extension ClientFeedbackTopic: APIStringEnum {}
extension CoreElementRating: APIStringEnum {}

/// The query of the evidence API: the latest quarter shown (any month or quarter names
/// the quarter holding it) and, optionally, one model.
struct EvidenceQuery: Decodable, Sendable {
    enum CodingKeys: String, CodingKey { case period, model }
    let period: PeriodText?
    let model: OperatingModel?
}

/// `/api/v1/units/{unitID}/evidence`: the evidence view's figures as JSON.
enum APIEvidenceController {
    typealias CountDTO = APIGroupFeedbackController.CountDTO
    typealias ShareDTO = APIDashboardController.ShareDTO

    struct ValueDTO: Content {
        /// `yyyy-Qn`.
        let quarter: String
        let firstDay: String
        let lastDay: String
        /// For a share.
        let share: ShareDTO?
        /// For a count (social reports).
        let count: CountDTO?
        let band: EvidenceBand
    }

    struct IndicatorDTO: Content {
        let indicator: EvidenceIndicator
        let kind: EvidenceIndicator.Kind
        /// The core elements (fidelity) or outcomes (outcome) of the model it speaks to.
        let items: [String]
        let title: String
        /// Numerator, denominator and period, in the user's language.
        let definition: String
        /// Oldest quarter first.
        let values: [ValueDTO]
    }

    struct BandDTO: Content {
        let item: String
        let kind: EvidenceIndicator.Kind
        let band: EvidenceBand
    }

    struct ChannelDTO: Content {
        let channel: ContactChannel
        let count: CountDTO
    }

    struct ChannelQuarterDTO: Content {
        let quarter: String
        let channels: [ChannelDTO]
        let total: CountDTO
    }

    struct FeedbackQuarterDTO: Content {
        let quarter: String
        let agreeing: ShareDTO
    }

    /// One of the organisation's own client feedback questions (not a validated instrument).
    struct FeedbackDTO: Content {
        let questionID: UUID
        let text: String
        let topic: ClientFeedbackTopic?
        let active: Bool
        let values: [FeedbackQuarterDTO]
    }

    /// The unit's own yearly self-rating of a core element.
    struct SelfRatingDTO: Content {
        let element: String
        let year: Int
        let rating: CoreElementRating
        let reason: String?
    }

    struct AdaptationDTO: Content {
        let day: String
        let text: String
    }

    struct EvidenceDTO: Content {
        let unitID: UUID
        let unitName: String
        let model: OperatingModel
        let threshold: Int
        let indicators: [IndicatorDTO]
        /// The latest quarter's band of each core element and outcome.
        let bands: [BandDTO]
        /// Outreach only: contacts by channel, quarter by quarter.
        let channels: [ChannelQuarterDTO]
        /// The organisation's own client feedback questions of the model's context.
        let feedback: [FeedbackDTO]
        /// The latest quarter's year.
        let selfRatings: [SelfRatingDTO]
        let adaptations: [AdaptationDTO]

        init(_ evidence: UnitEvidence, language: Language) {
            unitID = evidence.unitID
            unitName = evidence.unitName
            model = evidence.model
            threshold = evidence.threshold
            indicators = evidence.indicators.map { indicator in
                IndicatorDTO(
                    indicator: indicator, kind: indicator.kind, items: indicator.items(in: evidence.model),
                    title: Localizer.shared.text(indicator.title, language),
                    definition: Localizer.shared.text(indicator.definition, language),
                    values: zip(evidence.quarters, evidence.values).compactMap { quarter, values in
                        guard let value = values[indicator] else { return nil }
                        var share: ShareDTO?
                        var count: CountDTO?
                        switch value {
                        case .share(let protected): share = ShareDTO(protected)
                        case .count(let protected): count = CountDTO(protected)
                        }
                        return ValueDTO(
                            quarter: quarter.quarter.iso, firstDay: quarter.quarter.range.first.iso,
                            lastDay: quarter.quarter.range.last.iso, share: share, count: count, band: value.band)
                    })
            }
            let logic = LogicModels.model(evidence.model)
            bands =
                logic.coreElements.map {
                    BandDTO(item: $0.id, kind: .fidelity, band: evidence.bands[$0.id] ?? .notMeasured)
                }
                + logic.outcomes.map {
                    BandDTO(item: $0.id, kind: .outcome, band: evidence.bands[$0.id] ?? .notMeasured)
                }
            channels =
                evidence.model == .outreach
                ? evidence.quarters.map { quarter in
                    let list = quarter.protectedChannels(threshold: evidence.threshold)
                    return ChannelQuarterDTO(
                        quarter: quarter.quarter.iso,
                        channels: zip(quarter.channels, list.cells).map {
                            ChannelDTO(channel: $0.channel, count: CountDTO($1))
                        },
                        total: CountDTO(list.total))
                } : []
            selfRatings = LogicModels.model(evidence.model).coreElements.compactMap { element in
                evidence.ratings[element.id].map {
                    SelfRatingDTO(element: element.id, year: $0.year, rating: $0.rating, reason: $0.reason)
                }
            }
            adaptations = evidence.adaptations.map { AdaptationDTO(day: $0.day.iso, text: $0.text) }
            feedback = evidence.feedback.compactMap { answer in
                guard let id = answer.question.id else { return nil }
                return FeedbackDTO(
                    questionID: id, text: answer.question.text(language), topic: answer.question.feedbackTopic,
                    active: answer.question.isActive,
                    values: zip(evidence.quarters, answer.shares).map {
                        FeedbackQuarterDTO(quarter: $0.quarter.iso, agreeing: ShareDTO($1))
                    })
            }
        }
    }

    static func unit(req: Request) async throws -> [EvidenceDTO] {
        let unitID = try req.id(.unitID)
        let query = try req.decodeQuery(EvidenceQuery.self)
        let quarters = LogicModelEvidenceService.quarters(endingWith: query.period?.period, today: Day(req.now))
        let models = query.model.map { [$0] } ?? OperatingModel.allCases
        let evidence = try await LogicModelEvidenceService.compute(
            unitID: unitID, models: models, quarters: quarters, on: req.caller)
        try await AuditLog.append(
            .view, unitID: unitID, recordType: "logic-model-evidence",
            detail: "api \(models.map(\.rawValue).joined(separator: ",")) \(quarters[quarters.count - 1].iso)", on: req)
        return evidence.map { EvidenceDTO($0, language: req.language) }
    }
}
