extension LogicModels {
    /// "Sosiaalinen kuntoutus" (seed 002, lines 1–113). The table's core elements column
    /// names the four numbered core elements word for word.
    static let socialRehabilitation = LogicModel(
        .socialRehabilitation,
        environment: ["client-centred-culture", "multi-agency", "management-support", "service-whole"],
        resources: ["staff", "competence", "premises", "it-tools"],
        coreElements: [
            ("need-mapping", ["services", "who"]),
            ("planfulness", ["goal-oriented", "flexibility"]),
            ("intensive-individual-work", ["regular-meetings", "psychosocial-support", "everyday-skills"]),
            ("group-activity", ["interaction", "meaningful-doing", "peer-support"]),
        ],
        mechanisms: ["trust", "systematic-approach", "tailored-support", "social-support"],
        outcomes: ["goals-attained", "inclusion-strengthened", "empowered", "everyday-life"],
        adaptationExamples: ["mental-health-competence", "minibus", "digital-sparse-areas"]
    )
}
