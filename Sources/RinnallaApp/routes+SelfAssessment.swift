import Vapor

// Self-assessment routes, kept apart from routes.swift so parallel work rarely collides.

func registerSelfAssessmentPages(_ clientPages: any RoutesBuilder) {
    clientPages.page(.GET, .period(.pattern, .newSelfAssessment), .unitData, use: SelfAssessmentController.new)
    clientPages.page(.POST, .period(.pattern, .selfAssessments), .unitData, use: SelfAssessmentController.create)
    clientPages.page(.GET, .selfAssessment(.pattern), .unitData, use: SelfAssessmentController.show)
}

func registerInstrumentAdmin(_ admin: any RoutesBuilder) {
    admin.page(.GET, .admin(.instruments), .admin, use: InstrumentAdminController.list)
    admin.page(.POST, .admin(.instruments), .admin, use: InstrumentAdminController.upload)
    admin.page(.POST, .admin(.instrumentStatus(.pattern)), .admin, use: InstrumentAdminController.setStatus)
}

func registerSelfAssessmentAPI(_ api: any RoutesBuilder, clients: any RoutesBuilder) {
    api.api(.GET, .instruments, .user, .listInstruments, use: APISelfAssessmentController.instruments)
    clients.api(
        .GET, .period(.pattern, .selfAssessments), .unitData, .listSelfAssessments,
        use: APISelfAssessmentController.list)
    clients.api(
        .POST, .period(.pattern, .selfAssessments), .unitData, .recordSelfAssessment,
        use: APISelfAssessmentController.create)
}
