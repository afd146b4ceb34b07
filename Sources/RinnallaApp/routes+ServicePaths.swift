import Vapor

/// The agreed service paths directory, referrals and escorts with their follow-up, and the
/// initial assessment (issue 5).
func registerServicePathRoutes(clientPages: any RoutesBuilder, apiClients: any RoutesBuilder) {
    // The directory is the organisation's, not a unit's: every worker reads the same one.
    clientPages.get("service-paths", use: ServicePathController.list).access(.user)
    clientPages.get("service-paths", "new", use: ServicePathController.new).access(.user)
    clientPages.post("service-paths", use: ServicePathController.create).access(.user)
    clientPages.get("service-paths", ":servicePathID", use: ServicePathController.show).access(.user)
    clientPages.get("service-paths", ":servicePathID", "edit", use: ServicePathController.edit).access(.user)
    clientPages.post("service-paths", ":servicePathID", use: ServicePathController.update).access(.user)
    clientPages.post("service-paths", ":servicePathID", "delete", use: ServicePathController.delete).access(.user)

    clientPages.get("clients", ":clientID", "referrals", "new", use: ReferralController.newForClient)
        .access(.unitData)
    clientPages.post("clients", ":clientID", "referrals", use: ReferralController.createForClient).access(.unitData)
    clientPages.get("contacts", ":contactID", "referrals", "new", use: ReferralController.newForContact)
        .access(.unitData)
    clientPages.post("contacts", ":contactID", "referrals", use: ReferralController.createForContact)
        .access(.unitData)
    // The user's own units only, so any logged-in worker may open it.
    clientPages.get("referrals", "follow-up", use: ReferralController.followUps).access(.user)
    clientPages.get("referrals", ":referralID", use: ReferralController.show).access(.unitData)
    clientPages.post("referrals", ":referralID", "follow-up", use: ReferralController.followUp).access(.unitData)

    clientPages.get("clients", ":clientID", "assessments", "new", use: InitialAssessmentController.new)
        .access(.unitData)
    clientPages.post("clients", ":clientID", "assessments", use: InitialAssessmentController.create)
        .access(.unitData)
    clientPages.get("assessments", ":assessmentID", use: InitialAssessmentController.show).access(.unitData)
    clientPages.get("assessments", ":assessmentID", "edit", use: InitialAssessmentController.edit).access(.unitData)
    clientPages.post("assessments", ":assessmentID", use: InitialAssessmentController.update).access(.unitData)

    apiClients.get("service-paths", use: APIServicePathController.list).access(.user).api(.listServicePaths)
    apiClients.post("service-paths", use: APIServicePathController.create).access(.user).api(.createServicePath)
    apiClients.get("service-paths", ":servicePathID", use: APIServicePathController.get)
        .access(.user).api(.getServicePath)
    apiClients.put("service-paths", ":servicePathID", use: APIServicePathController.update)
        .access(.user).api(.replaceServicePath)
    apiClients.get("referrals", use: APIReferralController.list).access(.user).api(.listReferrals)
    // The client or contact in the body decides the unit; outside it the answer is 404.
    apiClients.post("referrals", use: APIReferralController.create).access(.user).api(.createReferral)
    apiClients.get("referrals", ":referralID", use: APIReferralController.get).access(.unitData).api(.getReferral)
    apiClients.put("referrals", ":referralID", "follow-up", use: APIReferralController.followUp)
        .access(.unitData).api(.followUpReferral)
}
