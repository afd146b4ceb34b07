import OpenAPIKit

extension APIOperation {
    /// POST /api/v1/contacts
    static let createContact = APIOperation(
        "createContact",
        "Record an anonymous contact. `clientMadeID` is the idempotency key: sending the same id again stores nothing new and answers the stored contact with 200 (a new one answers 201). Any role with client work in the unit may record. Refused input answers 422 with `error.field` naming the field, and nothing is stored. Audited.",
        tag: "contacts", request: APIContactController.ContactRequest.self,
        response: APIContactController.ContactDTO.self, status: 201, alsoSuccess: [200], errors: [409],
        links: [.to(.getContact, "contactID")])
    /// GET /api/v1/contacts/{contactID}
    static let getContact = APIOperation(
        "getContact", "One contact (another unit's is 404). Audited.", tag: "contacts",
        response: APIContactController.ContactDTO.self)
    /// GET /api/v1/contacts
    static let listContacts = APIOperation(
        "listContacts",
        "A unit's anonymous contacts, most recent first (at most `limit`, default 200). Filters combine; an unknown channel or topic or a malformed day is refused (422, `error.field` names the parameter). The read is audited.",
        tag: "contacts", response: [APIContactController.ContactDTO].self, query: ContactQuery.self)
}
