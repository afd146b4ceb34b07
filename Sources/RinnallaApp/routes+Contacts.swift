import Vapor

// Low-threshold and outreach contacts, nicknames and consent (issue 5), kept apart from
// routes.swift so parallel work rarely collides.

func registerContactRoutes(clientPages: any RoutesBuilder, apiClients: any RoutesBuilder) {
    clientPages.page(.GET, .contacts(.list), .user, use: ContactController.list)
    clientPages.page(.GET, .contacts(.new), .user, use: ContactController.new)
    // Also the offline queue's endpoint (session, CSRF token, `Accept: application/json`).
    clientPages.page(.POST, .contacts(.list), .user, use: ContactController.create)
    clientPages.page(.GET, .contact(.pattern, .show), .unitData, use: ContactController.show)
    clientPages.page(.GET, .contact(.pattern, .consent), .unitData, use: ConsentController.show)
    clientPages.page(.POST, .contact(.pattern, .consent), .unitData, use: ConsentController.link)
    clientPages.page(.GET, .nickname(.pattern, .show), .unitData, use: ContactController.nickname)
    clientPages.page(.GET, .nickname(.pattern, .consent), .unitData, use: ConsentController.show)
    clientPages.page(.POST, .nickname(.pattern, .consent), .unitData, use: ConsentController.link)
    clientPages.page(.POST, .withdrawConsent(.pattern), .unitData, use: ConsentController.withdraw)

    apiClients.api(.GET, .contacts, .user, .listContacts, use: APIContactController.list)
    apiClients.api(.POST, .contacts, .user, .createContact, use: APIContactController.create)
    apiClients.api(.GET, .contact(.pattern), .unitData, .getContact, use: APIContactController.get)
}
