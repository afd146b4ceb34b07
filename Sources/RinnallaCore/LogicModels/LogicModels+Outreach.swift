extension LogicModels {
    /// "Etsivä työ" (seed 002, lines 228–365). The table and the numbered pages name the
    /// core elements alike; the overview figure before them words them otherwise
    /// ("kadulta", "Rakenteellinen sosiaalityö", …). The two adaptation examples are the
    /// two parts of the seed's sentence after "esim.".
    static let outreach = LogicModel(
        .outreach,
        environment: ["life-situation-approach", "multidisciplinarity", "networked-approach", "management-support"],
        resources: ["staff", "competence", "mobility", "it-tools"],
        coreElements: [
            ("reaching-people", ["target-group", "voluntary-anonymous", "fast-flexible"]),
            (
                "guidance-and-support",
                ["conversation", "information", "escort-and-interpreting", "anonymous-or-client"]
            ),
            ("cooperation-structures", ["county-services", "partners"]),
            ("structural-social-work", ["social-reporting", "advocacy"]),
        ],
        mechanisms: ["no-threshold", "unconditional-respect", "safe-transition", "hidden-phenomena"],
        outcomes: ["access-improved", "trust-in-society", "within-services", "knowledge-based-decisions"],
        adaptationExamples: ["mobility-solutions", "focus"]
    )
}
