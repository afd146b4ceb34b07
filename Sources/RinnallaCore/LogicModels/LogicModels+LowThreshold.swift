extension LogicModels {
    /// "Matalan kynnyksen sosiaalityö" (seed 002, lines 115–227). The table and the
    /// numbered pages name the core elements alike; the overview figure before them
    /// shortens two ("Alkuarviointivalmius", "Sovitut palvelupolut"). The adaptations
    /// are one sentence in the seed, so they are one example here.
    static let lowThreshold = LogicModel(
        .lowThreshold,
        environment: ["networked-model", "client-centredness", "multi-agency", "management-support", "service-whole"],
        resources: ["staff", "competence-and-courage", "low-threshold-space", "it-tools"],
        coreElements: [
            ("advice-and-guidance", ["information", "referral-and-interpreting", "anonymous-or-client"]),
            ("listening-and-support", ["conversation"]),
            ("initial-assessment", ["recorded-together", "deepen", "segments"]),
            ("service-paths", ["county-services", "partners"]),
        ],
        mechanisms: ["accessible-support", "immediate-support", "recognising-needs", "referral"],
        outcomes: ["access-improved", "heard", "failure-demand", "professional-cooperation"],
        adaptationExamples: ["mobile-support-or-meeting-place"]
    )
}
