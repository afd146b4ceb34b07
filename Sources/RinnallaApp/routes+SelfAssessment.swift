import Vapor

// Self-assessment routes, kept apart from routes.swift so parallel work rarely collides.

func registerSelfAssessmentPages(_ clientPages: any RoutesBuilder) {
    clientPages.get("periods", ":periodID", "self-assessments", "new", use: SelfAssessmentController.new)
        .access(.unitData)
    clientPages.post("periods", ":periodID", "self-assessments", use: SelfAssessmentController.create)
        .access(.unitData)
    clientPages.get("self-assessments", ":selfAssessmentID", use: SelfAssessmentController.show).access(.unitData)
}

func registerInstrumentAdmin(_ admin: any RoutesBuilder) {
    admin.get("admin", "instruments", use: InstrumentAdminController.list).access(.admin)
    admin.post("admin", "instruments", use: InstrumentAdminController.upload).access(.admin)
    admin.post("admin", "instruments", ":code", "status", use: InstrumentAdminController.setStatus).access(.admin)
}

func registerSelfAssessmentAPI(_ api: any RoutesBuilder, clients: any RoutesBuilder) {
    api.get("instruments", use: APISelfAssessmentController.instruments).access(.user).api(.listInstruments)
    clients.get("periods", ":periodID", "self-assessments", use: APISelfAssessmentController.list)
        .access(.unitData).api(.listSelfAssessments)
    clients.post("periods", ":periodID", "self-assessments", use: APISelfAssessmentController.create)
        .access(.unitData).api(.recordSelfAssessment)
}
