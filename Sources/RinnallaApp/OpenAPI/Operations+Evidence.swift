import OpenAPIKit

extension APIOperation {
    /// GET /api/v1/units/{unitID}/evidence
    static let getUnitEvidence = APIOperation(
        "getUnitEvidence",
        "A unit's evidence of the operating models (issue 17): for each model (`model`, default all three) the quarter holding `period` (default today's) and the three before it, each indicator of a core element's delivery (fidelity) or of an outcome with its definition in the user's language, and the latest quarter's band of every core element and outcome (`not-measured` where Rinnalla records nothing that shows it). Aggregates only: counts under `privacy.minimumCellSize` (at least 5) and the counts they could be worked out from are null with `hidden` set; a whole of 0 is no data (percent null), never 0 %. For the unit's team leads, evaluators and admins; another member 403, another unit 404. Audited as one view.",
        tag: "logic-models", response: [APIEvidenceController.EvidenceDTO].self, query: EvidenceQuery.self)
}
