import Vapor

// Low-threshold and outreach contacts, nicknames and consent (issue 5), kept apart from
// routes.swift so parallel work rarely collides.

func registerContactRoutes(clientPages: any RoutesBuilder, apiClients: any RoutesBuilder) {
    clientPages.get("contacts", use: ContactController.list).access(.user)
    clientPages.get("contacts", "new", use: ContactController.new).access(.user)
    // Also the offline queue's endpoint (session, CSRF token, `Accept: application/json`).
    clientPages.post("contacts", use: ContactController.create).access(.user)
    clientPages.get("contacts", ":contactID", use: ContactController.show).access(.unitData)
    clientPages.get("contacts", ":contactID", "consent", use: ConsentController.show).access(.unitData)
    clientPages.post("contacts", ":contactID", "consent", use: ConsentController.link).access(.unitData)
    clientPages.get("nicknames", ":nicknameID", use: ContactController.nickname).access(.unitData)
    clientPages.get("nicknames", ":nicknameID", "consent", use: ConsentController.show).access(.unitData)
    clientPages.post("nicknames", ":nicknameID", "consent", use: ConsentController.link).access(.unitData)
    clientPages.post("consents", ":consentID", "withdraw", use: ConsentController.withdraw).access(.unitData)

    apiClients.get("contacts", use: APIContactController.list).access(.user).api(.listContacts)
    apiClients.post("contacts", use: APIContactController.create).access(.user).api(.createContact)
    apiClients.get("contacts", ":contactID", use: APIContactController.get).access(.unitData).api(.getContact)
}
