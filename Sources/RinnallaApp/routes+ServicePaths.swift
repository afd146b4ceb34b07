import Vapor

/// The agreed service paths directory, referrals and escorts with their follow-up, and the
/// initial assessment (issue 5).
func registerServicePathRoutes(clientPages: any RoutesBuilder, apiClients: any RoutesBuilder) {
    // The directory is the organisation's, not a unit's: every worker reads the same one.
    clientPages.page(.GET, .servicePaths(.list), .user, use: ServicePathController.list)
    clientPages.page(.GET, .servicePaths(.new), .user, use: ServicePathController.new)
    clientPages.page(.POST, .servicePaths(.list), .user, use: ServicePathController.create)
    clientPages.page(.GET, .servicePath(.pattern, .show), .user, use: ServicePathController.show)
    clientPages.page(.GET, .servicePath(.pattern, .edit), .user, use: ServicePathController.edit)
    clientPages.page(.POST, .servicePath(.pattern, .show), .user, use: ServicePathController.update)
    clientPages.page(.POST, .servicePath(.pattern, .delete), .user, use: ServicePathController.delete)

    clientPages.page(.GET, .client(.pattern, .newReferral), .unitData, use: ReferralController.newForClient)
    clientPages.page(.POST, .client(.pattern, .referrals), .unitData, use: ReferralController.createForClient)
    clientPages.page(.GET, .contact(.pattern, .newReferral), .unitData, use: ReferralController.newForContact)
    clientPages.page(.POST, .contact(.pattern, .referrals), .unitData, use: ReferralController.createForContact)
    // The user's own units only, so any logged-in worker may open it.
    clientPages.page(.GET, .referralsToFollowUp, .user, use: ReferralController.followUps)
    clientPages.page(.GET, .referral(.pattern, .show), .unitData, use: ReferralController.show)
    clientPages.page(.POST, .referral(.pattern, .followUp), .unitData, use: ReferralController.followUp)

    clientPages.page(.GET, .client(.pattern, .newAssessment), .unitData, use: InitialAssessmentController.new)
    clientPages.page(.POST, .client(.pattern, .assessments), .unitData, use: InitialAssessmentController.create)
    clientPages.page(.GET, .assessment(.pattern, .show), .unitData, use: InitialAssessmentController.show)
    clientPages.page(.GET, .assessment(.pattern, .edit), .unitData, use: InitialAssessmentController.edit)
    clientPages.page(.POST, .assessment(.pattern, .show), .unitData, use: InitialAssessmentController.update)

    apiClients.api(.GET, .servicePaths, .user, .listServicePaths, use: APIServicePathController.list)
    apiClients.api(.POST, .servicePaths, .user, .createServicePath, use: APIServicePathController.create)
    apiClients.api(.GET, .servicePath(.pattern), .user, .getServicePath, use: APIServicePathController.get)
    apiClients.api(.PUT, .servicePath(.pattern), .user, .replaceServicePath, use: APIServicePathController.update)
    apiClients.api(.GET, .referrals, .user, .listReferrals, use: APIReferralController.list)
    // The client or contact in the body decides the unit; outside it the answer is 404.
    apiClients.api(.POST, .referrals, .user, .createReferral, use: APIReferralController.create)
    apiClients.api(.GET, .referral(.pattern, .show), .unitData, .getReferral, use: APIReferralController.get)
    apiClients.api(
        .PUT, .referral(.pattern, .followUp), .unitData, .followUpReferral, use: APIReferralController.followUp)
}
