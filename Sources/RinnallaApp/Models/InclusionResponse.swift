import Fluent
import Foundation
import RinnallaCore

/// One anonymous response to the inclusion indicator: the round, the ten answers (nil =
/// left unanswered), the optional background answers and pairing-code hash, and how it
/// arrived. Nothing else: no user, client, IP address, cookie or time (issue 6,
/// "Anonymity by design"). Stored once and never changed (a database trigger refuses
/// updates); triggers keep the round's tallies (`InclusionTallies`) in step.
final class InclusionResponse: Model, @unchecked Sendable {
    static let schema = "inclusion_responses"

    @ID(key: .id) var id: UUID?
    @Parent(key: "round_id") var round: InclusionRound
    /// `InclusionResponseSource` raw value.
    @Field(key: "source") var source: String
    @OptionalParent(key: "batch_id") var batch: InclusionEntryBatch?
    /// The form's language (fi, or an installed official translation).
    @Field(key: "language") var language: String
    @Field(key: "complete") var complete: Bool
    /// 10 … 50 when complete.
    @OptionalField(key: "raw_sum") var rawSum: Int?
    @OptionalField(key: "s1") var s1: Int?
    @OptionalField(key: "s2") var s2: Int?
    @OptionalField(key: "s3") var s3: Int?
    @OptionalField(key: "s4") var s4: Int?
    @OptionalField(key: "s5") var s5: Int?
    @OptionalField(key: "s6") var s6: Int?
    @OptionalField(key: "s7") var s7: Int?
    @OptionalField(key: "s8") var s8: Int?
    @OptionalField(key: "s9") var s9: Int?
    @OptionalField(key: "s10") var s10: Int?
    @OptionalField(key: "gender") var gender: String?
    @OptionalField(key: "age_group") var ageGroup: String?
    @OptionalField(key: "labour_status") var labourStatus: String?
    /// SHA-256 of the evaluation's salt and the normalised pairing code, hex.
    @OptionalField(key: "pair_hash") var pairHash: String?

    init() {}

    /// A response from validated answers; `answers.values` has ten entries, nil = missing.
    init(
        roundID: UUID, source: InclusionResponseSource, batchID: UUID?, language: String,
        answers: InclusionAnswers, gender: String?, ageGroup: String?, labourStatus: String?, pairHash: String?
    ) {
        id = UUID()
        $round.id = roundID
        self.source = source.rawValue
        $batch.id = batchID
        self.language = language
        complete = answers.isComplete
        rawSum = answers.score?.rawSum
        self.answers = answers.values
        self.gender = gender
        self.ageGroup = ageGroup
        self.labourStatus = labourStatus
        self.pairHash = pairHash
    }

    /// The ten answers in statement order.
    var answers: [Int?] {
        get { [s1, s2, s3, s4, s5, s6, s7, s8, s9, s10] }
        set {
            precondition(newValue.count == InclusionIndicator.statementCount)
            (s1, s2, s3, s4, s5) = (newValue[0], newValue[1], newValue[2], newValue[3], newValue[4])
            (s6, s7, s8, s9, s10) = (newValue[5], newValue[6], newValue[7], newValue[8], newValue[9])
        }
    }
}
